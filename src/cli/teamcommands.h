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
};

} // namespace DigestStudio
