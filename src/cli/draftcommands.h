// digestctl's `draft`: machine drafts of the empty Chinese fields through the DraftingService.
#pragma once

#include "ctlrunner.h"

namespace DigestStudio {

class DraftCommands final
{
public:
    static void registerInto(QHash<QString, CtlRunner::Handler> *commands);

    // `draft DIGEST [POSITION...] [--overwrite] [--json]`: drafts the listed positions, else the unfinished
    // entries (not reviewed, a Chinese field empty). Fills only empty fields unless --overwrite; prints per
    // entry what was filled and what the checks say of the draft. Exit 1 when any entry failed; the others
    // are saved.
    static int draft(CtlContext &context, const QStringList &arguments);
};

} // namespace DigestStudio
