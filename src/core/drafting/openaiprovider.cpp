#include "drafting/openaiprovider.h"

#include "drafting/chatchunkdecoder.h"
#include "drafting/draftjsonparser.h"
#include "drafting/draftprompt.h"
#include "drafting/sseparser.h"
#include "drafting/thinkstripper.h"
#include "util/secrettext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace DigestStudio {

namespace {

class ChatStreamReader final : public DraftAnswerReader
{
public:
    bool feed(const QByteArray &bytes) override
    {
        if (!m_error.isEmpty())
            return false;
        if (m_mode == Mode::Unknown) {
            const QByteArray start = QByteArray(m_head + bytes).trimmed();
            if (start.isEmpty()) {
                m_head += bytes;
                return true;
            }
            // A server that ignores "stream" answers with one JSON object.
            m_mode = start.startsWith('{') ? Mode::Whole : Mode::Stream;
            const QByteArray all = m_head + bytes;
            m_head.clear();
            return feedMode(all);
        }
        return feedMode(bytes);
    }

    QString textSoFar() const override { return m_visible; }

    bool finish(DraftFields *fields) override
    {
        if (m_mode == Mode::Whole)
            take(ChatChunkDecoder::decode(m_head));
        else
            handle([this](QVector<SseEvent> *events) { m_parser.finish(events); });
        if (!m_error.isEmpty())
            return false;
        if (m_mode != Mode::Whole && !m_done) {
            m_error = QCoreApplication::translate("DigestStudio::OpenAiProvider",
                                                  "The answer stream ended without [DONE]: it was cut off.");
            return false;
        }
        if (m_finishReason == QLatin1String("length")) {
            m_error = QCoreApplication::translate("DigestStudio::OpenAiProvider",
                                                  "The answer was cut off at the max-tokens limit.");
            return false;
        }
        m_visible += m_think.finish();
        return DraftJsonParser::parse(m_visible, fields, &m_error);
    }

    QString error() const override { return m_error; }
    int tokensUsed() const override { return m_tokens; }

private:
    enum class Mode { Unknown, Stream, Whole };

    bool feedMode(const QByteArray &bytes)
    {
        if (m_mode == Mode::Whole) {
            m_head += bytes;
            return true;
        }
        handle([this, &bytes](QVector<SseEvent> *events) { m_parser.feed(bytes, events); });
        return m_error.isEmpty();
    }

    template<typename Parse>
    void handle(Parse parse)
    {
        m_events.clear();
        parse(&m_events);
        for (const SseEvent &event : std::as_const(m_events)) {
            if (!m_error.isEmpty())
                return;
            if (m_done)
                continue; // nothing after [DONE] counts
            take(ChatChunkDecoder::decode(event.data));
        }
    }

    void take(const ChatChunk &chunk)
    {
        if (chunk.invalid) {
            m_error = QCoreApplication::translate(
                "DigestStudio::OpenAiProvider",
                "The answer is not a chat-completions stream (a line is not JSON).");
            return;
        }
        if (!chunk.error.isEmpty()) {
            m_error = QCoreApplication::translate("DigestStudio::OpenAiProvider",
                                                  "The server reported an error: %1")
                          .arg(chunk.error);
            return;
        }
        if (chunk.done) {
            m_done = true;
            return;
        }
        if (chunk.totalTokens >= 0)
            m_tokens = chunk.totalTokens;
        if (!chunk.finishReason.isEmpty())
            m_finishReason = chunk.finishReason;
        if (!chunk.content.isEmpty())
            m_visible += m_think.feed(chunk.content);
    }

    Mode m_mode = Mode::Unknown;
    QByteArray m_head;
    SseParser m_parser;
    QVector<SseEvent> m_events;
    ThinkStripper m_think;
    QString m_visible;
    QString m_error;
    QString m_finishReason;
    bool m_done = false;
    int m_tokens = 0;
};

} // namespace

QString OpenAiProvider::problem(const DraftSettings &settings) const
{
    if (!settings.baseUrl.isValid() || settings.baseUrl.scheme().isEmpty())
        return QCoreApplication::translate(
            "DigestStudio::OpenAiProvider",
            "No base URL is set for the drafting model (--llm-url, $DIGEST_LLM_URL or the settings).");
    if (settings.model.trimmed().isEmpty())
        return QCoreApplication::translate(
            "DigestStudio::OpenAiProvider",
            "No drafting model is set (--llm-model, $DIGEST_LLM_MODEL or the settings).");
    // Checked again at each request: a URL from anywhere (an old settings file, a test) never gets the key in
    // clear text.
    if (SecretText::isCleartext(settings.baseUrl))
        return QCoreApplication::translate(
                   "DigestStudio::OpenAiProvider",
                   "The drafting URL %1 would send the key in clear text: use https:// "
                   "(http:// only to this machine: localhost, 127.0.0.1, ::1).")
            .arg(SecretText::url(settings.baseUrl.toString()));
    return QString();
}

QUrl OpenAiProvider::endpoint(const QUrl &base)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/chat/completions"));
    return url;
}

QJsonObject OpenAiProvider::body(const DraftSettings &settings, const DraftInput &input)
{
    const DraftPrompt prompt = DraftPrompt::build(input);
    return chatBody(settings, prompt.system, prompt.user, true);
}

QJsonObject OpenAiProvider::chatBody(const DraftSettings &settings, const QString &system,
                                     const QString &user, bool stream)
{
    QJsonObject body{
        {QStringLiteral("model"), settings.model},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), system}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), user}}}},
        {QStringLiteral("stream"), stream},
        {QStringLiteral("temperature"), settings.temperature},
        {QStringLiteral("max_tokens"), settings.maxTokens},
        {QStringLiteral("response_format"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}},
    };
    if (stream)
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    for (auto it = settings.extraJson.constBegin(); it != settings.extraJson.constEnd(); ++it) {
        if (it.value().isNull())
            body.remove(it.key());
        else
            body.insert(it.key(), it.value());
    }
    return body;
}

DraftRequest OpenAiProvider::post(const DraftSettings &settings, const QJsonObject &body,
                                  const QByteArray &accept)
{
    DraftRequest draft;
    draft.request.setUrl(endpoint(settings.baseUrl));
    draft.request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    draft.request.setRawHeader("Accept", accept);
    if (!settings.apiKey.isEmpty())
        draft.request.setRawHeader("Authorization", "Bearer " + settings.apiKey.toUtf8());
    draft.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return draft;
}

DraftRequest OpenAiProvider::request(const DraftSettings &settings, const DraftInput &input) const
{
    return post(settings, body(settings, input), QByteArrayLiteral("text/event-stream"));
}

std::unique_ptr<DraftAnswerReader> OpenAiProvider::reader() const
{
    return std::make_unique<ChatStreamReader>();
}

} // namespace DigestStudio
