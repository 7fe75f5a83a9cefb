// What differs between SQLite and PostgreSQL, in one place: connecting and session settings, error kinds,
// transactions and row locks, the schema's catalogue, search operators, integrity checks and how changes
// reach other connections. Everything else the stores write is SQL both accept.
#pragma once

#include "model/libraryerror.h"
#include "storage/librarylocation.h"

#include <QString>

#include <memory>

class QSqlError;

namespace DigestStudio {

class ChangeWatcher;
class LibraryConnection;

class SqlDialect
{
public:
    static std::unique_ptr<SqlDialect> create(LibraryLocation::Backend backend);
    virtual ~SqlDialect() = default;

    // Opening, in this order: connect() (checks, driver, session), then the schema version is read, then
    // prepareForUse() (before anything is written), then backUp() before an upgrade.
    virtual bool connect(LibraryConnection &connection, LibraryError *error) const = 0;
    virtual bool prepareForUse(LibraryConnection &connection, LibraryError *error) const = 0;
    virtual bool backUp(LibraryConnection &connection, int version, LibraryError *error) const = 0;

    // The schema's catalogue: a query listing the tables, and one counting schema_version tables (0 or 1).
    virtual QString listTablesSql() const = 0;
    virtual QString hasVersionTableSql() const = 0;
    // Why tables that are not ours make the location no library.
    virtual QString foreignTablesCause() const = 0;
    // Inside the migration's transaction: waits for other processes migrating the same library and
    // readies what the migrations need; `trgmSchema` names the schema holding pg_trgm.
    virtual bool prepareMigration(LibraryConnection &connection, QString *trgmSchema,
                                  QString *cause) const = 0;

    // What kind of failure a driver error is.
    virtual LibraryError::Kind classify(const QSqlError &error) const = 0;
    // Whether `error` means the server dropped the connection (restart, administrator, network): the
    // connection is then reopened before the next statement. SQLite never loses its file this way.
    virtual bool connectionLost(const QSqlError &error) const;
    // What a failure means for the user and what happens next, when the driver's words do not say it
    // (a lock held too long, a full disk); empty otherwise.
    virtual QString hint(const QSqlError &error) const;
    // Whether cached statements read their results forward only.
    virtual bool forwardOnlyQueries() const = 0;
    virtual bool begin(LibraryConnection &connection, LibraryError *error) const = 0;
    virtual bool commit(LibraryConnection &connection, LibraryError *error) const = 0;
    virtual void rollback(LibraryConnection &connection) const = 0;
    // Appended to a SELECT to keep its rows from other writers until the transaction ends.
    virtual QString lockRowsClause() const = 0;

    // Search: the operator of a case-insensitive LIKE, and whether terms of three characters and more go
    // through the FTS5 trigram tables (entries_fts, papers_fts) rather than trigram-indexed LIKEs.
    virtual QString caseInsensitiveLike() const = 0;
    virtual bool hasFullTextTables() const = 0;

    virtual bool checkIntegrity(LibraryConnection &connection, LibraryError *error) const = 0;
    // Announces this connection's writes and reports others'; start() it once the schema is current.
    virtual std::unique_ptr<ChangeWatcher> createWatcher(LibraryConnection &connection) const = 0;

protected:
    SqlDialect() = default;
};

} // namespace DigestStudio
