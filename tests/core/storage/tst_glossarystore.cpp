// GlossaryStore through Library on SQLite and PostgreSQL.
#include "librarytests.h"
#include "scratchlibraries.h"
#include "storage/library.h"

#include <QSqlDatabase>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::makeEntry;
using DigestStudio::Test::ScratchLibraries;

class TestGlossaryStore final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    static void backends() { Test::addBackendRows(); }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    void glossary_data() { backends(); }
    void glossary()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        GlossaryTerm diffusion(QStringLiteral("diffusion model"), QStringLiteral("扩散模型"));
        GlossaryTerm augmentation(QStringLiteral("Augmentation"), QStringLiteral("增强"),
                                  QStringLiteral("数据增强"));
        LibraryError error;
        QVERIFY2(library->addGlossaryTerm(&diffusion, &error), qPrintable(error.message));
        QVERIFY(library->addGlossaryTerm(&augmentation, &error));
        QVERIFY(diffusion.id() > 0 && augmentation.id() > diffusion.id());
        QCOMPARE(library->glossaryTerms(), (QVector<GlossaryTerm>{augmentation, diffusion}));
        diffusion.setChinese(QStringLiteral("扩散模型(DM)"));
        QVERIFY(library->updateGlossaryTerm(diffusion, &error));
        QCOMPARE(library->glossaryTerms().at(1).chinese(), QStringLiteral("扩散模型(DM)"));
        QVERIFY(library->removeGlossaryTerm(augmentation.id(), &error));
        QCOMPARE(library->glossaryTerms(), QVector<GlossaryTerm>{diffusion});
        QVERIFY(!library->removeGlossaryTerm(augmentation.id(), &error));
        QCOMPARE(error.kind, LibraryError::Kind::NotFound);
        GlossaryTerm blank;
        QVERIFY(!library->addGlossaryTerm(&blank, &error));
    }

    // An import replaces the glossary in one transaction: a term the database refuses half-way (a trigger
    // stands in for a full disk or a dropped connection) leaves the old glossary whole.
    void replaceIsAllOrNothing_data() { backends(); }
    void replaceIsAllOrNothing()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        GlossaryTerm old(QStringLiteral("dropout"), QStringLiteral("丢弃法"));
        LibraryError error;
        QVERIFY(library->addGlossaryTerm(&old, &error));
        QSqlDatabase db = m_scratch.openRaw(location);
        QVERIFY(ScratchLibraries::refuseInserts(db, QStringLiteral("glossary"),
                                                QStringLiteral("NEW.english = 'poison'")));
        QVector<GlossaryTerm> imported{GlossaryTerm(QStringLiteral("LLM"), QStringLiteral("大语言模型")),
                                       GlossaryTerm(QStringLiteral("poison"), QStringLiteral("投毒")),
                                       GlossaryTerm(QStringLiteral("token"), QStringLiteral("词元"))};
        QVERIFY(!library->replaceGlossary(&imported, &error));
        QVERIFY2(error.message.contains(library->location()) &&
                     error.message.contains(QLatin1String("poison")),
                 qPrintable(error.message));
        QCOMPARE(library->glossaryTerms(), QVector<GlossaryTerm>{old});
        QCOMPARE(imported.at(0).id(), 0);

        ScratchLibraries::dropRefusal(db, QStringLiteral("glossary"));
        m_scratch.closeRaw(db);
        QVERIFY2(library->replaceGlossary(&imported, &error), qPrintable(error.message));
        QVERIFY(imported.at(0).id() > 0 && imported.at(2).id() > imported.at(0).id());
        QCOMPARE(library->glossaryTerms(), imported);
    }
};

QTEST_GUILESS_MAIN(TestGlossaryStore)
#include "tst_glossarystore.moc"
