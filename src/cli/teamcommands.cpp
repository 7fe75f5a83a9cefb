#include "teamcommands.h"

#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "minewatch.h"
#include "storage/entryhistorystore.h"
#include "storage/library.h"
#include "storage/teamroles.h"
#include "storage/teamstore.h"
#include "text/characterdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

#include <termios.h>
#include <unistd.h>

namespace DigestStudio {

namespace {

const char *digestHelp = "a digest id, or a date YYYY-MM-DD (the latest digest of that day)";

// The new member's password: $DIGEST_TEAM_PASSWORD, else asked on the terminal without echo (none when
// stdin is no terminal or the answer is empty). Never an argument, never printed.
QString memberPassword(CtlCall &call, const QString &name)
{
    const QString fromEnvironment = call.context().environment.value(QStringLiteral("DIGEST_TEAM_PASSWORD"));
    if (!fromEnvironment.isEmpty() || !isatty(STDIN_FILENO))
        return fromEnvironment;
    *call.context().err << "Password for " << name << " (empty: none, the server's own authentication): ";
    call.context().err->flush();
    termios saved{};
    const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    *call.context().err << '\n';
    return password;
}

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// `team setup|add|list|four-eyes`: the members, their roles and the library's rules.
QVector<CtlCommand> teamDeclarations()
{
    return {
        CtlCommand("team", "setup", &TeamCommands::setup)
            .inSection(CtlSection::Team)
            .usingLibrary()
            .withSummary("create the team's roles and their privileges on a PostgreSQL library")
            .withHelp("Creates the group roles digest_editor (digests, entries, order, tags, assignments), "
                      "digest_translator (the Chinese fields, the status, comments), digest_publisher "
                      "(export and publish, the header and footer) and digest_admin (everything, the "
                      "glossary too) when missing, and grants them their table and column privileges on the "
                      "library; PostgreSQL itself then refuses what a role may not do. Running it again "
                      "changes nothing. Run it as the library's owner, a role that may create roles."),
        CtlCommand("team", "add", &TeamCommands::add)
            .inSection(CtlSection::Team)
            .usingLibrary()
            .withSummary("make a login role a member of the team with a role")
            .withHelp(
                "Creates the login role NAME when missing and grants it ROLE's group role. Its password, "
                "if any, comes from $DIGEST_TEAM_PASSWORD, else is asked on the terminal (never an "
                "argument, never printed); without one the server's own authentication applies.")
            .withArgument("NAME", "the login role: lower-case letters, digits and _")
            .withRequiredOption("--role", "ROLE", "editor, translator, publisher or admin")
            .withOption("--display-name", "TEXT",
                        "how the team sees the name (Wang Fang for wangfang; any script)"),
        CtlCommand("team", "list", &TeamCommands::list)
            .inSection(CtlSection::Team)
            .usingLibrary()
            .withSummary("the members of the team and their roles")
            .withHelp("Prints one member a line: the login role, its roles and its display name.")
            .withFlag("--json", "a JSON array of {\"name\", \"display_name\", \"roles\"} instead"),
        CtlCommand("team", "four-eyes", &TeamCommands::fourEyes)
            .inSection(CtlSection::Team)
            .usingLibrary()
            .withSummary("whether a second person must mark the Chinese reviewed")
            .withHelp("Without an argument, prints on or off. With one, sets the library's four-eyes rule "
                      "for the whole team: on, the Chinese fields become reviewed only when someone other "
                      "than their last writer says so. It is on by default on PostgreSQL; a SQLite library "
                      "has one person, and the rule off.")
            .withArgument("on|off", "the rule's new state", CtlArgument::Count::Optional),
    };
}

} // namespace

QVector<CtlCommand> TeamCommands::declare()
{
    return QVector<CtlCommand>{
               CtlCommand("log", &TeamCommands::log)
                   .inSection(CtlSection::Team)
                   .usingLibrary()
                   .withSummary("who changed which field of an entry when, oldest first")
                   .withHelp(
                       "Prints the history of the entry at POSITION: every change of a field or of the "
                       "status "
                       "that landed, oldest first, each as a line with the time (UTC), the person and the "
                       "field, then the change by character: removed text in [-...-], added text in {+...+} "
                       "(a "
                       "status as OLD -> NEW). "
                       "On PostgreSQL the person is the database role that wrote it, as the server recorded "
                       "it; on SQLite the name in the settings (Team/personName, else the system user's full "
                       "name).")
                   .withArgument("DIGEST", digestHelp)
                   .withArgument("POSITION", "the entry's position in the digest, from 1")
                   .withFlag("--json",
                             "a JSON array of {\"field\", \"author\", \"at\", \"before\", \"after\"} "
                             "instead"),
               CtlCommand("assign", &TeamCommands::assign)
                   .inSection(CtlSection::Team)
                   .usingLibrary()
                   .withSummary("assign an entry to a person and name its reviewer")
                   .withHelp(
                       "Sets who the entry at POSITION is assigned to (--to) and who reviews it "
                       "(--reviewer); "
                       "an empty NAME unsets. The entry's revision stays, so nobody editing it meets a "
                       "conflict. Without options, prints the assignee and the reviewer, one a line. On "
                       "PostgreSQL a NAME is a login role of the team ('team add'); on SQLite any name.")
                   .withArgument("DIGEST", digestHelp)
                   .withArgument("POSITION", "the entry's position in the digest, from 1")
                   .withOption("--to", "NAME", "the person the entry is assigned to")
                   .withOption("--reviewer", "NAME", "the person who reviews it"),
               CtlCommand("mine", &TeamCommands::mine)
                   .inSection(CtlSection::Team)
                   .usingLibrary()
                   .withSummary("the entries assigned to me or for me to review")
                   .withHelp(
                       "Prints the entries this person (PostgreSQL: the database role; SQLite: the name in "
                       "the "
                       "settings) is the assignee or the reviewer of, newest digest first: the digest's date "
                       "and id, the position, assignee or reviewer, the status, the arXiv id and the title. "
                       "With --watch, prints nothing of what is assigned already, but waits and prints each "
                       "entry someone else makes this person the assignee or the reviewer of, as it lands: "
                       "the digest's date and id, the position, assignee or reviewer, who assigned it, the "
                       "arXiv id and the short title (what one assigns oneself is not news).")
                   .withFlag("--json",
                             "a JSON array of {\"digest_id\", \"date\", \"position\", \"arxiv_id\", "
                             "\"title\", \"zh_title\", \"status\", \"assignee\", \"reviewer\"} "
                             "(the last two true or false) instead; with --watch, one JSON object a line: "
                             "{\"digest_id\", \"date\", \"position\", \"arxiv_id\", \"title\", "
                             "\"short_title\", \"as\" (assignee or reviewer), \"by\", \"by_name\"}")
                   .withFlag("--watch", "wait for new assignments and print each as it comes")
                   .withOption("--for", "SECONDS",
                               "with --watch: stop after this many seconds (else: "
                               "until interrupted)")
                   .withFlag("--notify", "with --watch: show each on the desktop too (a notification)"),
               CtlCommand("activity", &TeamCommands::activity)
                   .inSection(CtlSection::Team)
                   .usingLibrary()
                   .withSummary("what the team did, newest first")
                   .withHelp(
                       "Prints the team's recent changes (fields, status, assignments), comments and "
                       "publications, newest first, at most 500: the time (UTC), who, what, the digest and "
                       "the entry's position (0 for the digest as a whole).")
                   .withOption("--since", "DATE", "only from this day on (YYYY-MM-DD, UTC)")
                   .withFlag("--json",
                             "a JSON array of {\"at\", \"who\", \"what\", \"digest\", \"position\"} instead"),
           } +
           teamDeclarations();
}

int TeamCommands::log(CtlCall &call)
{
    int status = CtlOk;
    const qint64 entryId = call.entryAt(1, &status);
    if (entryId == 0)
        return status;
    LibraryError error;
    const QVector<HistoryEvent> events = call.library()->entryHistory().history(entryId, &error);
    if (error.isError())
        return call.failed(error.message);
    if (call.isSet(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const HistoryEvent &event : events)
            array.append(QJsonObject{{QStringLiteral("field"), event.field},
                                     {QStringLiteral("author"), event.author},
                                     {QStringLiteral("at"), timeText(event.at)},
                                     {QStringLiteral("before"), event.before},
                                     {QStringLiteral("after"), event.after}});
        call.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CtlOk;
    }
    if (events.isEmpty())
        call.notice(QStringLiteral("the entry has not been changed since it was stored"));
    for (const HistoryEvent &event : events) {
        call.out() << timeText(event.at) << '\t' << event.author << '\t' << event.field << '\n';
        // A status is one word: before and after; a text field by character (Chinese has no words to split).
        call.out() << "  "
                   << (event.field == QLatin1String("status")
                           ? event.before + QStringLiteral(" -> ") + event.after
                           : CharacterDiff::marked(event.before, event.after))
                   << '\n';
    }
    return CtlOk;
}

int TeamCommands::assign(CtlCall &call)
{
    int status = CtlOk;
    const qint64 entryId = call.entryAt(1, &status);
    if (entryId == 0)
        return status;
    Library *library = call.library();
    LibraryError error;
    const auto option = [&call](const char *name) -> std::optional<QString> {
        const QString value = call.value(QString::fromLatin1(name));
        return value.isNull() ? std::nullopt : std::optional<QString>(value.trimmed());
    };
    const std::optional<QString> assignee = option("--to");
    const std::optional<QString> reviewer = option("--reviewer");
    if ((assignee || reviewer) && !library->team().assign(entryId, assignee, reviewer, &error))
        return call.failed(error.message);
    DigestEntry entry;
    if (!library->loadEntry(entryId, &entry, &error))
        return call.failed(error.message);
    const auto shown = [](const QString &name) { return name.isEmpty() ? QStringLiteral("(none)") : name; };
    call.out() << "assignee: " << shown(entry.assignee()) << '\n'
               << "reviewer: " << shown(entry.reviewer()) << '\n';
    return CtlOk;
}

int TeamCommands::mine(CtlCall &call)
{
    if (call.isSet(QStringLiteral("--watch")))
        return MineWatch::run(call);
    if (!call.value(QStringLiteral("--for")).isNull() || call.isSet(QStringLiteral("--notify")))
        return call.usage(QStringLiteral("--for and --notify go with --watch"));
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QString me = library->person();
    const QVector<AssignedEntry> entries = library->team().assignedTo(me, &error);
    if (error.isError())
        return call.failed(error.message);
    if (call.isSet(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const AssignedEntry &e : entries)
            array.append(QJsonObject{{QStringLiteral("digest_id"), e.digestId},
                                     {QStringLiteral("date"), e.digestDate.toString(Qt::ISODate)},
                                     {QStringLiteral("position"), e.position},
                                     {QStringLiteral("arxiv_id"), e.arxivId},
                                     {QStringLiteral("title"), e.title},
                                     {QStringLiteral("zh_title"), e.zhTitle},
                                     {QStringLiteral("status"), e.status},
                                     {QStringLiteral("assignee"), e.asAssignee},
                                     {QStringLiteral("reviewer"), e.asReviewer}});
        call.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CtlOk;
    }
    if (entries.isEmpty())
        call.notice(QStringLiteral("nothing is assigned to ") + me);
    for (const AssignedEntry &e : entries) {
        const QString as = e.asAssignee && e.asReviewer ? QStringLiteral("assignee+reviewer")
                           : e.asAssignee               ? QStringLiteral("assignee")
                                                        : QStringLiteral("reviewer");
        call.out() << e.digestDate.toString(Qt::ISODate) << '\t' << e.digestId << '\t' << e.position << '\t'
                   << as << '\t' << e.status << '\t' << e.arxivId << '\t'
                   << (e.zhTitle.isEmpty() ? e.title : e.zhTitle) << '\n';
    }
    return CtlOk;
}

int TeamCommands::activity(CtlCall &call)
{
    const QString sinceText = call.value(QStringLiteral("--since"));
    QDateTime since;
    if (!sinceText.isNull()) {
        const QDate day = QDate::fromString(sinceText, Qt::ISODate);
        if (!day.isValid() || sinceText.size() != 10)
            return call.usage(QStringLiteral("--since '") + sinceText +
                              QStringLiteral("' is not a date (YYYY-MM-DD)"));
        since = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    }
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QVector<ActivityEvent> events = library->team().activity(since, 500, &error);
    if (error.isError())
        return call.failed(error.message);
    if (call.isSet(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const ActivityEvent &e : events)
            array.append(QJsonObject{{QStringLiteral("at"), timeText(e.at)},
                                     {QStringLiteral("who"), e.who},
                                     {QStringLiteral("what"), e.what},
                                     {QStringLiteral("digest"), e.digestId},
                                     {QStringLiteral("position"), e.position}});
        call.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CtlOk;
    }
    for (const ActivityEvent &e : events)
        call.out() << timeText(e.at) << '\t' << e.who << '\t' << e.what << '\t' << e.digestId << '\t'
                   << e.position << '\n';
    return CtlOk;
}

int TeamCommands::setup(CtlCall &call)
{
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    if (!library->team().setUpRoles(&error))
        return call.failed(error.message);
    call.out() << "roles ready: digest_editor, digest_translator, digest_publisher, digest_admin\n";
    return CtlOk;
}

int TeamCommands::add(CtlCall &call)
{
    const QString name = call.argument(0);
    const QString role = call.value(QStringLiteral("--role"));
    if (!TeamRoles::roleNames().contains(role))
        return call.usage(QStringLiteral("--role '") + role +
                          QStringLiteral("' is not one of editor, translator, publisher, admin"));
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    const QString password =
        library->backend() == LibraryLocation::Backend::PostgreSQL ? memberPassword(call, name) : QString();
    LibraryError error;
    if (!library->team().addMember(name, role, call.value(QStringLiteral("--display-name")), password,
                                   &error))
        return call.failed(error.message);
    call.out() << name << " is a member of the team as " << role << '\n';
    return CtlOk;
}

int TeamCommands::list(CtlCall &call)
{
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QVector<TeamMember> members = library->team().members(&error);
    if (error.isError())
        return call.failed(error.message);
    if (call.isSet(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const TeamMember &m : members)
            array.append(QJsonObject{{QStringLiteral("name"), m.name},
                                     {QStringLiteral("display_name"),
                                      m.displayName.isEmpty() ? QJsonValue() : QJsonValue(m.displayName)},
                                     {QStringLiteral("roles"), QJsonArray::fromStringList(m.roles)}});
        call.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CtlOk;
    }
    if (members.isEmpty())
        call.notice(QStringLiteral("the team has no members yet ('team add NAME --role ROLE')"));
    for (const TeamMember &m : members)
        call.out() << m.name << '\t' << m.roles.join(QLatin1Char(',')) << '\t' << m.displayName << '\n';
    return CtlOk;
}

CTL_REGISTER(&TeamCommands::declare)

int TeamCommands::fourEyes(CtlCall &call)
{
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QString wanted = call.argument(0);
    if (!wanted.isEmpty()) {
        if (wanted != QLatin1String("on") && wanted != QLatin1String("off"))
            return call.usage(QStringLiteral("the four-eyes rule is on or off, not '") + wanted +
                              QLatin1Char('\''));
        if (!library->team().setFourEyes(wanted == QLatin1String("on"), &error))
            return call.failed(error.message);
    }
    const bool on = library->team().fourEyes(&error);
    if (error.isError())
        return call.failed(error.message);
    call.out() << (on ? "on" : "off") << '\n';
    return CtlOk;
}

} // namespace DigestStudio
