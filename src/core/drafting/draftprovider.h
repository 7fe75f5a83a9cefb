// One drafting protocol (OpenAI-compatible chat completions, DeepL): builds the HTTP request for an entry
// and makes the reader of its answer. Providers live in the DraftProviderRegistry.
#pragma once

#include "drafting/draftanswerreader.h"
#include "drafting/draftinput.h"
#include "drafting/draftsettings.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

#include <memory>

namespace DigestStudio {

struct DraftRequest
{
    QNetworkRequest request;
    QByteArray body; // POSTed
};

class DraftProvider
{
public:
    virtual ~DraftProvider() = default;
    virtual QString id() const = 0;   // `openai`, `deepl`
    virtual QString name() const = 0; // for people: `OpenAI-compatible (chat completions)`
    // What is missing from `settings` for this provider, in words; empty when it can draft.
    virtual QString problem(const DraftSettings &settings) const = 0;
    // The request; the key goes only into the Authorization header.
    virtual DraftRequest request(const DraftSettings &settings, const DraftInput &input) const = 0;
    virtual std::unique_ptr<DraftAnswerReader> reader() const = 0;
    // Whether the answer streams (partial text while it arrives).
    virtual bool streams() const = 0;
};

} // namespace DigestStudio
