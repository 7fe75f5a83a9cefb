// MorningRunDialog: the saved numbers and the timer's state shown; choosing "every day at" with real clicks
// and keys writes the timer units and the numbers; "not scheduled" removes the units; without systemd the
// crontab line is shown.
#include "dialogs/morningrundialog.h"
#include "services/scheduleservice.h"
#include "services/settingskeys.h"
#include "util/appinfo.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QtTest>

using namespace DigestStudio;

class TestMorningRunDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.path().toLocal8Bit());
        AppInfo::applyIdentity();
        QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
    }

    void dailyTimeIsWrittenAndOffRemovesIt()
    {
        const QString units = m_dir.filePath(QStringLiteral("units"));
        ScheduleService schedule(units, QStringLiteral("/nonexistent/systemctl"));
        schedule.setCommand(QStringLiteral("/usr/bin/digestctl"), {});
        {
            MorningRunDialog dialog(&schedule);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *off = dialog.findChild<QRadioButton *>(QStringLiteral("offButton"));
            QVERIFY(off->isChecked()); // nothing written yet
            QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("topSpin"))->value(), 12);
            // On its circle: a radio button stretched by the layout takes clicks on its circle and text only.
            auto *daily = dialog.findChild<QRadioButton *>(QStringLiteral("dailyButton"));
            QTest::mouseClick(daily, Qt::LeftButton, Qt::NoModifier, QPoint(6, daily->height() / 2));
            auto *time = dialog.findChild<QTimeEdit *>(QStringLiteral("timeEdit"));
            QVERIFY(time->isEnabled());
            time->setTime(QTime(6, 45));
            auto *top = dialog.findChild<QSpinBox *>(QStringLiteral("topSpin"));
            top->selectAll();
            QTest::keyClicks(top, QStringLiteral("10"));
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
        }
        QCOMPARE(SettingsKeys::MorningTopCount.value(QSettings()), 10);
        QFile timer(units + QStringLiteral("/digest-studio-prepare.timer"));
        QVERIFY(timer.open(QIODevice::ReadOnly));
        QVERIFY(timer.readAll().contains("OnCalendar=*-*-* 06:45:00"));
        timer.close();
        {
            MorningRunDialog dialog(&schedule);
            dialog.show();
            QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("dailyButton"))->isChecked());
            QCOMPARE(dialog.findChild<QTimeEdit *>(QStringLiteral("timeEdit"))->time(), QTime(6, 45));
            // No systemd here: the crontab line is offered.
            QVERIFY2(dialog.resultText().contains(QStringLiteral("45 6 * * * /usr/bin/digestctl prepare")),
                     qPrintable(dialog.resultText()));
            auto *off = dialog.findChild<QRadioButton *>(QStringLiteral("offButton"));
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::mouseClick(off, Qt::LeftButton, Qt::NoModifier, QPoint(6, off->height() / 2));
            QVERIFY(off->isChecked());
            QString error;
            QVERIFY2(dialog.save(&error), qPrintable(error));
        }
        QVERIFY(!timer.exists());
    }
};

QTEST_MAIN(TestMorningRunDialog)
#include "tst_morningrundialog.moc"
