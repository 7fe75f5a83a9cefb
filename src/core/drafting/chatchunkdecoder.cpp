#include "drafting/chatchunkdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DigestStudio {

namespace {

QString errorText(const QJsonValue &error)
{
    if (error.isString())
        return error.toString();
    const QJsonObject object = error.toObject();
    QString message = object.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return message.isEmpty() ? QStringLiteral("unknown error") : message;
}

int usageTokens(const QJsonObject &usage)
{
    if (usage.contains(QStringLiteral("total_tokens")))
        return usage.value(QStringLiteral("total_tokens")).toInt();
    return usage.value(QStringLiteral("prompt_tokens")).toInt() +
           usage.value(QStringLiteral("completion_tokens")).toInt();
}

} // namespace

ChatChunk ChatChunkDecoder::decode(const QByteArray &data)
{
    ChatChunk chunk;
    if (data.trimmed() == "[DONE]") {
        chunk.done = true;
        return chunk;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        chunk.invalid = true;
        return chunk;
    }
    const QJsonObject object = document.object();
    if (object.contains(QStringLiteral("error")) && !object.value(QStringLiteral("error")).isNull()) {
        chunk.error = errorText(object.value(QStringLiteral("error")));
        return chunk;
    }
    const QJsonValue usage = object.value(QStringLiteral("usage"));
    if (usage.isObject())
        chunk.totalTokens = usageTokens(usage.toObject());
    const QJsonArray choices = object.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return chunk;
    const QJsonObject choice = choices.first().toObject();
    chunk.finishReason = choice.value(QStringLiteral("finish_reason")).toString();
    // `delta` while streaming; `message` when a server answers the whole thing at once. Only `content`
    // counts: `reasoning_content` (DeepSeek, Qwen) and `reasoning` (Ollama, OpenRouter) are the model's
    // thinking.
    const QJsonObject delta = choice.contains(QStringLiteral("delta"))
                                  ? choice.value(QStringLiteral("delta")).toObject()
                                  : choice.value(QStringLiteral("message")).toObject();
    chunk.content = delta.value(QStringLiteral("content")).toString();
    return chunk;
}

} // namespace DigestStudio
