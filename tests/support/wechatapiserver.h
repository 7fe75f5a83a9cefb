// A loopback server that speaks the WeChat Official Account API as documented (stable_token, uploadimg,
// add_material, draft/add): it checks the credentials, the token, the multipart `media` field and the
// article, keeps what it received, and can be told to answer an error or lose an answer.
#pragma once

#include "loopbackhttpserver.h"

#include <QJsonObject>

namespace DigestStudio::Test {

class WeChatApiServer final : public QObject
{
    Q_OBJECT

public:
    static QString appId() { return QStringLiteral("wx0123456789abcdef"); }
    static QString secret() { return QStringLiteral("s3cr3t-AppSecret-7f9e"); }

    struct Upload
    {
        QByteArray data;
        QByteArray contentType;
        QString fileName;
    };

    explicit WeChatApiServer(QObject *parent = nullptr);

    bool listen() { return m_http.listen(); }
    QUrl url() const { return m_http.url(QString()); }
    LoopbackHttpServer &http() { return m_http; }

    // The token the server hands out now; expire() makes it refuse that one and hand out a new one.
    QString token() const { return m_token; }
    void expire();

    // Every answer waits this long (a slow WeChat, as when two publishers at once made two drafts: 0.7 s).
    void setAnswerDelayMs(int ms) { m_delayMs = ms; }

    // The next request to `path` (`/cgi-bin/draft/add`) is answered with this error instead.
    void failNext(const QString &path, int errcode, const QString &errmsg = QString());
    // The next request to `path` is carried out, but its answer is cut off (the draft exists; we don't know).
    void loseNextAnswer(const QString &path);

    int requests(const QString &path) const;
    int tokenRequests() const { return requests(QStringLiteral("/cgi-bin/stable_token")); }
    QVector<Upload> uploads() const { return m_uploads; }
    QVector<Upload> materials() const { return m_materials; }
    QVector<QJsonObject> drafts() const { return m_drafts; } // each draft's first article
    QStringList uploadedUrls() const { return m_urls; }
    QStringList materialIds() const { return m_materialIds; }

private:
    using Response = LoopbackHttpServer::Response;
    using Request = LoopbackHttpServer::Request;

    Response answerToken(const Request &request);
    Response answerUpload(const Request &request, bool material);
    Response answerDraft(const Request &request);
    // A scheduled error or lost answer for this request; false when it runs normally.
    bool scheduled(const Request &request, Response *response);
    static Response json(const QJsonObject &object);
    static Response error(int errcode, const QString &errmsg);
    static bool mediaPart(const Request &request, Upload *upload);

    LoopbackHttpServer m_http;
    int m_delayMs = 0;
    QString m_token;
    int m_tokenGeneration = 1;
    QHash<QString, QPair<int, QString>> m_failNext;
    QStringList m_loseNext;
    QVector<Upload> m_uploads;
    QVector<Upload> m_materials;
    QStringList m_urls;
    QStringList m_materialIds;
    QVector<QJsonObject> m_drafts;
};

} // namespace DigestStudio::Test
