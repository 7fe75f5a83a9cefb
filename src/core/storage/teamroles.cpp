#include "storage/teamroles.h"

#include "storage/libraryconnection.h"
#include "storage/postgresqldialect.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QSqlError>

namespace DigestStudio {

namespace {

using Kind = LibraryError::Kind;

QString q(const QString &name)
{
    return PostgreSqlDialect::quotedIdentifier(name);
}

// The tables besides digests and entries that only the editor (and the admin) writes.
const QStringList &editorTables()
{
    static const QStringList tables{QStringLiteral("entry_images"),
                                    QStringLiteral("papers"),
                                    QStringLiteral("author_affiliations"),
                                    QStringLiteral("listing_papers"),
                                    QStringLiteral("listing_picks"),
                                    QStringLiteral("not_for_us"),
                                    QStringLiteral("proposals"),
                                    QStringLiteral("prepare_runs"),
                                    QStringLiteral("run_locks")};
    return tables;
}

// Everyone reads everything; what each role writes. Column lists are UPDATE privileges on entries. The
// morning run (proposals, its reports) is the editor's: it picks papers. Affiliation aliases, like the
// glossary, are the admin's.
QStringList grants(const QString &schema)
{
    const QString all = QStringLiteral(" ON ALL TABLES IN SCHEMA ") + schema + QStringLiteral(" TO ");
    const QString seq = QStringLiteral(" ON ALL SEQUENCES IN SCHEMA ") + schema + QStringLiteral(" TO ");
    const QString editor = q(QStringLiteral("digest_editor"));
    const QString translator = q(QStringLiteral("digest_translator"));
    const QString publisher = q(QStringLiteral("digest_publisher"));
    const QString admin = q(QStringLiteral("digest_admin"));
    QStringList list;
    for (const QString &role : {editor, translator, publisher, admin})
        list << QStringLiteral("GRANT USAGE ON SCHEMA ") + schema + QStringLiteral(" TO ") + role
             << QStringLiteral("GRANT SELECT") + all + role
             << QStringLiteral("GRANT USAGE, SELECT") + seq + role
             // The history and the comments are written in everyone's name by the triggers.
             << QStringLiteral("GRANT INSERT ON entry_history, comments TO ") + role
             << QStringLiteral("GRANT UPDATE (resolved, resolved_by) ON comments TO ") + role;
    list << QStringLiteral("GRANT ALL") + all + admin << QStringLiteral("GRANT ALL") + seq + admin
         << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON digests, entries, ") +
                editorTables().join(QStringLiteral(", ")) + QStringLiteral(" TO ") + editor
         << QStringLiteral(
                "GRANT UPDATE (zh_title, zh_short_title, zh_summary, status, drafted_by, revision, "
                "updated, updated_by) ON entries TO ") +
                translator
         << QStringLiteral(
                "GRANT UPDATE (date, title, legend, attribution, summary_label, footer) ON digests TO ") +
                publisher
         << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON publications, publication_claims TO ") + publisher
         << QStringLiteral("GRANT UPDATE (span_start, outdated) ON comments TO ") + editor +
                QStringLiteral(", ") + translator;
    return list;
}

bool exec(LibraryConnection &connection, const QString &sql, LibraryError *error)
{
    QString cause;
    if (connection.exec(sql, &cause))
        return true;
    return connection.fail(error,
                           cause.contains(QLatin1String("42501")) ? Kind::NotPermitted : Kind::Database,
                           QStringLiteral("Library ") + connection.displayName() +
                               QStringLiteral(": setting up the team's roles failed: ") + cause,
                           cause);
}

} // namespace

QStringList TeamRoles::roleNames()
{
    return {QStringLiteral("editor"), QStringLiteral("translator"), QStringLiteral("publisher"),
            QStringLiteral("admin")};
}

QString TeamRoles::groupRole(const QString &role)
{
    return QStringLiteral("digest_") + role;
}

bool TeamRoles::setUp(LibraryConnection &connection, LibraryError *error)
{
    Transaction transaction(connection, error);
    if (!transaction.isActive())
        return false;
    for (const QString &role : roleNames()) {
        const QString name = groupRole(role);
        // CREATE ROLE has no IF NOT EXISTS; the block makes it idempotent.
        if (!exec(connection,
                  QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '") +
                      name + QStringLiteral("') THEN CREATE ROLE ") + q(name) +
                      QStringLiteral(" NOLOGIN; END IF; END $$"),
                  error))
            return false;
    }
    const QString schema = connection.location().schema().isEmpty() ? QStringLiteral("public")
                                                                    : q(connection.location().schema());
    for (const QString &sql : grants(schema)) {
        if (!exec(connection, sql, error))
            return false;
    }
    return transaction.commit(error);
}

bool TeamRoles::addMember(LibraryConnection &connection, const QString &name, const QString &role,
                          const QString &password, LibraryError *error)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plain.match(name).hasMatch())
        return connection.fail(
            error, Kind::InvalidArgument,
            QStringLiteral("'") + name +
                QStringLiteral("' is not a plain role name (lower-case letters, digits and _, "
                               "starting with a letter, at most 63)."));
    if (!roleNames().contains(role))
        return connection.fail(
            error, Kind::InvalidArgument,
            QStringLiteral("'") + role +
                QStringLiteral("' is not a role of the team (editor, translator, publisher, "
                               "admin)."));
    Transaction transaction(connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &exists = connection.prepared(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(name);
    if (!connection.run(exists, error, QStringLiteral("looking the member up")))
        return false;
    const bool found = exists.next();
    exists.finish();
    if (!found &&
        !exec(connection, QStringLiteral("CREATE ROLE ") + q(name) + QStringLiteral(" LOGIN"), error))
        return false;
    if (!password.isEmpty()) {
        // The password travels as a bound value into format(), never in the statement's text or a log.
        QSqlQuery &set = connection.prepared(QStringLiteral("SELECT set_config('digest.pw', ?, true)"));
        set.addBindValue(password);
        if (!connection.run(set, error, QStringLiteral("setting the password")))
            return false;
        set.finish();
        if (!exec(connection,
                  QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER ROLE %I PASSWORD %L', '") + name +
                      QStringLiteral("', current_setting('digest.pw')); END $$"),
                  error))
            return false;
    }
    return exec(connection, QStringLiteral("GRANT ") + q(groupRole(role)) + QStringLiteral(" TO ") + q(name),
                error) &&
           transaction.commit(error);
}

QVector<TeamMember> TeamRoles::members(LibraryConnection &connection, LibraryError *error)
{
    QVector<TeamMember> list;
    QSqlQuery &query = connection.prepared(QStringLiteral(
        "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN "
        "pg_roles m "
        "ON m.oid = a.member WHERE g.rolname IN ('digest_editor', 'digest_translator', 'digest_publisher', "
        "'digest_admin') AND m.rolcanlogin ORDER BY m.rolname, g.rolname"));
    if (!connection.run(query, error, QStringLiteral("listing the team")))
        return list;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const QString role = query.value(1).toString().mid(7); // after digest_
        if (list.isEmpty() || list.last().name != name)
            list.append(TeamMember{name, QString(), {}});
        list.last().roles.append(role);
    }
    query.finish();
    return list;
}

QString TeamRoles::neededRole(const QSqlError &error)
{
    static const QRegularExpression table(QStringLiteral("permission denied for (?:table|relation) (\\w+)"));
    const QString which = table.match(error.databaseText()).captured(1);
    QString needs;
    if (which == QLatin1String("entries"))
        needs = QStringLiteral("the editor role (digest_editor); the Chinese fields and the status need the "
                               "translator role (digest_translator)");
    else if (which == QLatin1String("digests"))
        needs =
            QStringLiteral("the editor role (digest_editor); the header and footer need the publisher role "
                           "(digest_publisher)");
    else if (editorTables().contains(which))
        needs = QStringLiteral("the editor role (digest_editor)");
    else if (which == QLatin1String("publications") || which == QLatin1String("publication_claims"))
        needs = QStringLiteral("the publisher role (digest_publisher)");
    else if (which.isEmpty())
        needs = QStringLiteral("a role of the team that allows it");
    else
        needs = QStringLiteral("the admin role (digest_admin)");
    return QStringLiteral("your database role may not do this: it needs ") + needs +
           QStringLiteral("; an admin grants it with 'digestctl team add NAME --role ROLE'");
}

} // namespace DigestStudio
