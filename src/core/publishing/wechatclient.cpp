#include "publishing/wechatclient.h"

#include "util/requestscheduler.h"
#include "util/scheduledreply.h"
#include "util/secrettext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace DigestStudio {

namespace {

// A multipart/form-data body with the one `media` part WeChat reads; made as bytes so that it can be sent
// again as it is.
QByteArray mediaBody(const QByteArray &boundary, const QByteArray &data, const QString &fileName,
                     const QString &mimeType)
{
    QByteArray body = "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"media\"; filename=\"" + fileName.toUtf8() +
            "\"; filelength=" + QByteArray::number(data.size()) + "\r\n";
    body += "Content-Type: " + mimeType.toUtf8() + "\r\n\r\n";
    body += data;
    body += "\r\n--" + boundary + "--\r\n";
    return body;
}

QByteArray newBoundary()
{
    return "boundary_" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

} // namespace

WeChatClient::WeChatClient(RequestScheduler *scheduler, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_baseUrl(baseUrl)
{
    m_policy.maxRetries = MaxRetries;
    m_policy.backoffMs = 1000;
    m_policy.transferTimeoutMs = TimeoutMs;
    m_policy.deadlineMs = DefaultDeadlineMs;
    m_policy.maxAnswerBytes = WeChatAnswer::MaxAnswerBytes;
    if (!m_scheduler->hasLane(laneName())) {
        RequestLane lane;
        lane.maxConnections = 1; // the draft box is filled one call at a time
        lane.policy = m_policy;
        m_scheduler->setLane(laneName(), lane);
    }
}

WeChatClient::~WeChatClient()
{
    abort();
}

QUrl WeChatClient::url(const QString &path, const QString &token,
                       const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QUrlQuery q;
    if (!token.isEmpty())
        q.addQueryItem(QStringLiteral("access_token"), token);
    for (const auto &item : query)
        q.addQueryItem(item.first, item.second);
    url.setQuery(q);
    return url;
}

void WeChatClient::requestToken(const QString &appId, const QString &secret, Callback done)
{
    QJsonObject body;
    body.insert(QStringLiteral("grant_type"), QStringLiteral("client_credential"));
    body.insert(QStringLiteral("appid"), appId);
    body.insert(QStringLiteral("secret"), secret);
    post(url(QStringLiteral("/cgi-bin/stable_token"), QString()), "application/json",
         QJsonDocument(body).toJson(QJsonDocument::Compact), Call::Repeatable, std::move(done));
}

void WeChatClient::uploadImage(const QString &token, const QByteArray &data, const QString &fileName,
                               const QString &mimeType, Callback done)
{
    const QByteArray boundary = newBoundary();
    post(url(QStringLiteral("/cgi-bin/media/uploadimg"), token),
         "multipart/form-data; boundary=\"" + boundary + '"', mediaBody(boundary, data, fileName, mimeType),
         Call::Repeatable, std::move(done));
}

void WeChatClient::addImageMaterial(const QString &token, const QByteArray &data, const QString &fileName,
                                    const QString &mimeType, Callback done)
{
    const QByteArray boundary = newBoundary();
    post(url(QStringLiteral("/cgi-bin/material/add_material"), token,
             {qMakePair(QStringLiteral("type"), QStringLiteral("image"))}),
         "multipart/form-data; boundary=\"" + boundary + '"', mediaBody(boundary, data, fileName, mimeType),
         Call::CreatesBusySafe, std::move(done));
}

void WeChatClient::addDraft(const QString &token, const QJsonObject &article, Callback done)
{
    QJsonObject body;
    body.insert(QStringLiteral("articles"), QJsonArray{article});
    post(url(QStringLiteral("/cgi-bin/draft/add"), token), "application/json; charset=utf-8",
         QJsonDocument(body).toJson(QJsonDocument::Compact), Call::Creates, std::move(done));
}

void WeChatClient::abort()
{
    if (ScheduledReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        delete reply; // drops the request
    }
}

void WeChatClient::post(const QUrl &url, const QByteArray &contentType, const QByteArray &body, Call call,
                        Callback done)
{
    // The AppSecret and the token travel in every call's body or query.
    if (SecretText::isCleartext(m_baseUrl)) {
        Result refused;
        refused.delivered = false;
        refused.failure = tr("%1 is not https: the AppSecret and the token would travel in clear text "
                             "(http:// only to this machine: localhost, 127.0.0.1, ::1)")
                              .arg(SecretText::url(m_baseUrl.toString()));
        QTimer::singleShot(0, this, [refused, done = std::move(done)] { done(refused); });
        return;
    }
    OutgoingRequest request;
    request.lane = laneName();
    request.request.setUrl(url);
    request.request.setRawHeader("Content-Type", contentType);
    request.verb = QByteArrayLiteral("POST");
    request.body = body;
    request.policy = m_policy;
    request.resend =
        call == Call::Repeatable ? OutgoingRequest::Resend::Always : OutgoingRequest::Resend::Undelivered;
    // Messages name the host only: the query holds the access token.
    request.label = url.host();
    ScheduledReply *reply = m_scheduler->send(request);
    m_reply = reply;
    connect(reply, &ScheduledReply::retrying, this, &WeChatClient::retrying);
    connect(reply, &ScheduledReply::finished, this,
            [this, reply, call, done = std::move(done)] { onFinished(reply, call, done); });
}

void WeChatClient::onFinished(ScheduledReply *reply, Call call, const Callback &done)
{
    Result result;
    result.delivered = reply->delivered();
    if (!reply->ok()) {
        result.failure = reply->errorText();
    } else {
        result.answer = WeChatAnswer::parse(reply->body());
        const bool busy = result.answer.valid && result.answer.errcode == -1;
        QString again;
        if (!result.answer.valid && call == Call::Repeatable)
            again =
                tr("%1 sent an answer that could not be read: %2").arg(reply->label(), result.answer.problem);
        else if (busy && call != Call::Creates)
            again = WeChatAnswer::explain(result.answer.errcode, result.answer.errmsg);
        if (!again.isEmpty() && reply->retry(again))
            return; // finished() comes again
        if (!result.answer.valid)
            result.failure =
                tr("%1 sent an answer that could not be read: %2").arg(reply->label(), result.answer.problem);
    }
    if (m_reply == reply)
        m_reply.clear();
    reply->disconnect(this);
    reply->deleteLater();
    done(result);
}

} // namespace DigestStudio
