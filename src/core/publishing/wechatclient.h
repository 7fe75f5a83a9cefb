// The WeChat Official Account API calls the draft box needs (stable_token, uploadimg, add_material,
// draft/add) over an injected QNetworkAccessManager; one call at a time, each answer bounded and parsed.
#pragma once

#include "publishing/wechatanswer.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QHttpMultiPart;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace DigestStudio {

class WeChatClient final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        WeChatAnswer answer;
        // Why no valid answer arrived (network, HTTP status, size), in words; never holds the token or
        // secret.
        QString failure;
        // False only when the request certainly never reached the server (connection refused, unknown host):
        // then even a call that creates something may be sent again.
        bool delivered = true;

        bool ok() const { return failure.isEmpty() && !answer.isError(); }
    };
    using Callback = std::function<void(const Result &)>;

    static constexpr int TimeoutMs = 60000;

    // `network` is not owned; `baseUrl` is https://api.weixin.qq.com or a test server.
    WeChatClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }

    // POST /cgi-bin/stable_token (never force_refresh): `access_token`, `expires_in`.
    void requestToken(const QString &appId, const QString &secret, Callback done);
    // POST /cgi-bin/media/uploadimg, multipart field `media`: `url`.
    void uploadImage(const QString &token, const QByteArray &data, const QString &fileName,
                     const QString &mimeType, Callback done);
    // POST /cgi-bin/material/add_material?type=image, multipart field `media`: `media_id`, `url`.
    void addImageMaterial(const QString &token, const QByteArray &data, const QString &fileName,
                          const QString &mimeType, Callback done);
    // POST /cgi-bin/draft/add with `{"articles":[article]}`: `media_id`.
    void addDraft(const QString &token, const QJsonObject &article, Callback done);

    // Drops the call under way; its callback is not called.
    void abort();
    bool busy() const { return !m_reply.isNull(); }

private:
    // Calls `done` (soon, never sent) when the base URL is http:// to another machine: true then.
    bool refuseCleartext(Callback &done);
    QNetworkRequest request(const QString &path, const QString &token,
                            const QList<QPair<QString, QString>> &query = {}) const;
    QHttpMultiPart *mediaPart(const QByteArray &data, const QString &fileName, const QString &mimeType);
    void watch(QNetworkReply *reply, Callback done);
    static Result finish(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QPointer<QNetworkReply> m_reply;
};

} // namespace DigestStudio
