// digestctl's publish command: a digest as a draft in the WeChat Official Account draft box, through
// PublishingService.
#pragma once

#include "ctlcommand.h"

#include <QVector>

namespace DigestStudio {

class PublishCommands final
{
public:
    static QVector<CtlCommand> declare();

    // `publish wechat DIGEST [--title T] [--author NAME] [--cover FILE] [--digest TEXT] [--comments on|off]
    // [--source-url URL] [--force]`: prints the draft's media_id; exit 1 with the error in words; a digest
    // published before needs --force (nothing is sent without it).
    static int publishWeChat(CtlCall &call);
};

} // namespace DigestStudio
