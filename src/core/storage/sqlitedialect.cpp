#include "storage/sqlitedialect.h"

#include "storage/libraryconnection.h"
#include "storage/sqlitechangewatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace DigestStudio {

namespace {

using Kind = LibraryError::Kind;

constexpr int BusyTimeoutMs = 10000;

// The mode bits, not access(): root may write anything, but a file someone made read-only is meant to stay
// so.
bool hasWriteBit(const QFileInfo &info)
{
    return info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
}

} // namespace

bool SqliteDialect::connect(LibraryConnection &connection, LibraryError *error) const
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return connection.refuseOpen(error, Kind::MissingDriver,
                                     QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"));
    if (!checkFile(connection, error))
        return false;
    QSqlDatabase &db = connection.addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(connection.location().filePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=") + QString::number(BusyTimeoutMs));
    if (!db.open()) {
        const QString detail = LibraryConnection::describe(db.lastError());
        const Kind kind = classify(db.lastError());
        return connection.refuseOpen(
            error, kind, LibraryConnection::causeOf(kind) + QStringLiteral(" (") + detail + QLatin1Char(')'),
            detail);
    }
    QString cause;
    if (!connection.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &cause))
        return connection.refuseOpen(error, Kind::Database, cause);
    return true;
}

// Looks at the file before SQLite does, so nothing is written to a file that is not ours.
bool SqliteDialect::checkFile(const LibraryConnection &connection, LibraryError *error) const
{
    const QString path = connection.location().filePath();
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return connection.refuseOpen(error, Kind::NotADatabase,
                                         QStringLiteral("it is a folder, not a library file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return connection.refuseOpen(error, Kind::ReadOnly,
                                         QStringLiteral("the file cannot be read (") + file.errorString() +
                                             QLatin1Char(')'));
        const QByteArray header = file.read(16);
        if (info.size() > 0 && header != QByteArray("SQLite format 3\0", 16))
            return connection.refuseOpen(error, Kind::NotADatabase,
                                         QStringLiteral("the file is not a SQLite database"));
        if (!info.isWritable() || !hasWriteBit(info))
            return connection.refuseOpen(
                error, Kind::ReadOnly,
                QStringLiteral("the file is read-only (Digest Studio saves every edit "
                               "as it is typed and needs to write to it)"));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return connection.refuseOpen(error, Kind::ReadOnly,
                                     QStringLiteral("the folder ") + info.absolutePath() +
                                         QStringLiteral(" cannot be created"));
    }
    return checkFolder(connection, info, error);
}

bool SqliteDialect::checkFolder(const LibraryConnection &connection, const QFileInfo &info,
                                LibraryError *error) const
{
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable() || !hasWriteBit(folder))
        return connection.refuseOpen(error, Kind::ReadOnly,
                                     QStringLiteral("its folder is read-only (SQLite needs to create its "
                                                    "journal next to the file)"));
    return true;
}

bool SqliteDialect::prepareForUse(LibraryConnection &connection, LibraryError *error) const
{
    if (!probeFullText(connection, error) || !useWriteAheadLog(connection, error))
        return false;
    QString cause;
    if (!connection.exec(QStringLiteral("PRAGMA synchronous = NORMAL"), &cause))
        return connection.refuseOpen(error, Kind::Database, cause);
    // Searches that cannot use the index read every entry: let them read the file from memory.
    connection.exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
    connection.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    return true;
}

// Search needs FTS5 with the trigram tokenizer (SQLite 3.34+). Qt may bring its own SQLite: ask the one in
// use, in the temp schema so the file is not touched.
bool SqliteDialect::probeFullText(LibraryConnection &connection, LibraryError *error) const
{
    QSqlQuery probe(connection.database());
    if (probe.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE temp.digest_search_probe USING fts5(x, tokenize = 'trigram')"))) {
        connection.exec(QStringLiteral("DROP TABLE temp.digest_search_probe"));
        return true;
    }
    const QString detail = LibraryConnection::describe(probe.lastError());
    QSqlQuery which(connection.database());
    const QString sqliteVersion = which.exec(QStringLiteral("SELECT sqlite_version()")) && which.next()
                                      ? which.value(0).toString()
                                      : QStringLiteral("unknown");
    return connection.refuseOpen(
        error, Kind::MissingDriver,
        QStringLiteral("the SQLite library in use (version ") + sqliteVersion +
            QStringLiteral(") has no FTS5 trigram tokenizer, which search needs (SQLite 3.34 or "
                           "later with FTS5)"),
        detail);
}

// WAL: readers never block the writer and a killed process loses nothing committed. NORMAL sync is durable
// against process crashes (only a power cut can lose the last commits).
bool SqliteDialect::useWriteAheadLog(LibraryConnection &connection, LibraryError *error) const
{
    QSqlQuery journal(connection.database());
    if (journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && journal.next() &&
        journal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
        return true;
    const Kind kind = classify(journal.lastError());
    const QString detail = LibraryConnection::describe(journal.lastError());
    return connection.refuseOpen(error, kind == Kind::Database ? Kind::ReadOnly : kind,
                                 QStringLiteral("SQLite cannot switch it to write-ahead logging (") + detail +
                                     QLatin1Char(')'),
                                 detail);
}

// A copy of the old library before touching it: VACUUM INTO writes a consistent snapshot even while other
// processes use the file.
bool SqliteDialect::backUp(LibraryConnection &connection, int version, LibraryError *error) const
{
    const QString backup =
        connection.location().filePath() + QStringLiteral(".bak-v") + QString::number(version);
    QFile::remove(backup);
    QSqlQuery vacuum(connection.database());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(backup);
    if (vacuum.exec())
        return true;
    return connection.refuseOpen(error, Kind::Migration,
                                 QStringLiteral("a backup copy ") + backup +
                                     QStringLiteral(" could not be written before upgrading (") +
                                     LibraryConnection::describe(vacuum.lastError()) + QLatin1Char(')'));
}

QString SqliteDialect::listTablesSql() const
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
}

QString SqliteDialect::hasVersionTableSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_version'");
}

QString SqliteDialect::foreignTablesCause() const
{
    return QStringLiteral("it is a SQLite database but not a Digest Studio library");
}

bool SqliteDialect::prepareMigration(LibraryConnection &, QString *, QString *) const
{
    return true; // BEGIN IMMEDIATE already keeps other writers out
}

// Primary result codes (the low byte of an extended code): 5 SQLITE_BUSY, 10 SQLITE_IOERR, 13 SQLITE_FULL.
QString SqliteDialect::hint(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 5)
        return QStringLiteral("another program has held the library's write lock for more than ") +
               QString::number(BusyTimeoutMs / 1000) + QStringLiteral(" s; nothing was changed");
    if (code == 13 || code == 10)
        return QStringLiteral("the disk may be full or failing; nothing was changed");
    return QString();
}

LibraryError::Kind SqliteDialect::classify(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("11"))
        return Kind::Corrupt;
    if (code == QLatin1String("26"))
        return Kind::NotADatabase;
    if (code == QLatin1String("8"))
        return Kind::ReadOnly;
    const QString message = error.text();
    if (message.contains(QLatin1String("malformed")))
        return Kind::Corrupt;
    if (message.contains(QLatin1String("not a database")))
        return Kind::NotADatabase;
    if (message.contains(QLatin1String("readonly"), Qt::CaseInsensitive) ||
        message.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        return Kind::ReadOnly;
    return Kind::Database;
}

// IMMEDIATE takes the write lock up front, so two writers queue (busy timeout) instead of deadlocking.
bool SqliteDialect::begin(LibraryConnection &connection, LibraryError *error) const
{
    QSqlQuery &query = connection.prepared(QStringLiteral("BEGIN IMMEDIATE"));
    const bool ok = connection.run(query, error, QStringLiteral("starting a transaction"));
    query.finish();
    return ok;
}

bool SqliteDialect::commit(LibraryConnection &connection, LibraryError *error) const
{
    QSqlQuery &query = connection.prepared(QStringLiteral("COMMIT"));
    if (!connection.run(query, error, QStringLiteral("committing")))
        return false;
    query.finish();
    return true;
}

void SqliteDialect::rollback(LibraryConnection &connection) const
{
    QSqlQuery query(connection.database());
    // Harmless when SQLite already rolled back (an error ends some transactions by itself).
    query.exec(QStringLiteral("ROLLBACK"));
}

bool SqliteDialect::checkIntegrity(LibraryConnection &connection, LibraryError *error) const
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return connection.fail(error, classify(query.lastError()),
                               QStringLiteral("Library ") + connection.displayName() + QStringLiteral(": ") +
                                   LibraryConnection::describe(query.lastError()));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!problems.isEmpty())
        return connection.fail(error, Kind::Corrupt,
                               QStringLiteral("Library ") + connection.displayName() +
                                   QStringLiteral(" is damaged: ") + problems.join(QStringLiteral("; ")));
    return true;
}

std::unique_ptr<ChangeWatcher> SqliteDialect::createWatcher(LibraryConnection &connection) const
{
    return std::make_unique<SqliteChangeWatcher>(connection);
}

} // namespace DigestStudio
