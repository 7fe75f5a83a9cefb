// Reads a library's schema version and brings it to the latest through LibraryMigrations, all or nothing
// (and on SQLite after a backup copy of the file).
#pragma once

#include "model/libraryerror.h"

class QSqlError;

namespace DigestStudio {

class LibraryConnection;

class SchemaMigrator final
{
public:
    explicit SchemaMigrator(LibraryConnection &connection);

    // The schema version of the library (0: an empty database). Fails for a location holding tables that
    // are not a library's, and for a schema newer than this program knows (NewerSchema).
    bool readVersion(int *version, LibraryError *error);
    // From `version` (as read) to the latest; another process may have done it meanwhile. On failure the
    // library is left as it was.
    bool migrate(int version, LibraryError *error);

private:
    bool refuseNewer(int version, LibraryError *error);
    bool failed(const QSqlError &sqlError, LibraryError *error);
    // The version inside the migration's transaction (another process may have migrated meanwhile).
    int versionNow(int readBefore);
    bool runSteps(int fromVersion, const QString &trgmSchema, QString *cause);

    LibraryConnection &m_connection;
};

} // namespace DigestStudio
