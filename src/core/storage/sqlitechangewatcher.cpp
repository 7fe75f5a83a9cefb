#include "storage/sqlitechangewatcher.h"

#include "storage/libraryconnection.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>
#include <QVector>

namespace DigestStudio {

SqliteChangeWatcher::SqliteChangeWatcher(LibraryConnection &connection)
    : m_connection(connection)
    , m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(30);
    connect(&m_changeTimer, &QTimer::timeout, this, &SqliteChangeWatcher::checkExternalChanges);
}

SqliteChangeWatcher::~SqliteChangeWatcher()
{
    m_changeTimer.stop();
}

bool SqliteChangeWatcher::start(LibraryError *)
{
    // Start after what is there now: only later changes by others are announced.
    QSqlQuery seq(m_connection.database());
    if (seq.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")) && seq.next())
        m_lastChangeSeq = seq.value(0).toLongLong();
    seq.finish();
    pruneLog();
    QSqlQuery dataVersion(m_connection.database());
    if (dataVersion.exec(QStringLiteral("PRAGMA data_version")) && dataVersion.next())
        m_dataVersion = dataVersion.value(0).toLongLong();

    const QString path = m_connection.location().filePath();
    m_watcher.addPath(path);
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        m_watcher.addPath(path + QStringLiteral("-wal"));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (!m_changeTimer.isActive())
            m_changeTimer.start();
    });
    return true;
}

// The log only serves processes that are running now: keep it short. (Only when there is something to
// prune: a read-only command should not queue for the write lock.)
void SqliteChangeWatcher::pruneLog()
{
    QSqlQuery oldest(m_connection.database());
    if (oldest.exec(QStringLiteral("SELECT COALESCE(MIN(seq), 0) FROM changes")) && oldest.next() &&
        oldest.value(0).toLongLong() < m_lastChangeSeq - 10000) {
        oldest.finish();
        QSqlQuery prune(m_connection.database());
        prune.prepare(QStringLiteral("DELETE FROM changes WHERE seq < ?"));
        prune.addBindValue(m_lastChangeSeq - 5000);
        prune.exec();
    }
}

bool SqliteChangeWatcher::announce(qint64 digestId, qint64 entryId, LibraryError *error)
{
    QSqlQuery &query = m_connection.prepared(
        QStringLiteral("INSERT INTO changes (origin, digest_id, entry_id) VALUES (?, ?, ?)"));
    query.addBindValue(m_origin);
    query.addBindValue(digestId);
    query.addBindValue(entryId);
    return m_connection.run(query, error, QStringLiteral("recording the change"));
}

void SqliteChangeWatcher::checkExternalChanges()
{
    // The watcher forgets files that were replaced; the WAL appears after the first write.
    const QString path = m_connection.location().filePath();
    for (const QString &file : {path, QString(path + QStringLiteral("-wal"))}) {
        if (!m_watcher.files().contains(file) && QFileInfo::exists(file))
            m_watcher.addPath(file);
    }
    QSqlQuery &version = m_connection.prepared(QStringLiteral("PRAGMA data_version"));
    if (!version.exec() || !version.next())
        return;
    const qint64 dataVersion = version.value(0).toLongLong();
    version.finish();
    if (dataVersion == m_dataVersion)
        return; // only our own writes
    m_dataVersion = dataVersion;
    QSqlQuery &changes = m_connection.prepared(
        QStringLiteral("SELECT seq, origin, digest_id, entry_id FROM changes WHERE seq > ? ORDER BY seq"));
    changes.addBindValue(m_lastChangeSeq);
    if (!changes.exec())
        return;
    QVector<QPair<qint64, qint64>> seen;
    while (changes.next()) {
        m_lastChangeSeq = changes.value(0).toLongLong();
        if (changes.value(1).toString() == m_origin)
            continue;
        const QPair<qint64, qint64> change(changes.value(2).toLongLong(), changes.value(3).toLongLong());
        if (!seen.contains(change))
            seen.append(change);
    }
    changes.finish();
    for (const auto &change : seen)
        report(change.first, change.second);
}

} // namespace DigestStudio
