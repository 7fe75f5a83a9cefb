// When the morning run runs: 30 minutes after arXiv's announcement (20:00 New York, Sunday to Thursday) in
// the local zone, across both daylight-saving changes of New York and of Europe (weeks when the offsets
// differ), in Asia/Shanghai (no daylight saving), a chosen daily time; the crontab line; and the unit files
// systemd-analyze verify accepts. Expected times are worked out by hand from the zones' rules (New York: EDT
// from 2026-03-08 to 2026-11-01; Berlin: CEST from 2026-03-29 to 2026-10-25; Shanghai: UTC+8 all year).
#include "services/morningschedule.h"
#include "services/scheduleservice.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

namespace {

QTimeZone zone(const char *id)
{
    return QTimeZone(QByteArray(id));
}

} // namespace

class TestMorningSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runAfterAnnouncement_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("announced"); // a day in New York
        QTest::addColumn<QDateTime>("local"); // wall clock in `zone`, written as UTC-free date and time
        const auto at = [](int y, int m, int d, int h, int min) {
            return QDateTime(QDate(y, m, d), QTime(h, min));
        };
        // Shanghai: EST (UTC-5) gives 01:30 UTC, 09:30 the next day; EDT (UTC-4) gives 08:30.
        QTest::newRow("Shanghai, New York winter")
            << QStringLiteral("Asia/Shanghai") << QDate(2026, 1, 5) << at(2026, 1, 6, 9, 30);
        QTest::newRow("Shanghai, New York summer")
            << QStringLiteral("Asia/Shanghai") << QDate(2026, 7, 6) << at(2026, 7, 7, 8, 30);
        QTest::newRow("Shanghai, the Sunday New York springs forward")
            << QStringLiteral("Asia/Shanghai") << QDate(2026, 3, 8) << at(2026, 3, 9, 8, 30);
        QTest::newRow("Shanghai, the Sunday New York falls back")
            << QStringLiteral("Asia/Shanghai") << QDate(2026, 11, 1) << at(2026, 11, 2, 9, 30);
        // Berlin: the weeks when only one side has changed.
        QTest::newRow("Berlin winter")
            << QStringLiteral("Europe/Berlin") << QDate(2026, 1, 5) << at(2026, 1, 6, 2, 30);
        QTest::newRow("Berlin, New York summer, Berlin still winter")
            << QStringLiteral("Europe/Berlin") << QDate(2026, 3, 16) << at(2026, 3, 17, 1, 30);
        QTest::newRow("Berlin, both summer")
            << QStringLiteral("Europe/Berlin") << QDate(2026, 4, 6) << at(2026, 4, 7, 2, 30);
        QTest::newRow("Berlin back to winter, New York still summer")
            << QStringLiteral("Europe/Berlin") << QDate(2026, 10, 26) << at(2026, 10, 27, 1, 30);
        QTest::newRow("Berlin, both winter again")
            << QStringLiteral("Europe/Berlin") << QDate(2026, 11, 2) << at(2026, 11, 3, 2, 30);
        QTest::newRow("New York itself, summer")
            << QStringLiteral("America/New_York") << QDate(2026, 7, 6) << at(2026, 7, 6, 20, 30);
        QTest::newRow("New York itself, winter")
            << QStringLiteral("America/New_York") << QDate(2026, 12, 6) << at(2026, 12, 6, 20, 30);
    }

    void runAfterAnnouncement()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, announced);
        QFETCH(QDateTime, local);
        const QTimeZone here(zone.toLatin1());
        QVERIFY(here.isValid());
        const QDateTime run = MorningSchedule::runAfterAnnouncement(announced, here);
        QCOMPARE(run.date(), local.date());
        QCOMPARE(run.time(), local.time());
    }

    void nextRunSkipsFridayAndSaturdayInNewYork()
    {
        const QTimeZone shanghai = zone("Asia/Shanghai");
        const MorningSchedule schedule;
        // Friday 2026-12-04 12:00 UTC (07:00 in New York): no announcement Friday or Saturday; Sunday 20:30
        // EST is Monday 09:30 in Shanghai.
        const QDateTime friday(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        QDateTime next = schedule.nextRun(friday, shanghai);
        QCOMPARE(next.date(), QDate(2026, 12, 7));
        QCOMPARE(next.time(), QTime(9, 30));
        // Thursday 20:29 in New York: the run a minute later is Friday 09:30 in Shanghai; at 20:30 exactly,
        // the next is Monday's.
        const QDateTime thursday(QDate(2026, 12, 3), QTime(20, 29), MorningSchedule::announcementZone());
        next = schedule.nextRun(thursday, shanghai);
        QCOMPARE(next.date(), QDate(2026, 12, 4));
        QCOMPARE(next.time(), QTime(9, 30));
        next = schedule.nextRun(thursday.addSecs(60), shanghai);
        QCOMPARE(next.date(), QDate(2026, 12, 7));
    }

    void dailyAtIsLocal()
    {
        const MorningSchedule schedule = MorningSchedule::dailyAt(QTime(7, 15));
        QVERIFY(!schedule.followsAnnouncement());
        QCOMPARE(schedule.onCalendar(), QStringLiteral("*-*-* 07:15:00"));
        const QTimeZone shanghai = zone("Asia/Shanghai");
        const QDateTime after(QDate(2026, 12, 5), QTime(8, 0), shanghai); // a Saturday: runs every day
        const QDateTime next = schedule.nextRun(after, shanghai);
        QCOMPARE(next.date(), QDate(2026, 12, 6));
        QCOMPARE(next.time(), QTime(7, 15));
    }

    void calendarAndCrontab()
    {
        const MorningSchedule schedule;
        QCOMPARE(schedule.onCalendar(), QStringLiteral("Sun,Mon..Thu *-*-* 20:30:00 America/New_York"));
        const QDateTime now(QDate(2026, 12, 7), QTime(6, 0), Qt::UTC);
        // Shanghai in December: 09:30, Monday to Friday (cron's 1-5).
        QCOMPARE(schedule.crontab(QStringLiteral("/usr/bin/digestctl"), {}, now, zone("Asia/Shanghai")),
                 QStringLiteral("30 9 * * 1,2,3,4,5 /usr/bin/digestctl prepare"));
        // New York itself: 20:30, Sunday to Thursday.
        QCOMPARE(schedule.crontab(QStringLiteral("/usr/bin/digestctl"), {}, now,
                                  MorningSchedule::announcementZone()),
                 QStringLiteral("30 20 * * 0,1,2,3,4 /usr/bin/digestctl prepare"));
        QCOMPARE(MorningSchedule::dailyAt(QTime(7, 5))
                     .crontab(QStringLiteral("/opt/d s/digestctl"),
                              {QStringLiteral("--db"), QStringLiteral("it's.sqlite")}, now,
                              zone("Asia/Shanghai")),
                 QStringLiteral("5 7 * * * '/opt/d s/digestctl' --db 'it'\\''s.sqlite' prepare"));
    }

    void timerUnitReadsBack()
    {
        MorningSchedule read = MorningSchedule::dailyAt(QTime(1, 1));
        QVERIFY(MorningSchedule::fromTimerUnit(MorningSchedule().timerUnit(), &read));
        QVERIFY(read.followsAnnouncement());
        QVERIFY(MorningSchedule::fromTimerUnit(MorningSchedule::dailyAt(QTime(6, 45)).timerUnit(), &read));
        QCOMPARE(read.localTime(), QTime(6, 45));
        QVERIFY(MorningSchedule().timerUnit().contains(QStringLiteral("\nPersistent=true\n")));
        QVERIFY(!MorningSchedule::fromTimerUnit(QStringLiteral("[Timer]\nOnCalendar=hourly\n"), &read));
    }

    // systemd's own check of both units, as enable writes them (ExecStart: an executable that exists).
    void unitsPassSystemdAnalyzeVerify_data()
    {
        QTest::addColumn<bool>("daily");
        QTest::newRow("after the announcement") << false;
        QTest::newRow("daily at 07:15") << true;
    }

    void unitsPassSystemdAnalyzeVerify()
    {
        QFETCH(bool, daily);
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        QVERIFY2(!analyze.isEmpty(),
                 "systemd-analyze is missing (packaging/install-deps.sh installs systemd)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // No systemctl: the units are written, and the crontab line is offered.
        ScheduleService service(dir.filePath(QStringLiteral("systemd/user")),
                                QStringLiteral("/nonexistent/systemctl"));
        service.setCommand(QCoreApplication::applicationFilePath(),
                           {QStringLiteral("--db"), dir.filePath(QStringLiteral("my library.sqlite"))});
        const ScheduleService::Outcome enabled =
            service.enable(daily ? MorningSchedule::dailyAt(QTime(7, 15)) : MorningSchedule());
        QVERIFY2(enabled.ok, qPrintable(enabled.error));
        QVERIFY(!enabled.systemdManages);
        QVERIFY(!enabled.crontab.isEmpty());
        QCOMPARE(enabled.written.size(), 2);
        QProcess verify;
        verify.setProcessChannelMode(QProcess::MergedChannels);
        verify.start(analyze, QStringList{QStringLiteral("verify")} + enabled.written);
        QVERIFY(verify.waitForFinished(60000));
        const QString said = QString::fromUtf8(verify.readAll());
        QVERIFY2(verify.exitCode() == 0 && said.trimmed().isEmpty(), qPrintable(said));
        const ScheduleService::Outcome status = service.status();
        QVERIFY(status.enabled);
        QCOMPARE(status.schedule, daily ? MorningSchedule::dailyAt(QTime(7, 15)) : MorningSchedule());
        const ScheduleService::Outcome disabled = service.disable();
        QVERIFY(disabled.ok);
        for (const QString &path : enabled.written)
            QVERIFY(!QFile::exists(path));
        QVERIFY(!service.status().enabled);
    }
};

QTEST_GUILESS_MAIN(TestMorningSchedule)
#include "tst_morningschedule.moc"
