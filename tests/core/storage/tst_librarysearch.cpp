// LibrarySearch through Library on SQLite (FTS5 trigram) and PostgreSQL (pg_trgm): English and Chinese,
// short and long terms, ranking, papers, and an index that follows edits.
#include "librarytests.h"
#include "scratchlibraries.h"
#include "storage/library.h"

#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::makeEntry;
using DigestStudio::Test::ScratchLibraries;

class TestLibrarySearch final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    static void backends() { Test::addBackendRows(); }

    // The index follows edits and removals.
    static void indexFollowsEditsAndRemovals(Library *library, const DigestEntry &audio)
    {
        const SaveResult r = library->saveField(audio.id(), audio.revision(), DigestEntry::Field::ZhTitle,
                                                QStringLiteral("全新的标题"));
        QVERIFY(r.saved());
        QCOMPARE(library->search(QStringLiteral("全新的标题")).size(), 1);
        QCOMPARE(library->search(QStringLiteral("用于音频")).size(), 0);
        QVERIFY(library->removeEntry(audio.id()));
        QCOMPARE(library->search(QStringLiteral("全新的标题")).size(), 0);
        QCOMPARE(library->search(QStringLiteral("扩散")).size(), 0);
    }

    // A paper no digest shows, and one that an entry covers (searched through the entry only).
    static void storeSearchPapers(Library *library)
    {
        Paper paper;
        paper.setId(QStringLiteral("2210.09999"));
        paper.setVersion(1);
        paper.setTitle(QStringLiteral("Graph neural networks for molecules"));
        paper.setAuthors({QStringLiteral("Ada Lovelace")});
        paper.setAbstract(QStringLiteral("Molecules are graphs."));
        Paper covered;
        covered.setId(QStringLiteral("2210.06441"));
        covered.setVersion(1);
        covered.setTitle(QStringLiteral("How Much Data Are Augmentations Worth?"));
        QVERIFY(library->storePapers({paper, covered}, nullptr));
    }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    // Regression: `𝒜b` is three UTF-16 units but two characters; it went to the trigram index,
    // which needs three characters, and silently found nothing.
    void termBeyondTheBmpCountsItsCharacters_data() { backends(); }
    void termBeyondTheBmpCountsItsCharacters()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2022, 10, 14));
        library->appendEntry(digest, makeEntry(QStringLiteral("2210.06441"),
                                               QStringLiteral("Operators on \U0001D49Cb spaces"),
                                               QStringLiteral("\U0001D49Cb 空间上的算子")));
        LibraryError error;
        const QVector<SearchHit> hits = library->search(QStringLiteral("\U0001D49Cb"), 50, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().arxivId, QStringLiteral("2210.06441"));
    }

    void search_data() { backends(); }
    void search()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 older = library->createDigest(QDate(2022, 10, 14));
        const qint64 newer = library->createDigest(QDate(2022, 10, 15));
        const DigestEntry augment = library->appendEntry(
            older,
            makeEntry(QStringLiteral("2210.06441"),
                      QStringLiteral("How Much Data Are Augmentations Worth? Implicit Regularization"),
                      QStringLiteral("数据增强相当于增加了多少数据?对缩放率、不变性和隐式正则化的研究"),
                      QStringLiteral("尽管数据增强带来了明显的性能提升,但人们对其为何如此有效知之甚少。")));
        DigestEntry audio =
            makeEntry(QStringLiteral("2210.07000"), QStringLiteral("Diffusion models for audio"),
                      QStringLiteral("用于音频的扩散模型"),
                      QStringLiteral("我们研究了扩散模型在语音合成中的数据效率。"));
        audio.setAbstract(QStringLiteral("We study implicit regularization in diffusion models for audio."));
        library->appendEntry(newer, makeEntry(QStringLiteral("2210.00001"), QStringLiteral("Unrelated"),
                                              QStringLiteral("无关")));
        audio = library->appendEntry(newer, audio);
        storeSearchPapers(library.get());
        if (QTest::currentTestFailed())
            return;

        LibraryError error;
        QVector<SearchHit> hits = library->search(QStringLiteral("augmentations"), 50, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(hits.size(), 1); // the entry; the stored paper it shows is not listed again
        QCOMPARE(hits.at(0).digestId, older);
        QCOMPARE(hits.at(0).digestDate, QDate(2022, 10, 14));
        QCOMPARE(hits.at(0).position, 1);
        QCOMPARE(hits.at(0).entryId, augment.id());
        QCOMPARE(hits.at(0).arxivId, QStringLiteral("2210.06441"));
        QCOMPARE(hits.at(0).field, QStringLiteral("title"));
        QVERIFY2(hits.at(0).snippet.contains(QStringLiteral("Augmentations")),
                 qPrintable(hits.at(0).snippet));
        QCOMPARE(hits.at(0).snippet.mid(hits.at(0).matchStart, hits.at(0).matchLength),
                 QStringLiteral("Augmentations"));
        QCOMPARE(library->search(QStringLiteral("AUGMENTATIONS")).size(), 1);

        // Chinese of three characters and more goes through the trigram index...
        hits = library->search(QStringLiteral("数据增强"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).field, QStringLiteral("zh_title"));
        hits = library->search(QStringLiteral("扩散模型"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).entryId, audio.id());
        QCOMPARE(hits.at(0).position, 2);
        // ... and one or two characters too.
        hits = library->search(QStringLiteral("扩散"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).entryId, audio.id());
        QCOMPARE(library->search(QStringLiteral("音")).size(), 1);
        // Ranked: a title match comes before a summary match.
        hits = library->search(QStringLiteral("数据"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).entryId, augment.id());
        QCOMPARE(hits.at(1).entryId, audio.id());
        QCOMPARE(hits.at(1).field, QStringLiteral("zh_summary"));
        QVERIFY(hits.at(0).rank > hits.at(1).rank);
        hits = library->search(QStringLiteral("implicit regularization"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).entryId, augment.id());
        QCOMPARE(hits.at(1).field, QStringLiteral("abstract"));
        // Every term must match.
        hits = library->search(QStringLiteral("diffusion audio"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).entryId, audio.id());
        QCOMPARE(library->search(QStringLiteral("扩散 增强")).size(), 0);
        // Papers of the library that no digest shows.
        hits = library->search(QStringLiteral("molecules"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).digestId, 0);
        QCOMPARE(hits.at(0).arxivId, QStringLiteral("2210.09999"));
        QCOMPARE(hits.at(0).field, QStringLiteral("title"));
        QCOMPARE(library->search(QStringLiteral("Lovelace")).at(0).field, QStringLiteral("authors"));
        // Characters that mean something to SQL or FTS5 are just text.
        QVERIFY(library->search(QStringLiteral("\"%_ OR *"), 50, &error).isEmpty());
        QVERIFY(!error.isError());
        QVERIFY(library->search(QStringLiteral("   ")).isEmpty());

        indexFollowsEditsAndRemovals(library.get(), audio);
    }
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
