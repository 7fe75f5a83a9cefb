// The morning run's schedule with the system's own tools, for both faces: the systemd user timer and service
// written to (and removed from) the user's unit folder and enabled with `systemctl --user`; where systemd is
// absent, the units are still written and the crontab line is offered instead.
#pragma once

#include "services/morningschedule.h"

#include <QObject>
#include <QStringList>

namespace DigestStudio {

class ScheduleService final : public QObject
{
    Q_OBJECT

public:
    // What enable, disable and status found and did.
    struct Outcome
    {
        bool ok = false;
        bool enabled = false;        // the timer unit is there
        bool systemdManages = false; // systemctl --user answered: the timer is (or was) enabled with it
        MorningSchedule schedule;
        QDateTime nextRun;    // local
        QStringList written;  // unit files
        QString crontab;      // when systemd does not manage it
        QStringList messages; // in words, for the user
        QString error;
    };

    // `unitFolder`: ~/.config/systemd/user ($XDG_CONFIG_HOME/systemd/user); `systemctl`: the program, empty
    // to look it up on the PATH; `program` and `arguments`: what the service runs (digestctl and its --db).
    ScheduleService(const QString &unitFolder, const QString &systemctl, QObject *parent = nullptr);

    static QString defaultUnitFolder();
    void setCommand(const QString &program, const QStringList &arguments);
    void setZone(const QTimeZone &zone) { m_zone = zone; }

    Outcome enable(const MorningSchedule &schedule);
    Outcome disable();
    Outcome status();

private:
    // False when systemd's user manager cannot be reached (no systemd, no user session).
    bool systemctl(const QStringList &arguments, QString *output);
    bool writeUnit(const QString &name, const QString &text, Outcome *outcome);
    void describe(Outcome *outcome);

    QString m_folder;
    QString m_systemctl;
    QString m_program;
    QStringList m_arguments;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace DigestStudio
