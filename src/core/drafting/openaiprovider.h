// The OpenAI-compatible chat-completions protocol (OpenAI, DeepSeek, Qwen, Moonshot, Zhipu, Ollama, vLLM,
// llama.cpp): POST {base}/chat/completions with "stream": true, read as server-sent events.
#pragma once

#include "drafting/draftprovider.h"

#include <QJsonObject>

namespace DigestStudio {

class OpenAiProvider final : public DraftProvider
{
public:
    QString id() const override { return QStringLiteral("openai"); }
    QString name() const override { return QStringLiteral("OpenAI-compatible (chat completions)"); }
    QString problem(const DraftSettings &settings) const override;
    DraftRequest request(const DraftSettings &settings, const DraftInput &input) const override;
    std::unique_ptr<DraftAnswerReader> reader() const override;
    bool streams() const override { return true; }

    // The request body: model, messages, stream, usage, temperature, max_tokens, response_format, then
    // the extra JSON merged over it (a null value removes a key).
    static QJsonObject body(const DraftSettings &settings, const DraftInput &input);
    // The same for any two messages; without a stream the answer is one chat-completion object.
    static QJsonObject chatBody(const DraftSettings &settings, const QString &system, const QString &user,
                                bool stream);
    // The POST of `body` to the endpoint, the key only in the Authorization header.
    static DraftRequest post(const DraftSettings &settings, const QJsonObject &body,
                             const QByteArray &accept);
    // `{base}/chat/completions`, whether or not the base ends in `/`.
    static QUrl endpoint(const QUrl &base);
};

} // namespace DigestStudio
