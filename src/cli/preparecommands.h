// The digestctl commands of the morning run: prepare (the day's digest made ready unattended, every decision
// left to the editor).
#pragma once

#include "ctlcommand.h"

#include <QVector>

namespace DigestStudio {

class PrepareCommands final
{
public:
    static QVector<CtlCommand> declare();

    // `prepare [--date YYYY-MM-DD] [--categories CAT,...] [--top N] [--min-score PERCENT] [--no-draft]
    // [--no-fulltext] [--wait SECONDS] [--json]`: the report, as text or as JSON.
    static int prepare(CtlCall &call);
};

} // namespace DigestStudio
