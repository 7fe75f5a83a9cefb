// Fresh, throw-away libraries for tests: SQLite files in a temporary folder, PostgreSQL schemas on the
// server named by $DIGEST_TEST_PG, else on the one ctest's `postgres` fixture started (dropped again when the
// object goes).
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace DigestStudio::Test {

class ScratchLibraries final
{
public:
    ScratchLibraries();
    ~ScratchLibraries();
    ScratchLibraries(const ScratchLibraries &) = delete;
    ScratchLibraries &operator=(const ScratchLibraries &) = delete;

    // $DIGEST_TEST_PG, else the URL of the server ctest's `postgres` fixture started
    // (tests/support/test-postgres.sh); empty when there is neither.
    static QString postgresUrl();
    // Why a PostgreSQL row cannot run (it fails with this; a test never skips for want of a server).
    static QString noServer();

    // A location nobody used yet for `backend` ("sqlite" or "postgresql"); empty when PostgreSQL is wanted
    // but there is no server (postgresUrl()).
    QString create(const QString &backend);
    // A path in the temporary folder (for files the test writes itself).
    QString filePath(const QString &name) const;
    // A plain Qt Sql connection to `location` (for PostgreSQL with search_path set to its schema), for
    // building fixtures and inspecting what Library wrote. Close it with closeRaw().
    QSqlDatabase openRaw(const QString &location);
    void closeRaw(QSqlDatabase &db);
    // Fault injection through `db` (openRaw()): an insert into `table` for which `condition` (SQL over NEW)
    // holds fails with "injected failure", on either backend. False, and a warning, when the trigger could
    // not be made. dropRefusal() takes it away.
    static bool refuseInserts(QSqlDatabase &db, const QString &table, const QString &condition);
    static void dropRefusal(QSqlDatabase &db, const QString &table);
    // PostgreSQL: a new login role (a unique name starting with `hint`) and `location` as that role connects
    // to it; with `grantAll` it may do anything in the location's schema (as a library's owner may), without
    // it nothing but connect. Empty on failure. Dropped again with the schemas.
    QString loginAs(const QString &location, const QString &hint, bool grantAll, QString *role = nullptr);
    // Drops every schema and role this object created (also done by the destructor).
    void dropAll();

private:
    QTemporaryDir m_dir;
    QStringList m_schemas;
    QStringList m_roles;
    int m_counter = 0;
};

} // namespace DigestStudio::Test
