#include "teamcommands.h"

#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "storage/entryhistorystore.h"
#include "storage/library.h"
#include "storage/teamstore.h"
#include "text/characterdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace DigestStudio {

namespace {

const char *digestHelp = "a digest id, or a date YYYY-MM-DD (the latest digest of that day)";

// The id of the entry at POSITION (argument `index`) of DIGEST (argument 0); 0 after saying why (`status`).
qint64 entryAt(CtlCall &call, int index, int *status)
{
    bool ok = false;
    const int position = call.argument(index).toInt(&ok);
    if (!ok || position < 1) {
        *status = call.usage(QStringLiteral("POSITION '") + call.argument(index) +
                             QStringLiteral("' is not a positive number"));
        return 0;
    }
    *status = CtlFailed;
    const qint64 digestId = call.digestId(call.argument(0));
    if (digestId == 0)
        return 0;
    LibraryError error;
    const qint64 entryId = call.library()->entryIdAt(digestId, position, &error);
    if (entryId == 0)
        call.failed(error.message);
    return entryId;
}

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

QVector<CtlCommand> TeamCommands::declare()
{
    return {
        CtlCommand("log", &TeamCommands::log)
            .inSection(CtlSection::Team)
            .usingLibrary()
            .withSummary("who changed which field of an entry when, oldest first")
            .withHelp(
                "Prints the history of the entry at POSITION: every change of a field or of the status "
                "that landed, oldest first, each as a line with the time (UTC), the person and the "
                "field, then the change by character: removed text in [-...-], added text in {+...+} (a "
                "status as OLD -> NEW). "
                "On PostgreSQL the person is the database role that wrote it, as the server recorded "
                "it; on SQLite the name in the settings (Team/personName, else the system user's full "
                "name).")
            .withArgument("DIGEST", digestHelp)
            .withArgument("POSITION", "the entry's position in the digest, from 1")
            .withFlag("--json", "a JSON array of {\"field\", \"author\", \"at\", \"before\", \"after\"} "
                                "instead"),
        CtlCommand("assign", &TeamCommands::assign)
            .inSection(CtlSection::Team)
            .usingLibrary()
            .withSummary("assign an entry to a person and name its reviewer")
            .withHelp("Sets who the entry at POSITION is assigned to (--to) and who reviews it (--reviewer); "
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
                "Prints the entries this person (PostgreSQL: the database role; SQLite: the name in the "
                "settings) is the assignee or the reviewer of, newest digest first: the digest's date "
                "and id, the position, assignee or reviewer, the status, the arXiv id and the title.")
            .withFlag("--json", "a JSON array of {\"digest_id\", \"date\", \"position\", \"arxiv_id\", "
                                "\"title\", \"zh_title\", \"status\", \"assignee\", \"reviewer\"} "
                                "(the last two true or false) instead"),
    };
}

int TeamCommands::log(CtlCall &call)
{
    int status = CtlOk;
    const qint64 entryId = entryAt(call, 1, &status);
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
    const qint64 entryId = entryAt(call, 1, &status);
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

CTL_REGISTER(&TeamCommands::declare)

} // namespace DigestStudio
