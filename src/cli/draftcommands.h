// digestctl's `draft`: machine drafts of the empty Chinese fields through the DraftingService.
#pragma once

#include "ctlcommand.h"

#include <QVector>

namespace DigestStudio {

class DraftCommands final
{
public:
    static QVector<CtlCommand> declare();

    // `draft DIGEST [POSITION...] [--overwrite] [--json]`: drafts the listed positions, else the unfinished
    // entries (not reviewed, a Chinese field empty). Fills only empty fields unless --overwrite; prints per
    // entry what was filled and what the checks say of the draft. Exit 1 when any entry failed; the others
    // are saved.
    static int draft(CtlCall &call);
};

} // namespace DigestStudio
