// PostgreSQL: a server connection with a schema per library, row locks, pg_trgm-indexed LIKE search and
// LISTEN/NOTIFY for changes by others.
#pragma once

#include "storage/sqldialect.h"

namespace DigestStudio {

class PostgreSqlDialect final : public SqlDialect
{
public:
    // `name` as a quoted SQL identifier: in double quotes, a double quote inside doubled.
    static QString quotedIdentifier(const QString &name);

    bool connect(LibraryConnection &connection, LibraryError *error) const override;
    bool prepareForUse(LibraryConnection &, LibraryError *) const override { return true; }
    bool backUp(LibraryConnection &, int, LibraryError *) const override { return true; }

    QString listTablesSql() const override;
    QString hasVersionTableSql() const override;
    QString foreignTablesCause() const override;
    bool prepareMigration(LibraryConnection &connection, QString *trgmSchema, QString *cause) const override;

    // SQLSTATE 42501 (insufficient privilege: the team's roles) is NotPermitted, and its hint names the role.
    LibraryError::Kind classify(const QSqlError &error) const override;
    QString hint(const QSqlError &error) const override;
    bool connectionLost(const QSqlError &error) const override;
    // QPSQL reads forward-only results row by row and leaves the rest of a result unread after finish(),
    // and libpq parses no NOTIFY behind an unread result: the connection would stop hearing of others'
    // changes until its next query.
    bool forwardOnlyQueries() const override { return false; }
    bool begin(LibraryConnection &connection, LibraryError *error) const override;
    bool commit(LibraryConnection &connection, LibraryError *error) const override;
    void rollback(LibraryConnection &connection) const override;
    QString lockRowsClause() const override { return QStringLiteral(" FOR UPDATE"); }

    QString caseInsensitiveLike() const override { return QStringLiteral("ILIKE"); }
    bool hasFullTextTables() const override { return false; }

    bool checkIntegrity(LibraryConnection &connection, LibraryError *error) const override;
    std::unique_ptr<ChangeWatcher> createWatcher(LibraryConnection &connection) const override;

private:
    bool refuseConnection(LibraryConnection &connection, LibraryError *error) const;
    bool startSession(LibraryConnection &connection, LibraryError *error) const;
};

} // namespace DigestStudio
