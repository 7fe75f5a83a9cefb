// Reads one provider answer as it arrives: the visible text so far, tokens used, and at the end the draft
// (still masked) or what went wrong.
#pragma once

#include "drafting/draftfields.h"

#include <QByteArray>
#include <QString>

namespace DigestStudio {

class DraftAnswerReader
{
public:
    virtual ~DraftAnswerReader() = default;
    // The next bytes of a successful (2xx) answer; false once the answer is known to be bad (error()).
    virtual bool feed(const QByteArray &bytes) = 0;
    // The answer's text so far, as a person would read it (think blocks and reasoning removed).
    virtual QString textSoFar() const = 0;
    // The answer ended: the draft, or false with error().
    virtual bool finish(DraftFields *fields) = 0;
    virtual QString error() const = 0;
    // Tokens the server says the request used; 0 when it did not say.
    virtual int tokensUsed() const { return 0; }
};

} // namespace DigestStudio
