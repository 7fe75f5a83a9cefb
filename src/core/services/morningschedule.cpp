#include "services/morningschedule.h"

#include <QRegularExpression>
#include <QStringList>

namespace DigestStudio {

namespace {

// systemd quotes: a word with a space or a quote in double quotes, with \ and " escaped.
QString quoted(const QString &word)
{
    if (!word.isEmpty() && !word.contains(QRegularExpression(QStringLiteral("[\\s\"'\\\\$%;]"))))
        return word;
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%")).replace(QLatin1Char('$'), QStringLiteral("$$"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// A POSIX shell word.
QString shellWord(const QString &word)
{
    if (!word.isEmpty() && !word.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./:=@+-]"))))
        return word;
    QString escaped = word;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

const QTime runTime()
{
    return MorningSchedule::announcementTime().addSecs(MorningSchedule::DefaultDelayMinutes * 60);
}

} // namespace

QTimeZone MorningSchedule::announcementZone()
{
    return QTimeZone(QByteArrayLiteral("America/New_York"));
}

MorningSchedule MorningSchedule::dailyAt(const QTime &localTime)
{
    MorningSchedule schedule;
    schedule.m_localTime = QTime(localTime.hour(), localTime.minute());
    return schedule;
}

QDateTime MorningSchedule::runAfterAnnouncement(const QDate &announcementDay, const QTimeZone &zone)
{
    return QDateTime(announcementDay, runTime(), announcementZone()).toTimeZone(zone);
}

QDateTime MorningSchedule::nextRun(const QDateTime &after, const QTimeZone &zone) const
{
    if (!followsAnnouncement()) {
        const QDate today = after.toTimeZone(zone).date();
        for (int d = 0; d < 3; ++d) {
            const QDateTime candidate(today.addDays(d), m_localTime, zone);
            if (candidate > after)
                return candidate;
        }
        return QDateTime();
    }
    // Sunday (7) to Thursday (4) in New York.
    const QDate newYorkToday = after.toTimeZone(announcementZone()).date();
    for (int d = 0; d < 8; ++d) {
        const QDate day = newYorkToday.addDays(d);
        if (day.dayOfWeek() == 5 || day.dayOfWeek() == 6)
            continue;
        const QDateTime candidate = runAfterAnnouncement(day, zone);
        if (candidate > after)
            return candidate;
    }
    return QDateTime();
}

QString MorningSchedule::onCalendar() const
{
    if (!followsAnnouncement())
        return QStringLiteral("*-*-* ") + m_localTime.toString(QStringLiteral("HH:mm")) +
               QStringLiteral(":00");
    return QStringLiteral("Sun,Mon..Thu *-*-* ") + runTime().toString(QStringLiteral("HH:mm")) +
           QStringLiteral(":00 ") + QString::fromLatin1(announcementZone().id());
}

QString MorningSchedule::timerUnit() const
{
    return QStringLiteral("# Written by digestctl schedule enable; digestctl schedule disable removes it.\n"
                          "[Unit]\n"
                          "Description=Digest Studio: the morning run (digestctl prepare)\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=") +
           onCalendar() +
           QStringLiteral("\n"
                          "# A run missed while the machine slept or was off happens when it wakes.\n"
                          "Persistent=true\n"
                          "Unit=") +
           QLatin1String(ServiceName) +
           QStringLiteral("\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n");
}

QString MorningSchedule::serviceUnit(const QString &program, const QStringList &arguments)
{
    QStringList words{quoted(program)};
    for (const QString &argument : arguments)
        words.append(quoted(argument));
    // The run's end is said on the desktop (the user session's bus, which a user service has).
    words << QStringLiteral("prepare") << QStringLiteral("--notify");
    return QStringLiteral("# Written by digestctl schedule enable.\n"
                          "[Unit]\n"
                          "Description=Digest Studio: prepare the day's digest\n"
                          "Wants=network-online.target\n"
                          "After=network-online.target\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=") +
           words.join(QLatin1Char(' ')) + QLatin1Char('\n');
}

QString MorningSchedule::crontab(const QString &program, const QStringList &arguments, const QDateTime &now,
                                 const QTimeZone &zone) const
{
    QStringList words{shellWord(program)};
    for (const QString &argument : arguments)
        words.append(shellWord(argument));
    words.append(QStringLiteral("prepare"));
    const QString command = words.join(QLatin1Char(' '));
    if (!followsAnnouncement())
        return QStringLiteral("%1 %2 * * * %3")
            .arg(m_localTime.minute())
            .arg(m_localTime.hour())
            .arg(command);
    // cron has no zone of its own: the next run's local time and weekdays, right until daylight saving
    // changes on either side (cronie's CRON_TZ line does better where it is supported).
    const QDateTime next = nextRun(now, zone);
    const int shift = next.date().dayOfWeek() - next.toTimeZone(announcementZone()).date().dayOfWeek();
    QStringList days;
    for (const int newYorkDay : {0, 1, 2, 3, 4})
        days.append(QString::number(((newYorkDay + shift) % 7 + 7) % 7));
    return QStringLiteral("%1 %2 * * %3 %4")
        .arg(next.time().minute())
        .arg(next.time().hour())
        .arg(days.join(QLatin1Char(',')), command);
}

bool MorningSchedule::fromTimerUnit(const QString &text, MorningSchedule *schedule)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^OnCalendar=(.*)$"), QRegularExpression::MultilineOption)
            .match(text);
    if (!match.hasMatch())
        return false;
    const QString calendar = match.captured(1).trimmed();
    if (calendar == MorningSchedule().onCalendar()) {
        *schedule = MorningSchedule();
        return true;
    }
    const QRegularExpressionMatch daily =
        QRegularExpression(QStringLiteral("^\\*-\\*-\\* (\\d\\d):(\\d\\d):00$")).match(calendar);
    if (!daily.hasMatch())
        return false;
    *schedule = dailyAt(QTime(daily.captured(1).toInt(), daily.captured(2).toInt()));
    return schedule->localTime().isValid();
}

} // namespace DigestStudio
