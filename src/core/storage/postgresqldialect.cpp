#include "storage/postgresqldialect.h"

#include "storage/libraryconnection.h"
#include "storage/postgresqlchangewatcher.h"
#include "storage/teamroles.h"

#include <QSqlError>
#include <QSqlQuery>

namespace DigestStudio {

namespace {

using Kind = LibraryError::Kind;

// Serialises migrations of one PostgreSQL database across processes (an arbitrary constant).
constexpr qint64 MigrationLockKey = 0x44696765;

} // namespace

bool PostgreSqlDialect::connect(LibraryConnection &connection, LibraryError *error) const
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return connection.refuseOpen(
            error, Kind::MissingDriver,
            QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt") +
                QString::number(QT_VERSION_MAJOR) +
                (QT_VERSION_MAJOR == 5 ? QStringLiteral("sql5-psql)") : QStringLiteral("sql6-psql)")));
    const LibraryLocation &location = connection.location();
    QSqlDatabase &db = connection.addDatabase(QStringLiteral("QPSQL"));
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setUserName(location.userName());
    db.setPassword(location.password());
    db.setDatabaseName(location.databaseName());
    db.setConnectOptions(location.connectOptions());
    if (!db.open())
        return refuseConnection(connection, error);
    return startSession(connection, error);
}

bool PostgreSqlDialect::refuseConnection(LibraryConnection &connection, LibraryError *error) const
{
    const QString detail = LibraryConnection::describe(connection.database().lastError());
    const bool unreachable = detail.contains(QLatin1String("Connection refused")) ||
                             detail.contains(QLatin1String("could not connect")) ||
                             detail.contains(QLatin1String("timeout expired")) ||
                             detail.contains(QLatin1String("could not translate host name")) ||
                             detail.contains(QLatin1String("No route to host")) ||
                             detail.contains(QLatin1String("Network is unreachable"));
    if (unreachable)
        return connection.refuseOpen(
            error, Kind::Unreachable,
            QStringLiteral("the PostgreSQL server cannot be reached (") + detail + QLatin1Char(')'), detail);
    return connection.refuseOpen(
        error, Kind::Refused,
        QStringLiteral("the PostgreSQL server refused the connection (") + detail + QLatin1Char(')'), detail);
}

bool PostgreSqlDialect::startSession(LibraryConnection &connection, LibraryError *error) const
{
    connection.exec(QStringLiteral("SET client_min_messages = error")); // no NOTICEs on stderr
    // Qt prepares statements on the server; a generic plan cannot see a search pattern and would never use
    // the trigram indexes. (PostgreSQL 12 and later; older servers ignore the failure.)
    connection.exec(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
    const QString schema = connection.location().schema();
    if (schema.isEmpty())
        return true;
    const QString quoted = quotedIdentifier(schema);
    QString cause;
    // A member of the team may use the schema without the right to create schemas: create it only when it
    // is missing (CREATE SCHEMA IF NOT EXISTS asks for that right even when it exists).
    QSqlQuery exists(connection.database());
    exists.prepare(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"));
    exists.addBindValue(schema);
    const bool missing = !exists.exec() || !exists.next();
    exists.finish();
    if ((!missing || connection.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quoted, &cause)) &&
        connection.exec(QStringLiteral("SET search_path TO ") + quoted + QStringLiteral(", public"), &cause))
        return true;
    return connection.refuseOpen(error, Kind::Refused,
                                 QStringLiteral("the schema ") + schema +
                                     QStringLiteral(" cannot be used (") + cause + QLatin1Char(')'),
                                 cause);
}

LibraryError::Kind PostgreSqlDialect::classify(const QSqlError &error) const
{
    return error.nativeErrorCode() == QLatin1String("42501") ? LibraryError::Kind::NotPermitted
                                                             : LibraryError::Kind::Database;
}

QString PostgreSqlDialect::hint(const QSqlError &error) const
{
    return error.nativeErrorCode() == QLatin1String("42501") ? TeamRoles::neededRole(error) : QString();
}

QString PostgreSqlDialect::quotedIdentifier(const QString &name)
{
    // LibraryLocation already accepts only plain identifiers; quoting stays right for any name regardless.
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString PostgreSqlDialect::listTablesSql() const
{
    return QStringLiteral(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
}

QString PostgreSqlDialect::hasVersionTableSql() const
{
    return QStringLiteral("SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 ELSE 1 END");
}

QString PostgreSqlDialect::foreignTablesCause() const
{
    return QStringLiteral("its schema holds tables that are not a Digest Studio library");
}

bool PostgreSqlDialect::prepareMigration(LibraryConnection &connection, QString *trgmSchema,
                                         QString *cause) const
{
    if (!connection.exec(QStringLiteral("SELECT pg_advisory_xact_lock(") + QString::number(MigrationLockKey) +
                             QLatin1Char(')'),
                         cause))
        return false;
    QSqlQuery ext(connection.database());
    if (!ext.exec(QStringLiteral("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = "
                                 "e.extnamespace WHERE e.extname = 'pg_trgm'"))) {
        *cause = LibraryConnection::describe(ext.lastError());
        return false;
    }
    if (ext.next()) {
        *trgmSchema = ext.value(0).toString();
        return true;
    }
    if (connection.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public"), cause))
        return true;
    *cause = QStringLiteral("search needs the pg_trgm extension (package postgresql-contrib); ") + *cause;
    return false;
}

// SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server shutting down or restarting); libpq's
// own words where the driver gives no SQLSTATE (the socket closed under it).
bool PostgreSqlDialect::connectionLost(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return true;
    const QString text = error.text();
    for (const char *words : {"server closed the connection", "no connection to the server",
                              "terminating connection", "connection to server was lost",
                              "could not send data to server", "could not receive data from server"}) {
        if (text.contains(QLatin1String(words)))
            return true;
    }
    return false;
}

bool PostgreSqlDialect::begin(LibraryConnection &connection, LibraryError *error) const
{
    QSqlDatabase &db = connection.database();
    if (db.transaction())
        return true;
    connection.noteFailure(db.lastError());
    return connection.fail(error, Kind::Database,
                           QStringLiteral("Library ") + connection.displayName() +
                               QStringLiteral(": starting a transaction failed: ") +
                               LibraryConnection::describe(db.lastError()),
                           LibraryConnection::describe(db.lastError()));
}

bool PostgreSqlDialect::commit(LibraryConnection &connection, LibraryError *error) const
{
    QSqlDatabase &db = connection.database();
    if (db.commit())
        return true;
    connection.noteFailure(db.lastError());
    return connection.fail(error, Kind::Database,
                           QStringLiteral("Library ") + connection.displayName() +
                               QStringLiteral(": committing failed: ") +
                               LibraryConnection::describe(db.lastError()),
                           LibraryConnection::describe(db.lastError()));
}

void PostgreSqlDialect::rollback(LibraryConnection &connection) const
{
    connection.database().rollback();
}

// No file to check: a round trip tells the server still answers.
bool PostgreSqlDialect::checkIntegrity(LibraryConnection &connection, LibraryError *error) const
{
    QSqlQuery query(connection.database());
    if (query.exec(QStringLiteral("SELECT 1")))
        return true;
    return connection.fail(error, Kind::Database,
                           QStringLiteral("Library ") + connection.displayName() + QStringLiteral(": ") +
                               LibraryConnection::describe(query.lastError()));
}

std::unique_ptr<ChangeWatcher> PostgreSqlDialect::createWatcher(LibraryConnection &connection) const
{
    return std::make_unique<PostgreSqlChangeWatcher>(connection);
}

} // namespace DigestStudio
