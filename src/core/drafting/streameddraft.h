// Reads the Chinese fields out of a draft still streaming in: the JSON object the model is writing, cut
// anywhere, or plain text (shown as the summary). Tolerant by design: it shows what has arrived so far; the
// finished answer is parsed strictly by the drafting core.
#pragma once

#include "drafting/draftfields.h"

#include <QString>

namespace DigestStudio {

class StreamedDraft final
{
public:
    static DraftFields read(const QString &textSoFar);

private:
    // The string value of `"key":` as far as it has arrived; false when the key has not appeared yet.
    static bool value(const QString &text, const QString &key, QString *out);
};

} // namespace DigestStudio
