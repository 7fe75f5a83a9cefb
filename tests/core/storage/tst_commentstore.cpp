// CommentStore on both backends: a thread anchored to a span of a field, replies in the thread, resolving,
// the digest's threads in order, and the anchor following edits of the field (moved to where the quoted text
// is now, nearest its old place) or outdated when the text is gone; on PostgreSQL the server names the
// author.
#include "librarytests.h"
#include "storage/commentstore.h"

#include <QSqlQuery>

using namespace DigestStudio;
using namespace DigestStudio::Test;
using Field = DigestEntry::Field;

class TestCommentStore final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;

private Q_SLOTS:
    void threadsRepliesAndResolving_data() { addBackendRows(); }
    void threadsRepliesAndResolving()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        library->setPerson(QStringLiteral("Li Lei"));
        const QString me = library->person();
        const qint64 digest = library->createDigest(QDate(2026, 12, 7));
        library->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00001"), QStringLiteral("A"), QStringLiteral("标题一")));
        const DigestEntry second = library->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00002"), QStringLiteral("B"), QStringLiteral("标题二"),
                              QStringLiteral("本文提出一种新的扩散模型。")));
        CommentStore &comments = library->comments();
        LibraryError error;
        // 扩散模型 sits at 8..12 of the summary.
        const qint64 thread = comments.add(second.id(), QStringLiteral("zh_summary"), 8, 4,
                                           QStringLiteral("术语不对，见词表"), &error);
        QVERIFY2(thread > 0, qPrintable(error.message));
        const qint64 reply = comments.reply(thread, QStringLiteral("已改"), &error);
        QVERIFY(reply > 0);
        // A reply to the reply joins the same thread.
        const qint64 again = comments.reply(reply, QStringLiteral("好"), &error);
        QVERIFY(again > 0);
        const qint64 whole = comments.add(second.id(), QString(), 0, 0, QStringLiteral("整体不错"), &error);
        QVERIFY(whole > 0);
        QCOMPARE(comments.unresolvedCount(digest, &error), 2);

        const QVector<EntryComment> all = comments.comments(digest, &error);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).id, thread);
        QCOMPARE(all.at(0).position, 2);
        QCOMPARE(all.at(0).quote, QStringLiteral("扩散模型"));
        QCOMPARE(all.at(0).author, me);
        QVERIFY(all.at(0).at.isValid());
        QCOMPARE(all.at(1).parentId, thread);
        QCOMPARE(all.at(2).parentId, thread);
        QCOMPARE(all.at(2).text, QStringLiteral("好"));
        QCOMPARE(all.at(3).id, whole);
        QVERIFY(all.at(3).field.isEmpty());

        QVERIFY(comments.resolve(again, true, &error)); // any comment of the thread resolves it
        QCOMPARE(comments.unresolvedCount(digest, &error), 1);
        QVERIFY(comments.comments(digest, &error).at(0).resolved);
        QCOMPARE(comments.comments(digest, &error).at(0).resolvedBy, me);
        QVERIFY(comments.resolve(thread, false, &error));
        QCOMPARE(comments.unresolvedCount(digest, &error), 2);

        // Bad input changes nothing.
        QCOMPARE(comments.add(second.id(), QStringLiteral("zh_summary"), 10, 50, QStringLiteral("x"), &error),
                 0);
        QCOMPARE(error.kind, LibraryError::Kind::InvalidArgument);
        QCOMPARE(comments.add(second.id(), QStringLiteral("nonsense"), 0, 0, QStringLiteral("x"), &error), 0);
        QCOMPARE(comments.add(second.id(), QString(), 0, 0, QStringLiteral("  "), &error), 0);
        QCOMPARE(comments.reply(99999, QStringLiteral("x"), &error), 0);
        QCOMPARE(error.kind, LibraryError::Kind::NotFound);
        QCOMPARE(comments.comments(digest, &error).size(), 4);
    }

    void anchorsFollowEdits_data() { addBackendRows(); }
    void anchorsFollowEdits()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2026, 12, 7));
        DigestEntry entry = library->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00003"), QStringLiteral("A"), QStringLiteral("标题"),
                              QStringLiteral("本文提出一种新的扩散模型。实验表明效果好。")));
        CommentStore &comments = library->comments();
        const qint64 term =
            comments.add(entry.id(), QStringLiteral("zh_summary"), 8, 4, QStringLiteral("术语"), nullptr);
        const qint64 claim =
            comments.add(entry.id(), QStringLiteral("zh_summary"), 13, 4, QStringLiteral("证据？"), nullptr);
        QVERIFY(term > 0 && claim > 0);
        // 扩散模型 at 8, 实验表明 at 13. Text added before both: the anchors move with their text.
        SaveResult saved =
            library->saveField(entry.id(), entry.revision(), Field::ZhSummary,
                               QStringLiteral("作者在本文提出一种新的扩散模型。实验表明效果好。"));
        QVERIFY(saved.saved());
        QVector<EntryComment> all = comments.comments(digest, nullptr);
        QCOMPARE(all.at(0).start, 11);
        QVERIFY(!all.at(0).outdated);
        QCOMPARE(all.at(1).start, 16);
        // The second span's text is rewritten: outdated; the first stays where it is.
        saved = library->saveField(entry.id(), saved.revision, Field::ZhSummary,
                                   QStringLiteral("作者在本文提出一种新的扩散模型。结果一般。"));
        QVERIFY(saved.saved());
        all = comments.comments(digest, nullptr);
        QCOMPARE(all.at(0).start, 11);
        QVERIFY(!all.at(0).outdated);
        QVERIFY(all.at(1).outdated);
        // A whole-entry save (the GUI's autosave) moves them too.
        QVERIFY(library->loadEntry(entry.id(), &entry));
        entry.setZhSummary(QStringLiteral("扩散模型。"));
        QVERIFY(library->saveEntry(entry).saved());
        QCOMPARE(comments.comments(digest, nullptr).at(0).start, 0);
    }

    // PostgreSQL stamps the author of a comment and who resolved it, whatever the client claims.
    void theServerNamesTheAuthor()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        if (location.isEmpty())
            QFAIL(qPrintable(ScratchLibraries::noServer()));
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2026, 12, 7));
        const DigestEntry entry = library->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00004"), QStringLiteral("A"), QStringLiteral("标题")));
        QSqlDatabase raw = m_scratch.openRaw(location);
        QSqlQuery forge(raw);
        QVERIFY(
            forge.exec(QStringLiteral("INSERT INTO comments (entry_id, body, author, created_at) VALUES (") +
                       QString::number(entry.id()) + QStringLiteral(", 'x', 'mallory', '2000-01-01')")));
        forge.finish();
        m_scratch.closeRaw(raw);
        const QVector<EntryComment> all = library->comments().comments(digest, nullptr);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().author, library->person());
        QVERIFY(all.first().at.date() > QDate(2026, 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestCommentStore)
#include "tst_commentstore.moc"
