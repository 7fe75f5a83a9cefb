// ChangeWatcher on SQLite (change log + file watcher) and PostgreSQL (LISTEN/NOTIFY): others' changes are
// announced, ours are not, and another process's reach an open library.
#include "librarytests.h"
#include "scratchlibraries.h"
#include "storage/library.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::makeEntry;
using DigestStudio::Test::ScratchLibraries;

class TestChangeWatcher final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    static void backends() { Test::addBackendRows(); }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    void changesByOthersAreAnnounced_data() { backends(); }
    void changesByOthersAreAnnounced()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(mine, location);
        OPEN_LIBRARY(theirs, location);
        const qint64 digest = mine->createDigest(QDate(2022, 10, 14));
        const DigestEntry entry =
            mine->appendEntry(digest, makeEntry(QStringLiteral("a"), QString(), QString()));
        QSignalSpy mineEntries(mine.get(), &Library::entryChanged);
        QSignalSpy mineDigests(mine.get(), &Library::digestChanged);
        QSignalSpy theirDigests(theirs.get(), &Library::digestChanged);
        QSignalSpy theirEntries(theirs.get(), &Library::entryChanged);
        QTest::qWait(200); // the creation above is not announced late

        QVERIFY(
            theirs->saveField(entry.id(), 1, DigestEntry::Field::ZhTitle, QStringLiteral("他们的")).saved());
        QVERIFY(mineEntries.wait(5000));
        QCOMPARE(mineEntries.first().at(0).toLongLong(), digest);
        QCOMPARE(mineEntries.first().at(1).toLongLong(), entry.id());
        QVERIFY(theirs->appendEntry(digest, makeEntry(QStringLiteral("b"), QString(), QString())).id() > 0);
        QVERIFY(mineDigests.wait(5000));
        QCOMPARE(mineDigests.last().at(0).toLongLong(), digest);

        // Our own writes are not announced back to us.
        QVERIFY(mine->moveEntry(digest, 1, 2));
        QVERIFY(theirDigests.wait(5000));
        QTest::qWait(300);
        QCOMPARE(mineEntries.size(), 1);
        QCOMPARE(mineDigests.size(), 1);
        QCOMPARE(theirEntries.size(), 0);

        // Another process: the open window hears of it without a restart.
        // (A connection that just read something must still hear it: mine reads last.)
        DigestEntry current;
        QVERIFY(mine->loadEntry(entry.id(), &current));
        QProcess other;
        other.start(QStringLiteral(LIBRARY_WRITER_PATH),
                    {QStringLiteral("save"), location, QString::number(entry.id()),
                     QString::number(current.revision()), QStringLiteral("另一个进程")});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        QVERIFY(mineEntries.size() > 1 || mineEntries.wait(5000));
        QCOMPARE(mineEntries.last().at(1).toLongLong(), entry.id());
        QVERIFY(mine->loadEntry(entry.id(), &current));
        QCOMPARE(current.zhSummary(), QStringLiteral("另一个进程"));
    }
};

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
