// The digestctl commands that schedule the morning run with the system's own tools: schedule enable,
// disable and status (a systemd user timer, else the crontab line).
#pragma once

#include "ctlcommand.h"

#include <QVector>

namespace DigestStudio {

class ScheduleCommands final
{
public:
    static QVector<CtlCommand> declare();

    // `schedule enable [--at HH:MM]`: writes and enables the timer and service; prints the next run.
    static int enable(CtlCall &call);
    // `schedule disable`: disables and removes them.
    static int disable(CtlCall &call);
    // `schedule status [--json]`: whether it is scheduled, when, and the next run.
    static int status(CtlCall &call);
};

} // namespace DigestStudio
