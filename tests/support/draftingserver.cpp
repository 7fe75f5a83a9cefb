#include "draftingserver.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace DigestStudio::Test {

namespace {

QStringList fieldsOf(const QJsonObject &o)
{
    return {o.value(QStringLiteral("zh_title")).toString(),
            o.value(QStringLiteral("zh_short_title")).toString(),
            o.value(QStringLiteral("zh_summary")).toString()};
}

QByteArray chunk(const QJsonObject &delta, const QJsonValue &finishReason)
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("delta"), delta},
                             {QStringLiteral("finish_reason"), finishReason}};
    const QJsonObject object{{QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
                             {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                             {QStringLiteral("model"), QStringLiteral("fake-drafting-server")},
                             {QStringLiteral("choices"), QJsonArray{choice}}};
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

} // namespace

QVector<DraftPaper> draftPapers()
{
    const QJsonArray array = QJsonDocument::fromJson(fixture(QStringLiteral("llm/papers.json"))).array();
    QVector<DraftPaper> papers;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        papers.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("tag")).toString(),
                       o.value(QStringLiteral("title")).toString(),
                       o.value(QStringLiteral("abstract")).toString(),
                       fieldsOf(o.value(QStringLiteral("answer")).toObject()),
                       fieldsOf(o.value(QStringLiteral("expected")).toObject())});
    }
    if (papers.isEmpty())
        qWarning("tests/fixtures/llm/papers.json holds no paper");
    return papers;
}

DraftingServer::DraftingServer(LoopbackHttpServer *server, const QString &path)
{
    server->handle(path, [this](const LoopbackHttpServer::Request &request) { return respond(request); });
}

void DraftingServer::answer(const QString &title, const QStringList &fields, int delayMs)
{
    m_answers.insert(title, {fields, delayMs});
}

void DraftingServer::answerPapers(const QVector<int> &delaysMs)
{
    const QVector<DraftPaper> papers = draftPapers();
    for (int i = 0; i < papers.size(); ++i)
        answer(papers.at(i).title, papers.at(i).answer, i < delaysMs.size() ? delaysMs.at(i) : 0);
}

QString DraftingServer::titleOf(const QByteArray &body)
{
    const QJsonArray messages =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &message : messages) {
        if (message.toObject().value(QStringLiteral("role")).toString() != QLatin1String("user"))
            continue;
        static const QRegularExpression line(QStringLiteral("^Title: (.*)$"),
                                             QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match =
            line.match(message.toObject().value(QStringLiteral("content")).toString());
        if (match.hasMatch())
            return match.captured(1);
    }
    return QString();
}

LoopbackHttpServer::Response DraftingServer::stream(const QStringList &fields)
{
    const QJsonObject draft{{QStringLiteral("zh_title"), fields.value(0)},
                            {QStringLiteral("zh_short_title"), fields.value(1)},
                            {QStringLiteral("zh_summary"), fields.value(2)}};
    const QString content = QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact));
    QVector<QByteArray> pieces{
        chunk({{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}},
              QJsonValue::Null)};
    for (int at = 0; at < content.size(); at += 7)
        pieces.append(chunk({{QStringLiteral("content"), content.mid(at, 7)}}, QJsonValue::Null));
    pieces.append(chunk({}, QStringLiteral("stop")));
    pieces.append("data: {\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion.chunk\",\"choices\":[],"
                  "\"usage\":{\"prompt_tokens\":400,\"completion_tokens\":100,\"total_tokens\":500}}\n\n");
    pieces.append("data: [DONE]\n\n");
    return LoopbackHttpServer::stream(pieces);
}

LoopbackHttpServer::Response DraftingServer::respond(const LoopbackHttpServer::Request &request)
{
    const QString title = titleOf(request.body);
    m_asked.append(title);
    const auto found = m_answers.constFind(title);
    if (found == m_answers.constEnd()) {
        const QJsonObject error{
            {QStringLiteral("message"),
             QString(QStringLiteral("the fake server knows no paper titled \"") + title + QLatin1Char('"'))},
            {QStringLiteral("type"), QStringLiteral("invalid_request_error")}};
        return LoopbackHttpServer::status(
            404, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(), "application/json");
    }
    LoopbackHttpServer::Response response = stream(found->fields);
    response.delayMs = found->delayMs;
    return response;
}

} // namespace DigestStudio::Test
