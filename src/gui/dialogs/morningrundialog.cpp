#include "dialogs/morningrundialog.h"

#include "services/scheduleservice.h"
#include "services/settingskeys.h"
#include "ui_morningrundialog.h"

#include <QPushButton>

namespace DigestStudio {

MorningRunDialog::MorningRunDialog(ScheduleService *schedule, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MorningRunDialog>())
    , m_schedule(schedule)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("morningRunDialog"));
    load();
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_ui->offButton),
                                    static_cast<QAbstractButton *>(m_ui->announcementButton),
                                    static_cast<QAbstractButton *>(m_ui->dailyButton)})
        connect(button, &QAbstractButton::toggled, this, &MorningRunDialog::updateNextRun);
    connect(m_ui->timeEdit, &QTimeEdit::timeChanged, this, &MorningRunDialog::updateNextRun);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MorningRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateNextRun();
}

MorningRunDialog::~MorningRunDialog() = default;

void MorningRunDialog::load()
{
    const QSettings settings;
    m_ui->topSpin->setValue(SettingsKeys::MorningTopCount.value(settings));
    m_ui->minScoreSpin->setValue(SettingsKeys::MorningMinScore.value(settings));
    const ScheduleService::Outcome status = m_schedule->status();
    m_ui->timeEdit->setTime(QTime(7, 0));
    if (!status.enabled) {
        m_ui->offButton->setChecked(true);
    } else if (status.schedule.followsAnnouncement()) {
        m_ui->announcementButton->setChecked(true);
    } else {
        m_ui->dailyButton->setChecked(true);
        m_ui->timeEdit->setTime(status.schedule.localTime());
    }
    m_ui->resultText->setPlainText(
        (status.messages + QStringList{status.crontab}).join(QLatin1Char('\n')).trimmed());
}

MorningSchedule MorningRunDialog::chosen() const
{
    return m_ui->dailyButton->isChecked() ? MorningSchedule::dailyAt(m_ui->timeEdit->time())
                                          : MorningSchedule();
}

void MorningRunDialog::updateNextRun()
{
    m_ui->timeEdit->setEnabled(m_ui->dailyButton->isChecked());
    if (m_ui->offButton->isChecked()) {
        m_ui->nextRunLabel->setText(
            tr("The morning run does not run by itself; digestctl prepare runs it by hand."));
        return;
    }
    const QDateTime next = chosen().nextRun(QDateTime::currentDateTime(), QTimeZone::systemTimeZone());
    m_ui->nextRunLabel->setText(
        tr("Next run: %1 (your time)").arg(QLocale().toString(next, QLocale::LongFormat)));
}

bool MorningRunDialog::save(QString *error)
{
    QSettings settings;
    SettingsKeys::MorningTopCount.setValue(settings, m_ui->topSpin->value());
    SettingsKeys::MorningMinScore.setValue(settings, m_ui->minScoreSpin->value());
    const ScheduleService::Outcome outcome =
        m_ui->offButton->isChecked() ? m_schedule->disable() : m_schedule->enable(chosen());
    m_ui->resultText->setPlainText(
        (outcome.messages + QStringList{outcome.crontab}).join(QLatin1Char('\n')).trimmed());
    if (!outcome.ok && error)
        *error = outcome.error;
    m_saved = outcome.ok;
    return outcome.ok;
}

QString MorningRunDialog::resultText() const
{
    return m_ui->resultText->toPlainText();
}

void MorningRunDialog::accept()
{
    QString error;
    if (!save(&error)) {
        m_ui->resultText->setPlainText(error);
        return;
    }
    QDialog::accept();
}

} // namespace DigestStudio
