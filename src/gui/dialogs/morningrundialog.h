// The morning run's settings (a Designer form), as `digestctl schedule` and `prepare` have them: when it runs
// (not, after each arXiv announcement, or every day at a time) through the systemd user timer or, without
// systemd, the crontab line shown; how many papers it proposes and the lowest score.
#pragma once

#include "services/morningschedule.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MorningRunDialog;
}

namespace DigestStudio {

class ScheduleService;

class MorningRunDialog final : public QDialog
{
    Q_OBJECT

public:
    // `schedule` (not owned) writes and reads the timer.
    explicit MorningRunDialog(ScheduleService *schedule, QWidget *parent = nullptr);
    ~MorningRunDialog() override;

    // Saves the numbers and enables, changes or disables the timer; false (and `error`) when that failed.
    bool save(QString *error);
    // What the last save said (the next run, the crontab line where systemd is absent).
    QString resultText() const;

public Q_SLOTS:
    void accept() override;

private:
    void load();
    void updateNextRun();
    MorningSchedule chosen() const;

    std::unique_ptr<Ui::MorningRunDialog> m_ui;
    ScheduleService *m_schedule;
    bool m_saved = false;
};

} // namespace DigestStudio
