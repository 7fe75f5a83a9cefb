// The chat request that asks a model to name the institutions of a PDF author block the rules could not
// split, copying each name from the block as written.
#pragma once

#include "drafting/draftprovider.h"
#include "drafting/draftsettings.h"

#include <QString>
#include <QStringList>

namespace DigestStudio {

class AuthorBlockPrompt final
{
public:
    // The most of a block sent (a real author block is under 2,000 characters; a collaboration's is cut).
    static constexpr int MaxBlockChars = 6000;

    // The block's lines joined by '\n', cut after the last whole line within MaxBlockChars.
    static QString blockText(const QStringList &lines);
    static QString system();
    static QString user(const QString &blockText);
    // POST {base}/chat/completions without a stream: the answer is one chat-completion object.
    static DraftRequest request(const DraftSettings &settings, const QString &blockText);
};

} // namespace DigestStudio
