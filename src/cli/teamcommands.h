// digestctl's team commands: an entry's history (`log`), assignments (`assign`, `mine`).
#pragma once

#include "ctlcommand.h"

#include <QVector>

namespace DigestStudio {

class TeamCommands final
{
public:
    static QVector<CtlCommand> declare();

    // `log DIGEST POSITION [--json]`: the entry's changes, oldest first.
    static int log(CtlCall &call);
    // `assign DIGEST POSITION [--to NAME] [--reviewer NAME]`: sets (or, without options, prints) them.
    static int assign(CtlCall &call);
    // `mine [--json]`: the entries this person is the assignee or the reviewer of.
    static int mine(CtlCall &call);
    // `team setup`, `team add NAME --role R [--display-name T]`, `team list [--json]` (PostgreSQL).
    static int setup(CtlCall &call);
    static int add(CtlCall &call);
    static int list(CtlCall &call);
    // `team four-eyes [on|off]`
    static int fourEyes(CtlCall &call);
    // `activity [--since DATE] [--json]`: newest first.
    static int activity(CtlCall &call);
};

} // namespace DigestStudio
