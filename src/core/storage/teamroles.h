// PostgreSQL's side of the team: the group roles digest_editor, digest_translator, digest_publisher and
// digest_admin with their table and column privileges on a library's schema (made idempotently), login roles
// of the members granted one of them, the members listed, and a refused statement (SQLSTATE 42501) said as
// the role it needs.
#pragma once

#include "model/libraryerror.h"
#include "storage/librarytypes.h"

#include <QStringList>
#include <QVector>

class QSqlError;

namespace DigestStudio {

class LibraryConnection;

class TeamRoles final
{
public:
    // `editor`, `translator`, `publisher`, `admin`.
    static QStringList roleNames();
    // digest_editor ...
    static QString groupRole(const QString &role);

    // Creates the group roles when missing and grants them their privileges on the library's tables (again:
    // running it twice changes nothing). Needs a role that may create roles and owns the tables.
    static bool setUp(LibraryConnection &connection, LibraryError *error);
    // Creates the login role `name` when missing (with `password` when not empty), grants it `role`'s group
    // role and remembers `displayName` (when not empty).
    static bool addMember(LibraryConnection &connection, const QString &name, const QString &role,
                          const QString &password, LibraryError *error);
    // The login roles holding a digest_* group role, by name, with their roles (display names filled by the
    // caller).
    static QVector<TeamMember> members(LibraryConnection &connection, LibraryError *error);

    // For a refused statement: the words that say which role it needs, from the table the server named.
    static QString neededRole(const QSqlError &error);
};

} // namespace DigestStudio
