// digestctl's `add`: papers looked up (or known to the library) appended to a digest as entries.
#pragma once

#include "ctlcommand.h"

#include <QVector>

namespace DigestStudio {

class DigestCommands final
{
public:
    static QVector<CtlCommand> declare();

    // `add DIGEST ID|URL...`: PaperIntake looks the papers up (the library answers for known ones) and makes
    // an entry for each with the entry defaults; papers the digest has are skipped with a message. Any
    // malformed, missing or failed id: nothing is added, exit 1.
    static int add(CtlCall &call);
};

} // namespace DigestStudio
