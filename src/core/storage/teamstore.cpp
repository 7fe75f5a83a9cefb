#include "storage/teamstore.h"

#include "storage/changewatcher.h"
#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "storage/teamroles.h"
#include "storage/transaction.h"

namespace DigestStudio {

namespace {

using Kind = LibraryError::Kind;
const QString fourEyesKey = QStringLiteral("four_eyes");

bool isPostgres(const LibraryConnection &connection)
{
    return connection.location().backend() == LibraryLocation::Backend::PostgreSQL;
}

} // namespace

TeamStore::TeamStore(LibraryConnection &connection, ChangeWatcher &changes)
    : m_connection(connection)
    , m_changes(changes)
{}

bool TeamStore::knownPerson(const QString &name, LibraryError *error)
{
    if (name.isEmpty() || !isPostgres(m_connection))
        return true;
    QSqlQuery &query =
        m_connection.prepared(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin"));
    query.addBindValue(name);
    if (!m_connection.run(query, error, QStringLiteral("looking the person up")))
        return false;
    const bool found = query.next();
    query.finish();
    if (!found)
        m_connection.fail(error, Kind::NotFound,
                          QStringLiteral("Library ") + m_connection.displayName() + QStringLiteral(": '") +
                              name +
                              QStringLiteral("' is not a member of the team (no login role of that name; "
                                             "'digestctl team add' makes one)."));
    return found;
}

bool TeamStore::assign(qint64 entryId, const std::optional<QString> &assignee,
                       const std::optional<QString> &reviewer, LibraryError *error)
{
    if ((assignee && !knownPerson(*assignee, error)) || (reviewer && !knownPerson(*reviewer, error)))
        return false;
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QString sql = QStringLiteral("UPDATE entries SET updated = ?, updated_by = ?");
    if (assignee)
        sql += QStringLiteral(", assignee = ?");
    if (reviewer)
        sql += QStringLiteral(", reviewer = ?");
    sql += QStringLiteral(" WHERE id = ? RETURNING digest_id");
    QSqlQuery &update = m_connection.prepared(sql);
    update.addBindValue(SqlValues::now());
    update.addBindValue(SqlValues::text(m_connection.person()));
    if (assignee)
        update.addBindValue(SqlValues::text(assignee->trimmed()));
    if (reviewer)
        update.addBindValue(SqlValues::text(reviewer->trimmed()));
    update.addBindValue(entryId);
    if (!m_connection.run(update, error, QStringLiteral("assigning the entry")))
        return false;
    if (!update.next()) {
        update.finish();
        return m_connection.notFound(error, QStringLiteral("entry"), QString::number(entryId));
    }
    const qint64 digestId = update.value(0).toLongLong();
    update.finish();
    return m_changes.announce(digestId, entryId, error) && transaction.commit(error);
}

QVector<AssignedEntry> TeamStore::assignedTo(const QString &person, LibraryError *error)
{
    QVector<AssignedEntry> entries;
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "SELECT d.id, d.date, e.id, e.position, e.arxiv_id, e.title, e.zh_title, e.status, e.assignee, "
        "e.reviewer FROM entries e JOIN digests d ON d.id = e.digest_id WHERE e.assignee = ? OR e.reviewer = "
        "? ORDER BY d.date DESC, d.id DESC, e.position"));
    query.addBindValue(person);
    query.addBindValue(person);
    if (!m_connection.run(query, error, QStringLiteral("finding the person's entries")))
        return entries;
    while (query.next()) {
        AssignedEntry entry;
        entry.digestId = query.value(0).toLongLong();
        entry.digestDate = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        entry.entryId = query.value(2).toLongLong();
        entry.position = query.value(3).toInt();
        entry.arxivId = query.value(4).toString();
        entry.title = query.value(5).toString();
        entry.zhTitle = query.value(6).toString();
        entry.status = query.value(7).toString();
        entry.asAssignee = query.value(8).toString() == person;
        entry.asReviewer = query.value(9).toString() == person;
        entries.append(entry);
    }
    query.finish();
    return entries;
}

namespace {

QString activityWhat(const QString &kind, const QString &field, const QString &after)
{
    if (kind == QLatin1String("comment"))
        return field.isEmpty() ? QStringLiteral("commented") : QStringLiteral("commented on ") + field;
    if (kind == QLatin1String("reply"))
        return QStringLiteral("replied to a comment");
    if (kind == QLatin1String("publication"))
        return QStringLiteral("published to ") + field;
    if (field == QLatin1String("assignee"))
        return after.isEmpty() ? QStringLiteral("unassigned") : QStringLiteral("assigned to ") + after;
    if (field == QLatin1String("reviewer"))
        return after.isEmpty() ? QStringLiteral("removed the reviewer")
                               : QStringLiteral("asked ") + after + QStringLiteral(" to review");
    if (field == QLatin1String("status"))
        return QStringLiteral("marked ") + after;
    return QStringLiteral("edited ") + field;
}

} // namespace

QVector<ActivityEvent> TeamStore::activity(const QDateTime &since, int limit, LibraryError *error)
{
    QVector<ActivityEvent> events;
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "SELECT at, who, kind, field, after, digest_id, position FROM ("
        " SELECT h.changed_at AS at, h.author AS who, 'history' AS kind, h.field AS field, h.new_text AS "
        "after,"
        " e.digest_id AS digest_id, e.position AS position FROM entry_history h JOIN entries e ON e.id = "
        "h.entry_id WHERE h.changed_at >= ?"
        " UNION ALL SELECT c.created_at, c.author, CASE WHEN c.parent_id IS NULL THEN 'comment' ELSE 'reply' "
        "END, c.field, '', e.digest_id, e.position FROM comments c JOIN entries e ON e.id = c.entry_id WHERE "
        "c.created_at >= ?"
        " UNION ALL SELECT p.published_at, '', 'publication', p.channel, '', p.digest_id, 0 FROM "
        "publications p "
        "WHERE p.media_id <> '' AND p.published_at >= ?"
        ") a ORDER BY at DESC LIMIT ?"));
    const QString from = since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs) : QString();
    for (int i = 0; i < 3; ++i)
        query.addBindValue(SqlValues::text(from));
    query.addBindValue(limit);
    if (!m_connection.run(query, error, QStringLiteral("reading the team's activity")))
        return events;
    while (query.next()) {
        ActivityEvent event;
        event.at = SqlValues::toDateTime(query.value(0).toString());
        event.who = query.value(1).toString();
        event.what =
            activityWhat(query.value(2).toString(), query.value(3).toString(), query.value(4).toString());
        event.digestId = query.value(5).toLongLong();
        event.position = query.value(6).toInt();
        event.kind = query.value(2).toString();
        event.field = query.value(3).toString();
        event.after = query.value(4).toString();
        events.append(event);
    }
    query.finish();
    return events;
}

QString TeamStore::setting(const QString &key, LibraryError *error)
{
    QSqlQuery &query =
        m_connection.prepared(QStringLiteral("SELECT value FROM library_settings WHERE key = ?"));
    query.addBindValue(key);
    if (!m_connection.run(query, error, QStringLiteral("reading the library's settings")))
        return QString();
    const QString value = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return value;
}

bool TeamStore::setSetting(const QString &key, const QString &value, LibraryError *error)
{
    QSqlQuery &upsert = m_connection.prepared(
        QStringLiteral("INSERT INTO library_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value"));
    upsert.addBindValue(key);
    upsert.addBindValue(value);
    return m_connection.run(upsert, error, QStringLiteral("storing the library's settings"));
}

bool TeamStore::fourEyes(LibraryError *error)
{
    const QString value = setting(fourEyesKey, error);
    if (value.isEmpty())
        return isPostgres(m_connection);
    return value == QLatin1String("on");
}

bool TeamStore::setFourEyes(bool on, LibraryError *error)
{
    return setSetting(fourEyesKey, on ? QStringLiteral("on") : QStringLiteral("off"), error);
}

QString TeamStore::displayName(const QString &name, LibraryError *error)
{
    QSqlQuery &query =
        m_connection.prepared(QStringLiteral("SELECT display_name FROM people WHERE name = ?"));
    query.addBindValue(name);
    if (!m_connection.run(query, error, QStringLiteral("reading the people")))
        return QString();
    const QString value = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return value;
}

bool TeamStore::setDisplayName(const QString &name, const QString &displayName, LibraryError *error)
{
    QSqlQuery &upsert = m_connection.prepared(
        QStringLiteral("INSERT INTO people (name, display_name) VALUES (?, ?) ON CONFLICT (name) DO UPDATE "
                       "SET display_name = excluded.display_name"));
    upsert.addBindValue(name);
    upsert.addBindValue(SqlValues::text(displayName));
    return m_connection.run(upsert, error, QStringLiteral("storing the display name"));
}

bool TeamStore::refuseOnSqlite(LibraryError *error) const
{
    if (isPostgres(m_connection))
        return false;
    m_connection.fail(
        error, Kind::InvalidArgument,
        QStringLiteral("Library ") + m_connection.displayName() +
            QStringLiteral(" is a SQLite file: it has one person and no roles (the team's roles "
                           "live on a PostgreSQL library)."));
    return true;
}

bool TeamStore::setUpRoles(LibraryError *error)
{
    return !refuseOnSqlite(error) && TeamRoles::setUp(m_connection, error);
}

bool TeamStore::addMember(const QString &name, const QString &role, const QString &displayName,
                          const QString &password, LibraryError *error)
{
    if (refuseOnSqlite(error) || !TeamRoles::addMember(m_connection, name, role, password, error))
        return false;
    return displayName.isEmpty() || setDisplayName(name, displayName, error);
}

QVector<TeamMember> TeamStore::members(LibraryError *error)
{
    if (refuseOnSqlite(error))
        return {};
    QVector<TeamMember> list = TeamRoles::members(m_connection, error);
    for (TeamMember &member : list)
        member.displayName = displayName(member.name, error);
    return list;
}

QVector<TeamMember> TeamStore::people(LibraryError *error)
{
    QVector<TeamMember> members;
    QSqlQuery &query =
        m_connection.prepared(QStringLiteral("SELECT name, display_name FROM people ORDER BY name"));
    if (!m_connection.run(query, error, QStringLiteral("reading the people")))
        return members;
    while (query.next())
        members.append(TeamMember{query.value(0).toString(), query.value(1).toString(), {}});
    query.finish();
    return members;
}

} // namespace DigestStudio
