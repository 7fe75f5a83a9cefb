#include "schedulecommands.h"

#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "services/scheduleservice.h"
#include "services/settingskeys.h"
#include "storage/librarylocation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DigestStudio {

namespace {

CtlCommand row(const char *subName, CtlCommand::Handler handler)
{
    return CtlCommand("schedule", subName, handler).inSection(CtlSection::Digests);
}

// The service runs this program on the library named here when it was named by an option or the
// environment (the timer's run does not see either); never with a password in the unit file.
bool setUp(CtlCall &call, ScheduleService *service)
{
    const LaunchConfig &config = call.context().config;
    QStringList arguments;
    const auto source = config.source(SettingsKeys::LibraryLocation.name());
    if (source == LaunchConfig::Source::Option || source == LaunchConfig::Source::Environment) {
        if (!LibraryLocation::parse(config.libraryLocation()).password().isEmpty()) {
            call.failed(
                QStringLiteral("the library's URL holds a password, which a unit file must not: give it "
                               "without the password (libpq then reads ~/.pgpass)"));
            return false;
        }
        arguments << QStringLiteral("--db") << config.libraryLocation();
    }
    service->setCommand(QCoreApplication::applicationFilePath(), arguments);
    return true;
}

int print(CtlCall &call, const ScheduleService::Outcome &outcome, bool json)
{
    if (!outcome.ok)
        return call.failed(outcome.error);
    if (json) {
        QJsonObject o{
            {QStringLiteral("scheduled"), outcome.enabled},
            {QStringLiteral("systemd"), outcome.systemdManages},
            {QStringLiteral("follows_announcement"), outcome.schedule.followsAnnouncement()},
            {QStringLiteral("at"),
             outcome.schedule.followsAnnouncement()
                 ? QJsonValue()
                 : QJsonValue(outcome.schedule.localTime().toString(QStringLiteral("HH:mm")))},
            {QStringLiteral("on_calendar"), outcome.enabled ? outcome.schedule.onCalendar() : QString()},
            {QStringLiteral("next_run"), outcome.enabled ? outcome.nextRun.toString(Qt::ISODate) : QString()},
            {QStringLiteral("crontab"), outcome.crontab},
            {QStringLiteral("files"), QJsonArray::fromStringList(outcome.written)}};
        call.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        call.out().flush();
        return CtlOk;
    }
    for (const QString &path : outcome.written)
        call.out() << "wrote " << path << '\n';
    if (outcome.enabled)
        call.out() << "next run " << outcome.nextRun.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm t"))
                   << " (" << outcome.schedule.onCalendar() << ")\n";
    for (const QString &message : outcome.messages)
        call.out() << message << '\n';
    if (!outcome.crontab.isEmpty())
        call.out() << outcome.crontab << '\n';
    call.out().flush();
    return CtlOk;
}

} // namespace

QVector<CtlCommand> ScheduleCommands::declare()
{
    return {
        row("enable", &ScheduleCommands::enable)
            .withSummary("run 'digestctl prepare' every announcement day with a systemd user timer")
            .withHelp(
                "Writes digest-studio-prepare.timer and .service into ~/.config/systemd/user and enables "
                "the timer with 'systemctl --user'. By default the run comes 30 minutes after arXiv's "
                "announcement (20:00 in New York, Sunday to Thursday): systemd follows daylight saving "
                "in New York and here, so the local time moves when either changes. The timer is "
                "persistent: a run missed while the machine slept happens when it wakes.\n\n"
                "Where systemd's user manager is not running, the units are still written, and the "
                "crontab line to add instead is printed (for the local zone now; it moves with daylight "
                "saving). The library named by --db or $DIGEST_DB is written into the service (never a "
                "password).")
            .withOption("--at", "HH:MM", "run every day at this local time instead"),
        row("disable", &ScheduleCommands::disable)
            .withSummary("stop and remove the morning run's timer")
            .withHelp("Disables the timer with 'systemctl --user' and removes both units."),
        row("status", &ScheduleCommands::status)
            .withSummary("whether the morning run is scheduled, and its next run")
            .withHelp(
                "Prints whether the timer is written and enabled, its calendar, the next run in the local "
                "zone, and without systemd the crontab line.")
            .withFlag("--json", "a JSON object {scheduled, systemd, follows_announcement, at, on_calendar, "
                                "next_run, crontab, files} instead"),
    };
}

int ScheduleCommands::enable(CtlCall &call)
{
    MorningSchedule schedule;
    const QString at = call.value(QStringLiteral("--at"));
    if (!at.isNull()) {
        const QTime time = QTime::fromString(at, QStringLiteral("HH:mm"));
        if (!time.isValid())
            return call.usage(QStringLiteral("--at takes a time like 07:15, not '") + at + QLatin1Char('\''));
        schedule = MorningSchedule::dailyAt(time);
    }
    ScheduleService service(ScheduleService::defaultUnitFolder(), QString());
    if (!setUp(call, &service))
        return CtlFailed;
    return print(call, service.enable(schedule), false);
}

int ScheduleCommands::disable(CtlCall &call)
{
    ScheduleService service(ScheduleService::defaultUnitFolder(), QString());
    return print(call, service.disable(), false);
}

int ScheduleCommands::status(CtlCall &call)
{
    ScheduleService service(ScheduleService::defaultUnitFolder(), QString());
    if (!setUp(call, &service))
        return CtlFailed;
    return print(call, service.status(), call.isSet(QStringLiteral("--json")));
}

CTL_REGISTER(&ScheduleCommands::declare)

} // namespace DigestStudio
