// When the morning run runs: by default 30 minutes after arXiv's announcement (20:00 America/New_York, Sunday
// to Thursday), which moves in the local zone as daylight saving begins and ends on either side; or a local
// time the user chose, every day. The systemd timer and service that run it, and the crontab line where there
// is no systemd.
#pragma once

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace DigestStudio {

class MorningSchedule final
{
public:
    // The announcement's zone and time, and the default delay after it.
    static QTimeZone announcementZone();
    static QTime announcementTime() { return QTime(20, 0); }
    static constexpr int DefaultDelayMinutes = 30;
    static constexpr const char *TimerName = "digest-studio-prepare.timer";
    static constexpr const char *ServiceName = "digest-studio-prepare.service";

    // The default: after each announcement.
    MorningSchedule() = default;
    // Every day at `localTime` (in the zone the timer runs in).
    static MorningSchedule dailyAt(const QTime &localTime);

    bool followsAnnouncement() const { return !m_localTime.isValid(); }
    QTime localTime() const { return m_localTime; }

    // The first run strictly after `after`, expressed in `zone` (the user's local zone).
    QDateTime nextRun(const QDateTime &after, const QTimeZone &zone) const;
    // The local time of the run after the announcement of `announcementDay` (a day in New York).
    static QDateTime runAfterAnnouncement(const QDate &announcementDay, const QTimeZone &zone);

    // systemd's calendar event: `Sun,Mon..Thu *-*-* 20:30:00 America/New_York` (systemd does the daylight
    // saving of both zones), or `*-*-* 07:15:00`.
    QString onCalendar() const;
    // The units' text: the service runs `program ARGUMENTS prepare --notify` (arguments: a --db), the timer
    // is Persistent.
    QString timerUnit() const;
    static QString serviceUnit(const QString &program, const QStringList &arguments);
    // The crontab line(s) for a system without systemd, for the local zone at `now`.
    QString crontab(const QString &program, const QStringList &arguments, const QDateTime &now,
                    const QTimeZone &zone) const;
    // Reads a timer unit this class wrote; false for anything else.
    static bool fromTimerUnit(const QString &text, MorningSchedule *schedule);

    bool operator==(const MorningSchedule &other) const { return m_localTime == other.m_localTime; }

private:
    QTime m_localTime; // invalid: after the announcement
};

} // namespace DigestStudio
