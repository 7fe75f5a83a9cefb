#include "teamcommands.h"

#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "storage/entryhistorystore.h"
#include "storage/library.h"
#include "text/characterdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
            .withHelp("Prints the history of the entry at POSITION: every change of a field or of the status "
                      "that landed, oldest first, each as a line with the time (UTC), the person and the "
                      "field, then the change by character: removed text in [-...-], added text in {+...+}. "
                      "On PostgreSQL the person is the database role that wrote it, as the server recorded "
                      "it; on SQLite the name in the settings (Team/personName, else the system user's full "
                      "name).")
            .withArgument("DIGEST", digestHelp)
            .withArgument("POSITION", "the entry's position in the digest, from 1")
            .withFlag("--json", "a JSON array of {\"field\", \"author\", \"at\", \"before\", \"after\"} "
                                "instead"),
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
        call.out() << "  " << CharacterDiff::marked(event.before, event.after) << '\n';
    }
    return CtlOk;
}

CTL_REGISTER(&TeamCommands::declare)

} // namespace DigestStudio
