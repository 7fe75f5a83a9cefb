// The WeChat Official Account API calls the draft box needs (stable_token, uploadimg, add_material,
// draft/add) through the request scheduler: one call at a time in the "wechat" lane, each with the client's
// retries and overall deadline, its answer bounded and parsed. A call that creates something is sent again
// only when it certainly never reached WeChat, or when WeChat said it was busy and did nothing.
#pragma once

#include "publishing/wechatanswer.h"
#include "util/requestpolicy.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace DigestStudio {

class RequestScheduler;
class ScheduledReply;

class WeChatClient final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        WeChatAnswer answer;
        // Why no valid answer arrived (network, HTTP status, size, deadline), in words; never holds the token
        // or secret.
        QString failure;
        // False only when the request certainly never reached the server (connection refused, unknown host):
        // then even a call that creates something may be sent again.
        bool delivered = true;

        bool ok() const { return failure.isEmpty() && !answer.isError(); }
    };
    using Callback = std::function<void(const Result &)>;

    // Silence: no byte for this long fails an attempt.
    static constexpr int TimeoutMs = 60000;
    // A call in all, its retries and their waits included (the default of --wechat-timeout): an image of
    // 1 MB at a slow 20 KB/s fits, a server trickling bytes is cut off.
    static constexpr int DefaultDeadlineMs = 120000;
    // Calls that failed on the way (refused connection, busy server) are sent again at most this often.
    static constexpr int MaxRetries = 2;
    static QString laneName() { return QStringLiteral("wechat"); }

    // `scheduler` is not owned; `baseUrl` is https://api.weixin.qq.com or a test server.
    WeChatClient(RequestScheduler *scheduler, const QUrl &baseUrl, QObject *parent = nullptr);
    ~WeChatClient() override; // drops the call under way

    QUrl baseUrl() const { return m_baseUrl; }
    // The first wait before a call is sent again (doubled for the next); 1 s unless set.
    void setRetryDelayMs(int ms) { m_policy.backoffMs = qMax(0, ms); }
    // The overall deadline of one call.
    void setDeadlineMs(int ms) { m_policy.deadlineMs = qMax(1, ms); }
    const RequestPolicy &policy() const { return m_policy; }

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

Q_SIGNALS:
    // A call failed and is sent again after `delayMs`; `reason` in words (no token, no secret).
    void retrying(const QString &reason, int delayMs);

private:
    // How a call may be sent again.
    enum class Call {
        Repeatable,      // creates nothing: sent again after any failure on the way or a busy answer
        CreatesBusySafe, // creates something, but a busy answer (-1) says nothing was made
        Creates          // creates something: sent again only when it never reached WeChat
    };

    QUrl url(const QString &path, const QString &token,
             const QList<QPair<QString, QString>> &query = {}) const;
    void post(const QUrl &url, const QByteArray &contentType, const QByteArray &body, Call call,
              Callback done);
    void onFinished(ScheduledReply *reply, Call call, const Callback &done);

    RequestScheduler *m_scheduler;
    QUrl m_baseUrl;
    RequestPolicy m_policy;
    QPointer<ScheduledReply> m_reply;
};

} // namespace DigestStudio
