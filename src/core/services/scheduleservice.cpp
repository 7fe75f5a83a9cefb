#include "services/scheduleservice.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace DigestStudio {

namespace {

constexpr int SystemctlTimeoutMs = 15000;

QString unitPath(const QString &folder, const char *name)
{
    return QDir(folder).filePath(QString::fromLatin1(name));
}

} // namespace

ScheduleService::ScheduleService(const QString &unitFolder, const QString &systemctl, QObject *parent)
    : QObject(parent)
    , m_folder(unitFolder)
    , m_systemctl(systemctl.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("systemctl"))
                                      : systemctl)
{}

QString ScheduleService::defaultUnitFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("systemd/user"));
}

void ScheduleService::setCommand(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_arguments = arguments;
}

bool ScheduleService::systemctl(const QStringList &arguments, QString *output)
{
    if (m_systemctl.isEmpty())
        return false;
    QProcess process;
    process.start(m_systemctl, QStringList{QStringLiteral("--user")} + arguments);
    if (!process.waitForFinished(SystemctlTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    // 1 is "not enabled" for is-enabled; the user manager unreachable is a failure with a message.
    return process.exitStatus() == QProcess::NormalExit &&
           (process.exitCode() == 0 ||
            (process.exitCode() == 1 && arguments.value(0) == QLatin1String("is-enabled")));
}

bool ScheduleService::writeUnit(const QString &name, const QString &text, Outcome *outcome)
{
    if (!QDir().mkpath(m_folder)) {
        outcome->error = tr("cannot make the folder %1").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const QString path = QDir(m_folder).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        outcome->error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    outcome->written.append(path);
    return true;
}

ScheduleService::Outcome ScheduleService::enable(const MorningSchedule &schedule)
{
    Outcome outcome;
    outcome.schedule = schedule;
    if (!writeUnit(QString::fromLatin1(MorningSchedule::ServiceName),
                   MorningSchedule::serviceUnit(m_program, m_arguments), &outcome) ||
        !writeUnit(QString::fromLatin1(MorningSchedule::TimerName), schedule.timerUnit(), &outcome))
        return outcome;
    outcome.ok = outcome.enabled = true;
    if (systemctl({QStringLiteral("daemon-reload")}, nullptr) &&
        systemctl({QStringLiteral("enable"), QStringLiteral("--now"),
                   QString::fromLatin1(MorningSchedule::TimerName)},
                  nullptr)) {
        outcome.systemdManages = true;
        outcome.messages.append(
            tr("systemd runs it: %1 is enabled.").arg(QString::fromLatin1(MorningSchedule::TimerName)));
    } else {
        outcome.messages.append(tr("systemd's user manager is not running here: the units are written, but "
                                   "nothing runs them. Add this line to your crontab (crontab -e) instead:"));
    }
    describe(&outcome);
    return outcome;
}

ScheduleService::Outcome ScheduleService::disable()
{
    Outcome outcome;
    if (systemctl({QStringLiteral("disable"), QStringLiteral("--now"),
                   QString::fromLatin1(MorningSchedule::TimerName)},
                  nullptr))
        outcome.systemdManages = true;
    for (const char *name : {MorningSchedule::TimerName, MorningSchedule::ServiceName}) {
        const QString path = unitPath(m_folder, name);
        if (QFile::exists(path) && !QFile::remove(path)) {
            outcome.error = tr("cannot remove %1").arg(QDir::toNativeSeparators(path));
            return outcome;
        }
    }
    if (outcome.systemdManages)
        systemctl({QStringLiteral("daemon-reload")}, nullptr);
    outcome.ok = true;
    outcome.messages.append(tr("The morning run is no longer scheduled."));
    if (!outcome.systemdManages)
        outcome.messages.append(tr("systemd's user manager is not running here: remove the digestctl prepare "
                                   "line from your crontab (crontab -e) if you added one."));
    return outcome;
}

ScheduleService::Outcome ScheduleService::status()
{
    Outcome outcome;
    QFile timer(unitPath(m_folder, MorningSchedule::TimerName));
    outcome.ok = true;
    if (!timer.exists()) {
        outcome.messages.append(tr("The morning run is not scheduled (digestctl schedule enable)."));
        return outcome;
    }
    if (!timer.open(QIODevice::ReadOnly) ||
        !MorningSchedule::fromTimerUnit(QString::fromUtf8(timer.read(64 * 1024)), &outcome.schedule)) {
        outcome.ok = false;
        outcome.error = tr("%1 was not written by digestctl schedule enable; it is left alone")
                            .arg(QDir::toNativeSeparators(timer.fileName()));
        return outcome;
    }
    outcome.enabled = true;
    QString answer;
    outcome.systemdManages =
        systemctl({QStringLiteral("is-enabled"), QString::fromLatin1(MorningSchedule::TimerName)}, &answer) &&
        answer == QLatin1String("enabled");
    outcome.messages.append(outcome.systemdManages ? tr("systemd runs it.")
                                                   : tr("The units are written but systemd does not run them "
                                                        "here; the crontab line:"));
    describe(&outcome);
    return outcome;
}

void ScheduleService::describe(Outcome *outcome)
{
    const QDateTime now = QDateTime::currentDateTime();
    outcome->nextRun = outcome->schedule.nextRun(now, m_zone);
    if (!outcome->systemdManages)
        outcome->crontab = outcome->schedule.crontab(m_program, m_arguments, now, m_zone);
}

} // namespace DigestStudio
