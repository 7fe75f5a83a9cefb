// digestctl's publish command: a digest as a draft in the WeChat Official Account draft box, through
// PublishingService.
#pragma once

#include "ctlrunner.h"

namespace DigestStudio {

class PublishCommands final
{
public:
    static void registerInto(QHash<QString, CtlRunner::Handler> *commands);

    // `publish wechat DIGEST [--title T] [--author NAME] [--cover FILE] [--digest TEXT] [--comments on|off]
    // [--source-url URL] [--force]`: prints the draft's media_id; exit 1 with the error in words; a digest
    // published before needs --force (nothing is sent without it).
    static int publish(CtlContext &context, const QStringList &arguments);
};

} // namespace DigestStudio
