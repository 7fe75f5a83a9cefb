// digestctl's comments: comment (a thread on an entry, or a reply), resolve, comments (a digest's threads).
#pragma once

#include "ctlcommand.h"

#include <QVector>

namespace DigestStudio {

class CommentCommands final
{
public:
    static QVector<CtlCommand> declare();

    // `comment DIGEST POSITION [--field F] [--quote TEXT] [--reply-to ID] TEXT`: prints the comment's id.
    static int comment(CtlCall &call);
    // `resolve COMMENT_ID [--reopen]`.
    static int resolve(CtlCall &call);
    // `comments DIGEST [--json]`.
    static int comments(CtlCall &call);
};

} // namespace DigestStudio
