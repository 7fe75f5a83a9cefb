#include "storage/schemamigrator.h"

#include "storage/libraryconnection.h"
#include "storage/librarymigrations.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace DigestStudio {

using Kind = LibraryError::Kind;

SchemaMigrator::SchemaMigrator(LibraryConnection &connection)
    : m_connection(connection)
{}

bool SchemaMigrator::readVersion(int *version, LibraryError *error)
{
    *version = 0;
    QSqlQuery tables(m_connection.database());
    if (!tables.exec(m_connection.dialect().listTablesSql()))
        return failed(tables.lastError(), error);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    tables.finish();
    if (!names.contains(QStringLiteral("schema_version"))) {
        if (!names.isEmpty())
            return m_connection.refuseOpen(error, Kind::NotADatabase,
                                           m_connection.dialect().foreignTablesCause(),
                                           names.join(QStringLiteral(", ")));
        return true;
    }
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return failed(query.lastError(), error);
    *version = query.value(0).toInt();
    return refuseNewer(*version, error);
}

bool SchemaMigrator::refuseNewer(int version, LibraryError *error)
{
    if (version <= LibraryMigrations::latestVersion())
        return true;
    return m_connection.refuseOpen(error, Kind::NewerSchema,
                                   QStringLiteral("it was written by a newer version of Digest Studio "
                                                  "(library schema ") +
                                       QString::number(version) +
                                       QStringLiteral(", this program knows up to ") +
                                       QString::number(LibraryMigrations::latestVersion()) +
                                       QStringLiteral("); please update Digest Studio"));
}

bool SchemaMigrator::failed(const QSqlError &sqlError, LibraryError *error)
{
    const Kind kind = m_connection.dialect().classify(sqlError);
    const QString detail = LibraryConnection::describe(sqlError);
    return m_connection.refuseOpen(
        error, kind, LibraryConnection::causeOf(kind) + QStringLiteral(" (") + detail + QLatin1Char(')'),
        detail);
}

bool SchemaMigrator::migrate(int fromVersion, LibraryError *error)
{
    if (fromVersion >= LibraryMigrations::latestVersion())
        return true;
    if (fromVersion > 0 && !m_connection.dialect().backUp(m_connection, fromVersion, error))
        return false;
    auto refuse = [&](const QString &detail) {
        return m_connection.refuseOpen(
            error, Kind::Migration,
            QStringLiteral("upgrading it from schema ") + QString::number(fromVersion) +
                QStringLiteral(" failed and it was left as it was (") + detail + QLatin1Char(')'),
            detail);
    };
    LibraryError beginError;
    Transaction transaction(m_connection, &beginError);
    if (!transaction.isActive())
        return refuse(beginError.message);
    QString trgmSchema = QStringLiteral("public");
    QString cause;
    if (!m_connection.dialect().prepareMigration(m_connection, &trgmSchema, &cause))
        return refuse(cause);
    const int version = versionNow(fromVersion);
    if (version >= LibraryMigrations::latestVersion())
        return true; // done by another process meanwhile
    if (!runSteps(version, trgmSchema, &cause))
        return refuse(cause);
    LibraryError commitError;
    if (!transaction.commit(&commitError))
        return refuse(commitError.message);
    return true;
}

int SchemaMigrator::versionNow(int readBefore)
{
    QSqlQuery exists(m_connection.database());
    const bool hasTable = exists.exec(m_connection.dialect().hasVersionTableSql()) && exists.next() &&
                          exists.value(0).toInt() > 0;
    exists.finish();
    QSqlQuery check(m_connection.database());
    if (hasTable && check.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && check.next())
        return check.value(0).toInt();
    return readBefore;
}

bool SchemaMigrator::runSteps(int fromVersion, const QString &trgmSchema, QString *cause)
{
    const int latest = LibraryMigrations::latestVersion();
    for (int v = fromVersion + 1; v <= latest; ++v) {
        const QStringList statements =
            LibraryMigrations::statements(v, m_connection.location().backend(), trgmSchema);
        for (const QString &sql : statements) {
            if (!m_connection.exec(sql, cause)) {
                *cause = QStringLiteral("step ") + QString::number(v) + QStringLiteral(": ") + *cause;
                return false;
            }
        }
    }
    return m_connection.exec(QStringLiteral("DELETE FROM schema_version"), cause) &&
           m_connection.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (") +
                                 QString::number(latest) + QLatin1Char(')'),
                             cause);
}

} // namespace DigestStudio
