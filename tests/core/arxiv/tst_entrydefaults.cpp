// EntryDefaults: the entry a paper starts as (docs/format.md: tags, authors line, affiliations line, link).
#include "arxiv/atomparser.h"
#include "arxiv/entrydefaults.h"
#include "memorypaperstore.h"
#include "services/settingskeys.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

class TestEntryDefaults final : public QObject
{
    Q_OBJECT

private:
    static Paper fixturePaper(int index)
    {
        return AtomParser::parse(Test::fixture(QStringLiteral("arxiv/api-three.xml"))).papers.value(index);
    }

private Q_SLOTS:
    void shortNames_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *full, const char *expected) {
            QTest::newRow(full) << QString::fromUtf8(full) << QString::fromUtf8(expected);
        };
        row("Jonas Geiping", "J Geiping");
        row("Bradley W. Larsen", "B W. Larsen");
        row("T. Konstantin Rusch", "T. K Rusch");
        row("Andrew Gordon Wilson", "A G Wilson");
        row("Ravid Shwartz-Ziv", "R Shwartz-Ziv");
        row("Carla de la Cruz", "C de la Cruz");
        row("Hans van der Berg", "H van der Berg");
        row("Martin Luther King Jr.", "M L King Jr.");
        row("Plato", "Plato");
        row("  Jonas   Geiping ", "J Geiping");
        row("Élodie Dupont", "É Dupont");
    }

    void shortNames()
    {
        QFETCH(QString, full);
        QFETCH(QString, expected);
        QCOMPARE(EntryDefaults::shortName(full), expected);
    }

    void authorsLine_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("listAllUpTo");
        QTest::addColumn<int>("shownWhenCut");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << 1 << 7 << 4 << QStringLiteral("A Author0");
        QTest::newRow("seven listed in full") << 7 << 7 << 4
                                              << QStringLiteral("A Author0, A Author1, A Author2, A Author3, "
                                                                "A Author4, A Author5, A Author6");
        QTest::newRow("eight cut to four")
            << 8 << 7 << 4 << QStringLiteral("A Author0, A Author1, A Author2, A Author3...");
        QTest::newRow("other numbers") << 4 << 3 << 2 << QStringLiteral("A Author0, A Author1...");
        QTest::newRow("none") << 0 << 7 << 4 << QString();
    }

    void authorsLine()
    {
        QFETCH(int, count);
        QFETCH(int, listAllUpTo);
        QFETCH(int, shownWhenCut);
        QFETCH(QString, expected);
        QStringList authors;
        for (int i = 0; i < count; ++i)
            authors.append(QStringLiteral("Anne Author%1").arg(i));
        QCOMPARE(EntryDefaults::authorsLine(authors, listAllUpTo, shownWhenCut), expected);
    }

    void affiliationsLineIsDistinctInAuthorOrder()
    {
        QCOMPARE(EntryDefaults::affiliationsLine({QStringLiteral("University of Maryland"),
                                                  QStringLiteral("New York University"), QString(),
                                                  QStringLiteral("University of Maryland"),
                                                  QStringLiteral("Google Research; New York University")}),
                 QStringLiteral("University of Maryland & New York University & Google Research"));
        QCOMPARE(EntryDefaults::affiliationsLine({}), QString());
    }

    void entryFromAPaperWithAffiliations()
    {
        const EntryDefaults defaults{TagTable()};
        const DigestEntry e = defaults.entryFor(fixturePaper(0));
        QCOMPARE(e.arxivId(), QStringLiteral("2210.06441"));
        QCOMPARE(e.version(), 2);
        QCOMPARE(e.tag(), QStringLiteral("LG"));
        QCOMPARE(e.title(),
                 QStringLiteral("How Much Data Are Augmentations Worth? An Investigation into Scaling "
                                "Laws, Invariance, and Implicit Regularization"));
        QCOMPARE(
            e.authorsLine(),
            QStringLiteral("J Geiping, M Goldblum, G Somepalli, R Shwartz-Ziv, T Goldstein, A G Wilson"));
        QCOMPARE(e.affiliations(), QStringLiteral("University of Maryland & New York University"));
        QCOMPARE(e.link(), QStringLiteral("https://arxiv.org/abs/2210.06441"));
        QCOMPARE(e.abstract(),
                 QStringLiteral("Despite the clear performance benefits of data augmentations, little "
                                "is known about why they are so effective. In this paper, we "
                                "disentangle several key mechanisms through which data augmentations "
                                "operate."));
        QCOMPARE(e.status(), DigestEntry::Status::Draft);
        QVERIFY(e.zhTitle().isEmpty());
    }

    void entryWithManyAuthorsAndOldStyleId()
    {
        const EntryDefaults defaults{TagTable()};
        const DigestEntry many = defaults.entryFor(fixturePaper(2));
        QCOMPARE(many.tag(), QStringLiteral("AS"));
        QCOMPARE(many.authorsLine(), QStringLiteral("A Lovelace, B Chen, C de la Cruz, D Ivanov..."));
        QCOMPARE(many.affiliations(), QStringLiteral("Analytical Engines Ltd & Royal Society"));
        const DigestEntry old = defaults.entryFor(fixturePaper(1));
        QCOMPARE(old.tag(), QStringLiteral("MATH"));
        QCOMPARE(old.authorsLine(), QStringLiteral("T. K Rusch, B W. Larsen"));
        QCOMPARE(old.affiliations(), QString());
        QCOMPARE(old.link(), QStringLiteral("https://arxiv.org/abs/math/0611800"));
    }

    void rememberedAffiliationsAreSuggested()
    {
        Test::MemoryPaperStore store;
        LibraryError error;
        QVERIFY(EntryDefaults::rememberAffiliations(
            &store, {QStringLiteral("Bo Chen"), QStringLiteral("Gao Wei")},
            {QStringLiteral("Tsinghua University"), QString()}, &error));
        QCOMPARE(store.rememberedAffiliations(QStringLiteral("Bo Chen")),
                 QStringList{QStringLiteral("Tsinghua University")});
        QVERIFY(store.rememberedAffiliations(QStringLiteral("Gao Wei")).isEmpty());
        // A later confirmation comes first.
        QVERIFY(EntryDefaults::rememberAffiliations(&store, {QStringLiteral("Bo Chen")},
                                                    {QStringLiteral("Peking University")}, &error));
        EntryDefaults defaults{TagTable()};
        defaults.setStore(&store);
        const DigestEntry e = defaults.entryFor(fixturePaper(2));
        QCOMPARE(e.affiliations(),
                 QStringLiteral("Analytical Engines Ltd & Royal Society & Peking University"));
        // arXiv's own affiliations win over remembered ones.
        store.rememberAffiliation(QStringLiteral("Jonas Geiping"), QStringLiteral("Somewhere Else"), &error);
        QCOMPARE(defaults.entryFor(fixturePaper(0)).affiliations(),
                 QStringLiteral("University of Maryland & New York University"));
        // Nothing known and nothing remembered: no affiliations line.
        QCOMPARE(defaults.entryFor(fixturePaper(1)).affiliations(), QString());
    }

    void tagFollowsTheTagTable()
    {
        TagTable tags;
        tags.setMapping(QStringLiteral("cs.LG"), QStringLiteral("ML"));
        QCOMPARE(EntryDefaults(tags).entryFor(fixturePaper(0)).tag(), QStringLiteral("ML"));
    }

    void newerVersionIsFlagged_data()
    {
        QTest::addColumn<int>("entryVersion");
        QTest::addColumn<QString>("paperId");
        QTest::addColumn<int>("paperVersion");
        QTest::addColumn<int>("expected");
        QTest::newRow("newer") << 1 << QStringLiteral("2210.06441") << 3 << 3;
        QTest::newRow("same") << 2 << QStringLiteral("2210.06441") << 2 << 0;
        QTest::newRow("older") << 3 << QStringLiteral("2210.06441") << 2 << 0;
        QTest::newRow("entry version unknown") << 0 << QStringLiteral("2210.06441") << 2 << 0;
        QTest::newRow("another paper") << 1 << QStringLiteral("1605.08386") << 2 << 0;
    }

    void newerVersionIsFlagged()
    {
        QFETCH(int, entryVersion);
        QFETCH(QString, paperId);
        QFETCH(int, paperVersion);
        QFETCH(int, expected);
        DigestEntry e;
        e.setArxivId(QStringLiteral("2210.06441"));
        e.setVersion(entryVersion);
        Paper p;
        p.setId(paperId);
        p.setVersion(paperVersion);
        QCOMPARE(EntryDefaults::newerVersion(e, p), expected);
    }
};

QTEST_GUILESS_MAIN(TestEntryDefaults)
#include "tst_entrydefaults.moc"
