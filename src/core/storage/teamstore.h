// The team's bookkeeping in the library: who an entry is assigned to and who reviews it, the entries of one
// person, the library's own settings (the four-eyes rule) and the people's display names.
#pragma once

#include "model/libraryerror.h"
#include "storage/librarytypes.h"

#include <QVector>
#include <optional>

namespace DigestStudio {

class ChangeWatcher;
class LibraryConnection;

class TeamStore final
{
public:
    TeamStore(LibraryConnection &connection, ChangeWatcher &changes);

    // Sets the assignee and/or the reviewer of the entry (an empty name unsets); the entry's revision stays,
    // so nobody editing it meets a conflict. On PostgreSQL a name must be a role the server knows.
    bool assign(qint64 entryId, const std::optional<QString> &assignee,
                const std::optional<QString> &reviewer, LibraryError *error);
    // The entries `person` is the assignee or the reviewer of, newest digest first, then by position.
    QVector<AssignedEntry> assignedTo(const QString &person, LibraryError *error);

    // The four-eyes rule: the Chinese fields become reviewed only when someone other than their last editor
    // says so. A setting of the library; unset, on for PostgreSQL (a team) and off for SQLite (one person).
    bool fourEyes(LibraryError *error);
    bool setFourEyes(bool on, LibraryError *error);

    // What the team did since `since` (invalid: ever), newest first, at most `limit` events: changes of
    // fields, status and assignment, comments and replies, publications.
    QVector<ActivityEvent> activity(const QDateTime &since, int limit, LibraryError *error);

    // Display names, by name (PostgreSQL: the role).
    QString displayName(const QString &name, LibraryError *error);
    bool setDisplayName(const QString &name, const QString &displayName, LibraryError *error);
    QVector<TeamMember> people(LibraryError *error);

    // PostgreSQL only (SQLite has one person and no roles: InvalidArgument): the group roles and their
    // privileges (idempotent), a member as a login role granted a role, the members with their roles and
    // display names.
    bool setUpRoles(LibraryError *error);
    bool addMember(const QString &name, const QString &role, const QString &displayName,
                   const QString &password, LibraryError *error);
    QVector<TeamMember> members(LibraryError *error);

private:
    bool knownPerson(const QString &name, LibraryError *error);
    bool refuseOnSqlite(LibraryError *error) const;
    QString setting(const QString &key, LibraryError *error);
    bool setSetting(const QString &key, const QString &value, LibraryError *error);

    LibraryConnection &m_connection;
    ChangeWatcher &m_changes;
};

} // namespace DigestStudio
