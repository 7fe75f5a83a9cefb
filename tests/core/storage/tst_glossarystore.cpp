// GlossaryStore through Library on SQLite and PostgreSQL.
#include "librarytests.h"
#include "scratchlibraries.h"
#include "storage/library.h"

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
};

QTEST_GUILESS_MAIN(TestGlossaryStore)
#include "tst_glossarystore.moc"
