// Publishing a digest as a draft in the WeChat Official Account draft box, for both faces: pre-flight checks
// and field limits first, then the token, each figure, the cover and the draft, with progress per step and
// cancel. A digest is published once unless asked again: it is claimed in the library before the first upload
// (of two publishers at once, one goes on), and its media_id is remembered there.
#pragma once

#include "publishing/wechatclient.h"
#include "publishing/wechatpublishrequest.h"
#include "services/publishoutcome.h"
#include "services/wechatcredentials.h"
#include "services/wechatdraftplan.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace DigestStudio {

class Library;

class PublishingService final : public QObject
{
    Q_OBJECT

public:
    enum class Step { Checks, Token, Figures, Cover, Draft };
    Q_ENUM(Step)

    static QString channel() { return QStringLiteral("wechat"); }
    // A claim untouched this long belongs to a publisher that died: another may take the digest over. Each
    // step touches it, and one call lasts at most its deadline (WeChatClient::DefaultDeadlineMs, retries
    // included).
    static constexpr int ClaimStaleSeconds = 600;

    // `library` and `network` are not owned; `apiUrl` is https://api.weixin.qq.com or a test server. Calls go
    // through the network's RequestScheduler (WeChatClient says which are sent again, and when).
    PublishingService(Library *library, QNetworkAccessManager *network, const QUrl &apiUrl,
                      QObject *parent = nullptr);
    ~PublishingService() override;

    void setCredentials(const WeChatCredentials &credentials) { m_credentials = credentials; }
    void setExportOptions(const ExportOptions &options) { m_options = options; }
    // What the article is rendered with (the tag table colours the title card too).
    const ExportOptions &exportOptions() const { return m_options; }
    // Milliseconds before sending a failed call again (doubled for the next time).
    void setRetryDelayMs(int ms) { m_client->setRetryDelayMs(ms); }
    // The most one call may take in all, its retries included (LaunchConfig::wechatDeadlineMs()).
    void setDeadlineMs(int ms) { m_client->setDeadlineMs(ms); }

    // The library's record of an earlier publish of the digest; false when there is none.
    bool previous(qint64 digestId, PublicationRecord *record) const;
    // What a step does, for progress text.
    static QString stepText(Step step);

    // Starts publishing; finished() reports (also when nothing could be sent).
    void publish(const WeChatPublishRequest &request);
    // The same, waiting in a local event loop (digestctl).
    PublishOutcome publishAndWait(const WeChatPublishRequest &request);
    // Stops after the call under way is dropped; a draft request already sent stays recorded as unknown.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void stepStarted(DigestStudio::PublishingService::Step step, const QString &text);
    void progress(int done, int total);
    void notice(const QString &text);
    void finished(const DigestStudio::PublishOutcome &outcome);

private:
    using Then = std::function<void(const WeChatAnswer &answer)>;
    using Send = std::function<void(const QString &token, WeChatClient::Callback done)>;

    // Announces the step and keeps the claim fresh; false (after fail()) when another publisher took over.
    bool begin(Step step, const QString &text);
    // Takes the digest for this run before anything is sent; false (after finish()) when refused.
    bool claim(const WeChatPublishRequest &request);
    static QString alreadyPublishedText(const PublicationRecord &record);
    // Gives the claim up unless a draft request went out without an answer.
    void settleClaim(bool draftMayExist);
    void fetchToken(const std::function<void()> &next);
    void uploadFigures(int index);
    void uploadCover();
    void addDraft();
    // Sends with the current token; fetches a new token once on a token error and sends the call again.
    void call(Step step, const Send &send, const Then &then);
    void onResult(Step step, const Send &send, const Then &then, const WeChatClient::Result &result);
    void fail(Step step, const QString &why, bool draftMayExist = false);
    void finish(PublishOutcome outcome);
    QString scrub(QString text) const;

    Library *m_library;
    WeChatClient *m_client;
    QUrl m_apiUrl;
    WeChatCredentials m_credentials;
    ExportOptions m_options;

    bool m_running = false;
    QString m_claimant;  // this run's claim on the digest; empty when it holds none
    bool m_sent = false; // the draft request went out
    Step m_step = Step::Checks;
    WeChatPublishRequest m_request;
    WeChatDraftPlan m_plan;
    QString m_token;
    QStringList m_tokensSeen; // scrubbed from every message
    bool m_tokenRefreshed = false;
    QHash<QByteArray, QString> m_urls;
    int m_done = 0;
    int m_total = 0;
    quint64 m_generation = 0; // callbacks of a cancelled run are ignored
};

} // namespace DigestStudio
