// SQLite: a file the program checks before touching, WAL, BEGIN IMMEDIATE, FTS5 trigram search and a change
// log table that other processes read when the file changes.
#pragma once

#include "storage/sqldialect.h"

class QFileInfo;

namespace DigestStudio {

class SqliteDialect final : public SqlDialect
{
public:
    bool connect(LibraryConnection &connection, LibraryError *error) const override;
    bool prepareForUse(LibraryConnection &connection, LibraryError *error) const override;
    bool backUp(LibraryConnection &connection, int version, LibraryError *error) const override;

    QString listTablesSql() const override;
    QString hasVersionTableSql() const override;
    QString foreignTablesCause() const override;
    bool prepareMigration(LibraryConnection &connection, QString *trgmSchema, QString *cause) const override;

    QString hint(const QSqlError &error) const override;
    LibraryError::Kind classify(const QSqlError &error) const override;
    bool forwardOnlyQueries() const override { return true; }
    bool begin(LibraryConnection &connection, LibraryError *error) const override;
    bool commit(LibraryConnection &connection, LibraryError *error) const override;
    void rollback(LibraryConnection &connection) const override;
    QString lockRowsClause() const override { return QString(); }

    QString caseInsensitiveLike() const override { return QStringLiteral("LIKE"); }
    bool hasFullTextTables() const override { return true; }

    bool checkIntegrity(LibraryConnection &connection, LibraryError *error) const override;
    std::unique_ptr<ChangeWatcher> createWatcher(LibraryConnection &connection) const override;

private:
    bool checkFile(const LibraryConnection &connection, LibraryError *error) const;
    bool checkFolder(const LibraryConnection &connection, const QFileInfo &info, LibraryError *error) const;
    bool probeFullText(LibraryConnection &connection, LibraryError *error) const;
    bool useWriteAheadLog(LibraryConnection &connection, LibraryError *error) const;
};

} // namespace DigestStudio
