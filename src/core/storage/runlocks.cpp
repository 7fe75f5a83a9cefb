#include "storage/runlocks.h"

#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <atomic>
#include <cerrno>
#include <csignal>

namespace DigestStudio {

namespace {

// The advisory lock's key: the library's schema and the lock's name, so that two libraries in one database
// (?schema=) do not shut each other out.
const char *const advisoryKey = "hashtext(current_schema() || ':digest-studio:' || ?)";

bool isPostgres(const LibraryConnection &connection)
{
    return connection.location().backend() == LibraryLocation::Backend::PostgreSQL;
}

} // namespace

RunLocks::RunLocks(LibraryConnection &connection)
    : m_connection(connection)
{
    static std::atomic<int> instances{0};
    m_holder = QSysInfo::machineHostName() + QLatin1Char(':') +
               QString::number(QCoreApplication::applicationPid()) + QLatin1Char(':') +
               QString::number(++instances);
}

bool RunLocks::readHolder(const QString &name, Holder *holder, bool *found, LibraryError *error)
{
    QSqlQuery &query =
        m_connection.prepared(QStringLiteral("SELECT holder, taken_at FROM run_locks WHERE name = ?"));
    query.addBindValue(name);
    if (!m_connection.run(query, error, QStringLiteral("reading who runs")))
        return false;
    *found = query.next();
    if (*found) {
        holder->holder = query.value(0).toString();
        holder->since = SqlValues::toDateTime(query.value(1).toString());
    }
    query.finish();
    return true;
}

bool RunLocks::writeHolder(const QString &name, LibraryError *error)
{
    QSqlQuery &remove = m_connection.prepared(QStringLiteral("DELETE FROM run_locks WHERE name = ?"));
    remove.addBindValue(name);
    if (!m_connection.run(remove, error, QStringLiteral("taking the run lock")))
        return false;
    QSqlQuery &insert = m_connection.prepared(
        QStringLiteral("INSERT INTO run_locks (name, holder, taken_at) VALUES (?, ?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(m_holder);
    insert.addBindValue(SqlValues::now());
    return m_connection.run(insert, error, QStringLiteral("taking the run lock"));
}

bool RunLocks::isAbandoned(const Holder &holder, qint64 abandonedAfterSeconds)
{
    if (!holder.since.isValid() ||
        holder.since.secsTo(QDateTime::currentDateTimeUtc()) > abandonedAfterSeconds)
        return true;
    const QString host = holder.holder.section(QLatin1Char(':'), 0, 0);
    bool ok = false;
    const qint64 pid = holder.holder.section(QLatin1Char(':'), 1, 1).toLongLong(&ok);
    if (!ok || host != QSysInfo::machineHostName())
        return !ok;
    // A process of this host that is gone (kill with signal 0 only asks whether it exists).
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

bool RunLocks::tryTakeSqlite(const QString &name, qint64 abandonedAfterSeconds, Holder *current,
                             LibraryError *error)
{
    // BEGIN IMMEDIATE: of two runs starting together, the second reads the first one's row.
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    Holder holder;
    bool found = false;
    if (!readHolder(name, &holder, &found, error))
        return false;
    if (found && holder.holder != m_holder && !isAbandoned(holder, abandonedAfterSeconds)) {
        if (current)
            *current = holder;
        return false;
    }
    return writeHolder(name, error) && transaction.commit(error);
}

bool RunLocks::tryTakePostgres(const QString &name, Holder *current, LibraryError *error)
{
    QSqlQuery &lock = m_connection.prepared(QStringLiteral("SELECT pg_try_advisory_lock(") +
                                            QLatin1String(advisoryKey) + QLatin1Char(')'));
    lock.addBindValue(name);
    if (!m_connection.run(lock, error, QStringLiteral("taking the run lock")) || !lock.next())
        return false;
    const bool taken = lock.value(0).toBool();
    lock.finish();
    if (!taken) {
        bool found = false;
        Holder holder;
        if (readHolder(name, &holder, &found, error) && current)
            *current = holder;
        return false;
    }
    // The row only says who: the session's lock is what counts.
    Transaction transaction(m_connection, error);
    return transaction.isActive() && writeHolder(name, error) && transaction.commit(error);
}

bool RunLocks::tryTake(const QString &name, qint64 abandonedAfterSeconds, Holder *current,
                       LibraryError *error)
{
    return isPostgres(m_connection) ? tryTakePostgres(name, current, error)
                                    : tryTakeSqlite(name, abandonedAfterSeconds, current, error);
}

bool RunLocks::release(const QString &name, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &remove =
        m_connection.prepared(QStringLiteral("DELETE FROM run_locks WHERE name = ? AND holder = ?"));
    remove.addBindValue(name);
    remove.addBindValue(m_holder);
    if (!m_connection.run(remove, error, QStringLiteral("giving the run lock back")) ||
        !transaction.commit(error))
        return false;
    if (!isPostgres(m_connection))
        return true;
    QSqlQuery &unlock = m_connection.prepared(QStringLiteral("SELECT pg_advisory_unlock(") +
                                              QLatin1String(advisoryKey) + QLatin1Char(')'));
    unlock.addBindValue(name);
    const bool ok = m_connection.run(unlock, error, QStringLiteral("giving the run lock back"));
    unlock.finish();
    return ok;
}

} // namespace DigestStudio
