#include "presencecommands.h"

#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "services/presenceservice.h"
#include "storage/library.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace DigestStudio {

namespace {

// One heartbeat period and a second: everyone present beats at least once in it (and answers the ask at
// once).
const int DefaultWaitSeconds = PresenceService::DefaultBeatMs / 1000 + 1;
const int MaxWaitSeconds = 30;

QJsonObject peerJson(const PresenceBeat &beat)
{
    return QJsonObject{
        {QStringLiteral("name"), beat.person},
        {QStringLiteral("display_name"), beat.displayName},
        {QStringLiteral("session"), beat.session},
        {QStringLiteral("position"), beat.position > 0 ? QJsonValue(beat.position) : QJsonValue()},
        {QStringLiteral("field"),
         beat.field ? QJsonValue(DigestEntry::fieldName(*beat.field)) : QJsonValue()},
        {QStringLiteral("typing"), beat.typing},
    };
}

} // namespace

QVector<CtlCommand> PresenceCommands::declare()
{
    return {
        CtlCommand("team", "who", &PresenceCommands::who)
            .inSection(CtlSection::Team)
            .usingLibrary()
            .withSummary("who has a digest open now, at which paper and field, and who is typing")
            .withHelp(
                "Listens to the team's presence heartbeats on a PostgreSQL library for a few seconds "
                "(asking everyone to answer at once), then prints one line per open window in DIGEST: "
                "the display name, the login role, the paper's position, the field (or -) and typing "
                "or -. A window whose heartbeats stopped (a crash) is left out within 15 s. It does not "
                "show the one asking. A SQLite library has one person: nobody else is ever present.")
            .withArgument("DIGEST", "a digest id, or a date YYYY-MM-DD (the latest digest of that day)")
            .withOption("--wait", "SECONDS",
                        "how long to listen, 1 to 30 (default 6: a heartbeat period and a "
                        "second)")
            .withFlag("--json", "a JSON array of {\"name\", \"display_name\", \"session\", \"position\", "
                                "\"field\", \"typing\"} instead (position and field null when none)"),
    };
}

int PresenceCommands::who(CtlCall &call)
{
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    int waitSeconds = DefaultWaitSeconds;
    if (call.isSet(QStringLiteral("--wait"))) {
        bool ok = false;
        waitSeconds = call.value(QStringLiteral("--wait")).toInt(&ok);
        if (!ok || waitSeconds < 1 || waitSeconds > MaxWaitSeconds)
            return call.usage(QStringLiteral("--wait takes a number of seconds from 1 to 30, not '") +
                              call.value(QStringLiteral("--wait")) + QLatin1Char('\''));
    }
    const qint64 digestId = call.digestId(call.argument(0));
    if (digestId == 0)
        return CtlFailed;
    PresenceService presence(*library);
    QVector<PresenceService::Peer> peers;
    if (presence.isAvailable()) {
        presence.start(false);
        if (!presence.lastError().isEmpty())
            return call.failed(presence.lastError());
        QEventLoop loop;
        QTimer::singleShot(waitSeconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        peers = presence.peers(digestId);
    } else {
        call.notice(QStringLiteral("a SQLite library has one person: nobody else is ever present"));
    }
    if (call.isSet(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const PresenceService::Peer &peer : peers)
            array.append(peerJson(peer.beat));
        call.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CtlOk;
    }
    const QString none = QStringLiteral("-");
    for (const PresenceService::Peer &peer : peers) {
        const PresenceBeat &b = peer.beat;
        call.out() << b.displayName << '\t' << b.person << '\t'
                   << (b.position > 0 ? QString::number(b.position) : none) << '\t'
                   << (b.field ? DigestEntry::fieldName(*b.field) : none) << '\t'
                   << (b.typing ? QStringLiteral("typing") : none) << '\n';
    }
    return CtlOk;
}

CTL_REGISTER(&PresenceCommands::declare)

} // namespace DigestStudio
