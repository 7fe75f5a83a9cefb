#include "publishing/wechatclient.h"

#include "util/boundedreply.h"
#include "util/secrettext.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace DigestStudio {

WeChatClient::WeChatClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
{}

QNetworkRequest WeChatClient::request(const QString &path, const QString &token,
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
    QNetworkRequest r(url);
    BoundedReply::prepare(&r);
    r.setTransferTimeout(TimeoutMs);
    return r;
}

QHttpMultiPart *WeChatClient::mediaPart(const QByteArray &data, const QString &fileName,
                                        const QString &mimeType)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QStringLiteral("form-data; name=\"media\"; filename=\"%1\"; filelength=%2")
                       .arg(fileName)
                       .arg(data.size()));
    part.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
    part.setBody(data);
    multi->append(part);
    return multi;
}

bool WeChatClient::refuseCleartext(Callback &done)
{
    if (!SecretText::isCleartext(m_baseUrl))
        return false;
    Result refused;
    refused.delivered = false;
    refused.failure =
        QStringLiteral("%1 is not https: the AppSecret and the token would travel in clear text "
                       "(http:// only to this machine: localhost, 127.0.0.1, ::1)")
            .arg(SecretText::url(m_baseUrl.toString()));
    QTimer::singleShot(0, this, [refused, done = std::move(done)] { done(refused); });
    return true;
}

void WeChatClient::requestToken(const QString &appId, const QString &secret, Callback done)
{
    if (refuseCleartext(done))
        return;
    QNetworkRequest r = request(QStringLiteral("/cgi-bin/stable_token"), QString());
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QJsonObject body;
    body.insert(QStringLiteral("grant_type"), QStringLiteral("client_credential"));
    body.insert(QStringLiteral("appid"), appId);
    body.insert(QStringLiteral("secret"), secret);
    watch(m_network->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)), std::move(done));
}

void WeChatClient::uploadImage(const QString &token, const QByteArray &data, const QString &fileName,
                               const QString &mimeType, Callback done)
{
    if (refuseCleartext(done))
        return;
    QHttpMultiPart *multi = mediaPart(data, fileName, mimeType);
    QNetworkReply *reply = m_network->post(request(QStringLiteral("/cgi-bin/media/uploadimg"), token), multi);
    multi->setParent(reply);
    watch(reply, std::move(done));
}

void WeChatClient::addImageMaterial(const QString &token, const QByteArray &data, const QString &fileName,
                                    const QString &mimeType, Callback done)
{
    if (refuseCleartext(done))
        return;
    QHttpMultiPart *multi = mediaPart(data, fileName, mimeType);
    QNetworkReply *reply =
        m_network->post(request(QStringLiteral("/cgi-bin/material/add_material"), token,
                                {qMakePair(QStringLiteral("type"), QStringLiteral("image"))}),
                        multi);
    multi->setParent(reply);
    watch(reply, std::move(done));
}

void WeChatClient::addDraft(const QString &token, const QJsonObject &article, Callback done)
{
    if (refuseCleartext(done))
        return;
    QNetworkRequest r = request(QStringLiteral("/cgi-bin/draft/add"), token);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json; charset=utf-8"));
    QJsonObject body;
    body.insert(QStringLiteral("articles"), QJsonArray{article});
    watch(m_network->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)), std::move(done));
}

void WeChatClient::abort()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void WeChatClient::watch(QNetworkReply *reply, Callback done)
{
    m_reply = reply;
    BoundedReply::limit(reply, WeChatAnswer::MaxAnswerBytes);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        if (m_reply == reply)
            m_reply.clear();
        const Result result = finish(reply);
        reply->deleteLater();
        done(result);
    });
}

WeChatClient::Result WeChatClient::finish(QNetworkReply *reply)
{
    Result result;
    const QString host = reply->url().host();
    if (BoundedReply::tooLarge(reply)) {
        result.failure =
            BoundedReply::tooLargeMessage(QStringLiteral("WeChat's answer"), WeChatAnswer::MaxAnswerBytes);
        return result;
    }
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError) {
        result.delivered = false;
        result.failure =
            (error == QNetworkReply::HostNotFoundError ? QStringLiteral("%1 was not found")
                                                       : QStringLiteral("%1 refused the connection"))
                .arg(host);
        return result;
    }
    if (status == 0 && error != QNetworkReply::NoError) {
        // Qt's own text names the URL with the token: say it in our words.
        result.failure =
            error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError
                ? QStringLiteral("%1 did not answer in time").arg(host)
                : QStringLiteral("the connection to %1 failed (network error %2)")
                      .arg(host)
                      .arg(static_cast<int>(error));
        return result;
    }
    const QByteArray body = reply->readAll();
    if (status == 200 && error != QNetworkReply::NoError) {
        result.failure = QStringLiteral("the answer from %1 was cut off").arg(host);
        return result;
    }
    if (status != 200) {
        result.failure = QStringLiteral("%1 answered HTTP %2").arg(host).arg(status);
        return result;
    }
    result.answer = WeChatAnswer::parse(body);
    if (!result.answer.valid)
        result.failure =
            QStringLiteral("%1 sent an answer that could not be read: %2").arg(host, result.answer.problem);
    return result;
}

} // namespace DigestStudio
