// digestctl's presence command: `team who DIGEST`, who has the digest open now (what the window's paper list
// shows).
#pragma once

#include "ctlcommand.h"

#include <QVector>

namespace DigestStudio {

class PresenceCommands final
{
public:
    static QVector<CtlCommand> declare();

    // `team who DIGEST [--wait SECONDS] [--json]`: listens, then prints who is present in DIGEST.
    static int who(CtlCall &call);
};

} // namespace DigestStudio
