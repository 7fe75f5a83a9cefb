// PaperRepository through Library on SQLite and PostgreSQL: stored papers, remembered affiliations, earlier
// features.
#include "librarytests.h"
#include "scratchlibraries.h"
#include "storage/library.h"

#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::makeEntry;
using DigestStudio::Test::ScratchLibraries;

class TestPaperRepository final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    static void backends() { Test::addBackendRows(); }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    void papersAndAffiliations_data() { backends(); }
    void papersAndAffiliations()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        Paper v2;
        v2.setId(QStringLiteral("2210.06441"));
        v2.setVersion(2);
        v2.setTitle(QStringLiteral("How Much Data Are Augmentations Worth?"));
        v2.setAuthors({QStringLiteral("Jonas Geiping"), QStringLiteral("Micah Goldblum")});
        v2.setAffiliations({QStringLiteral("University of Maryland"), QString()});
        v2.setAbstract(QStringLiteral("Despite the clear performance benefits..."));
        v2.setPrimaryCategory(QStringLiteral("cs.LG"));
        v2.setCategories({QStringLiteral("cs.LG"), QStringLiteral("cs.CV")});
        v2.setPublished(QDateTime(QDate(2022, 10, 12), QTime(17, 59, 0), Qt::UTC));
        v2.setUpdated(QDateTime(QDate(2022, 10, 14), QTime(9, 0, 0), Qt::UTC));
        v2.setComment(QStringLiteral("Code: https://github.com/"));
        v2.setDoi(QStringLiteral("10.1000/x"));
        v2.setAbsUrl(QStringLiteral("http://arxiv.org/abs/2210.06441v2"));
        v2.setPdfUrl(QStringLiteral("http://arxiv.org/pdf/2210.06441v2"));
        Paper v1 = v2;
        v1.setVersion(1);
        v1.setTitle(QStringLiteral("Old title"));

        LibraryError error;
        QVERIFY2(library->storePapers({v1}, &error), qPrintable(error.message));
        QVERIFY2(library->storePapers({v2}, &error), qPrintable(error.message));
        QVERIFY(library->storePapers({v1}, &error)); // an older listing does not win
        Paper found;
        QVERIFY(library->findPaper(QStringLiteral("2210.06441"), &found));
        QCOMPARE(found, v2);
        QVERIFY(library->findPaper(QStringLiteral("2210.06441v1"), &found)); // any version finds the paper
        QVERIFY(!library->findPaper(QStringLiteral("2210.99999"), &found));
        Paper noId;
        QVERIFY(!library->storePapers({noId}, &error));
        QCOMPARE(error.kind, LibraryError::Kind::InvalidArgument);

        QVERIFY(library->rememberedAffiliations(QStringLiteral("Jonas Geiping")).isEmpty());
        QVERIFY(library->rememberAffiliation(QStringLiteral("Jonas Geiping"), QStringLiteral("UMD"), &error));
        QVERIFY(
            library->rememberAffiliation(QStringLiteral("Jonas Geiping"), QStringLiteral("ELLIS"), &error));
        QCOMPARE(library->rememberedAffiliations(QStringLiteral("Jonas Geiping")),
                 (QStringList{QStringLiteral("ELLIS"), QStringLiteral("UMD")}));
        QVERIFY(library->rememberAffiliation(QStringLiteral("Jonas Geiping"), QStringLiteral("UMD"), &error));
        QCOMPARE(library->rememberedAffiliations(QStringLiteral("Jonas Geiping")),
                 (QStringList{QStringLiteral("UMD"), QStringLiteral("ELLIS")}));
        QVERIFY(library->rememberedAffiliations(QStringLiteral("Micah Goldblum")).isEmpty());
        QVERIFY(
            !library->rememberAffiliation(QStringLiteral("Micah Goldblum"), QStringLiteral("  "), &error));
    }

    void featuredBefore_data() { backends(); }
    void featuredBefore()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 older = library->createDigest(QDate(2022, 10, 14));
        const qint64 newer = library->createDigest(QDate(2022, 10, 20));
        const qint64 today = library->createDigest(QDate(2022, 11, 1));
        DigestEntry e = makeEntry(QStringLiteral("2210.06441"), QStringLiteral("t"), QStringLiteral("t"));
        library->appendEntry(older, makeEntry(QStringLiteral("2210.00001"), QString(), QString()));
        library->appendEntry(older, e);
        e.setVersion(3);
        library->appendEntry(newer, e);
        library->appendEntry(today, e);

        const QVector<FeaturedIn> history = library->featuredIn(QStringLiteral("2210.06441v4"), today);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).digestId, newer);
        QCOMPARE(history.at(0).date, QDate(2022, 10, 20));
        QCOMPARE(history.at(0).position, 1);
        QCOMPARE(history.at(0).version, 3);
        QCOMPARE(history.at(1).digestId, older);
        QCOMPARE(history.at(1).position, 2);
        QCOMPARE(history.at(1).version, 1);
        QCOMPARE(library->featuredIn(QStringLiteral("2210.06441")).size(), 3);
        QVERIFY(library->featuredIn(QStringLiteral("2210.99999")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPaperRepository)
#include "tst_paperrepository.moc"
