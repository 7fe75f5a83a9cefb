// The morning run's storage on both backends: a proposed entry keeps its score and reasons apart from its
// status (appended, imported, saved, kept), the papers ever proposed and each run's report, and the run lock
// across connections (PostgreSQL's advisory lock; SQLite's row, taken over when its process is gone).
#include "librarytests.h"
#include "storage/morningrunstore.h"
#include "storage/runlocks.h"
#include "storage/teamstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

using namespace DigestStudio;
using namespace DigestStudio::Test;

namespace {

const QString lockName = QStringLiteral("prepare");

DigestEntry proposal(const QString &id)
{
    DigestEntry e = makeEntry(id, QStringLiteral("Sparse Models"), QString());
    e.setProposal(87.5, {QStringLiteral("term \"sparse\""), QStringLiteral("author Ann Lee")});
    return e;
}

} // namespace

class TestMorningRunStore final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;

private Q_SLOTS:
    void proposalIsStoredApartFromStatus_data() { addBackendRows(); }
    void proposalIsStoredApartFromStatus()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2026, 11, 26));
        DigestEntry stored = library->appendEntry(digest, proposal(QStringLiteral("2611.10001")));
        QVERIFY(stored.id() != 0);
        library->appendEntry(digest,
                             makeEntry(QStringLiteral("2611.10002"), QStringLiteral("By hand"), QString()));
        Digest loaded;
        QVERIFY(library->loadDigest(digest, &loaded));
        const DigestEntry first = loaded.entries().at(0);
        QVERIFY(first.isProposed());
        QCOMPARE(first.proposalScore(), 87.5);
        QCOMPARE(first.proposalReasons(), proposal(QString()).proposalReasons());
        QCOMPARE(first.status(), DigestEntry::Status::Draft);
        QVERIFY(!loaded.entries().at(1).isProposed());
        // A status change by a person leaves the proposal; keeping it (saveEntry) ends it. (One person: the
        // four-eyes rule, on by default on PostgreSQL, is off.)
        LibraryError ruleError;
        QVERIFY2(library->team().setFourEyes(false, &ruleError), qPrintable(ruleError.message));
        SaveResult saved = library->saveStatus(first.id(), first.revision(), DigestEntry::Status::Reviewed);
        QVERIFY(saved.saved());
        DigestEntry reread;
        QVERIFY(library->loadEntry(first.id(), &reread));
        QVERIFY(reread.isProposed());
        reread.clearProposal();
        QVERIFY(library->saveEntry(reread).saved());
        QVERIFY(library->loadEntry(first.id(), &reread));
        QVERIFY(!reread.isProposed());
        QCOMPARE(reread.status(), DigestEntry::Status::Reviewed);
        // An imported digest keeps its proposals.
        Digest copy = loaded;
        const qint64 imported = library->createDigest(copy);
        QVERIFY(library->loadDigest(imported, &copy));
        QVERIFY(copy.entries().at(0).isProposed());
        QCOMPARE(copy.entries().at(0).proposalScore(), 87.5);
    }

    void proposedPapersAndRuns_data() { addBackendRows(); }
    void proposedPapersAndRuns()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        MorningRunStore &runs = library->morningRuns();
        LibraryError error;
        QCOMPARE(runs.proposedOn(QDate(2026, 11, 26), &error), 0);
        QVERIFY(runs.remember(QDate(2026, 11, 26),
                              {QStringLiteral("2611.10001v2"), QStringLiteral("2611.10002")}, &error));
        // Remembered once: the same paper on another day keeps its first day.
        QVERIFY(runs.remember(QDate(2026, 11, 27), {QStringLiteral("2611.10001")}, &error));
        QCOMPARE(runs.everProposed(&error),
                 (QSet<QString>{QStringLiteral("2611.10001"), QStringLiteral("2611.10002")}));
        QCOMPARE(runs.proposedOn(QDate(2026, 11, 26), &error), 2);
        QCOMPARE(runs.proposedOn(QDate(2026, 11, 27), &error), 0);

        MorningRunStore::Run run;
        QVERIFY(!runs.latestRun(&run, &error));
        QVERIFY(!error.isError());
        QVERIFY(runs.recordRun(QDate(2026, 11, 26), QJsonObject{{QStringLiteral("n"), 1}}, &error));
        QVERIFY(runs.recordRun(QDate(2026, 11, 27), QJsonObject{{QStringLiteral("n"), 2}}, &error));
        QVERIFY(runs.latestRun(&run, &error));
        QCOMPARE(run.day, QDate(2026, 11, 27));
        QCOMPARE(run.report.value(QStringLiteral("n")).toInt(), 2);
        QVERIFY(run.finished.isValid());
    }

    void oneRunAtATimeAcrossConnections_data() { addBackendRows(); }
    void oneRunAtATimeAcrossConnections()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(first, location);
        OPEN_LIBRARY(second, location);
        RunLocks::Holder holder;
        LibraryError error;
        QVERIFY(first->runLocks().tryTake(lockName, 3600, &holder, &error));
        QVERIFY(!second->runLocks().tryTake(lockName, 3600, &holder, &error));
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(holder.holder, first->runLocks().holderName());
        QVERIFY(holder.since.isValid());
        // Another lock name is another lock.
        QVERIFY(second->runLocks().tryTake(QStringLiteral("other"), 3600, &holder, &error));
        QVERIFY(first->runLocks().release(lockName, &error));
        QVERIFY(second->runLocks().tryTake(lockName, 3600, &holder, &error));
        QVERIFY(!first->runLocks().tryTake(lockName, 3600, &holder, &error));
        // PostgreSQL ends a session's lock with the session (a run that died); SQLite's row is given back.
        if (backend == QLatin1String("sqlite"))
            QVERIFY(second->runLocks().release(lockName, &error));
        second.reset();
        // The server ends the session a moment after the client has gone.
        QTRY_VERIFY_WITH_TIMEOUT(first->runLocks().tryTake(lockName, 3600, &holder, &error), 10000);
    }

    // A SQLite run that died leaves its row: a process of this host that is gone, or a row past the age,
    // does not hold the lock.
    void abandonedRowIsTakenOver()
    {
        const QString location = m_scratch.create(QStringLiteral("sqlite"));
        OPEN_LIBRARY(library, location);
        QSqlDatabase raw = m_scratch.openRaw(location);
        QSqlQuery insert(raw);
        QVERIFY(insert.prepare(
            QStringLiteral("INSERT INTO run_locks (name, holder, taken_at) VALUES (?, ?, ?)")));
        insert.addBindValue(lockName);
        // pid 2^22+1 is above Linux's pid_max default: no such process.
        insert.addBindValue(QString(QSysInfo::machineHostName() + QStringLiteral(":4194305:1")));
        insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        RunLocks::Holder holder;
        LibraryError error;
        QVERIFY(library->runLocks().tryTake(lockName, 3600, &holder, &error));
        // A live holder elsewhere, but older than the age allowed.
        QVERIFY(library->runLocks().release(lockName, &error));
        QSqlQuery old(raw);
        QVERIFY(
            old.prepare(QStringLiteral("INSERT INTO run_locks (name, holder, taken_at) VALUES (?, ?, ?)")));
        old.addBindValue(lockName);
        old.addBindValue(QStringLiteral("another-host:1:1"));
        old.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODateWithMs));
        QVERIFY(old.exec());
        QVERIFY(!library->runLocks().tryTake(lockName, 3 * 3600, &holder, &error));
        QCOMPARE(holder.holder, QStringLiteral("another-host:1:1"));
        QVERIFY(library->runLocks().tryTake(lockName, 3600, &holder, &error));
        m_scratch.closeRaw(raw);
    }
};

QTEST_GUILESS_MAIN(TestMorningRunStore)
#include "tst_morningrunstore.moc"
