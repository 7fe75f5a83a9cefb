#include "services/publishingservice.h"

#include "services/preferences.h"
#include "storage/library.h"
#include "storage/publicationstore.h"
#include "util/requestscheduler.h"
#include "util/secrettext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>
#include <QUuid>

namespace DigestStudio {

PublishingService::PublishingService(Library *library, QNetworkAccessManager *network, const QUrl &apiUrl,
                                     QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_client(new WeChatClient(RequestScheduler::of(network), apiUrl, this))
    , m_apiUrl(apiUrl)
    , m_options(Preferences::exportOptions(QSettings()))
{
    qRegisterMetaType<PublishOutcome>();
    connect(m_client, &WeChatClient::retrying, this, [this](const QString &reason, int) {
        Q_EMIT notice(scrub(tr("%1 failed (%2); trying again.").arg(stepText(m_step), reason)));
    });
}

PublishingService::~PublishingService() = default;

QString PublishingService::stepText(Step step)
{
    switch (step) {
    case Step::Checks:
        return tr("Running the pre-flight checks");
    case Step::Token:
        return tr("Signing in to WeChat");
    case Step::Figures:
        return tr("Uploading the figures");
    case Step::Cover:
        return tr("Uploading the cover");
    case Step::Draft:
        return tr("Creating the draft");
    }
    return QString();
}

bool PublishingService::previous(qint64 digestId, PublicationRecord *record) const
{
    return m_library->publication(digestId, channel(), record);
}

bool PublishingService::begin(Step step, const QString &text)
{
    m_step = step;
    Q_EMIT stepStarted(step, text);
    Q_EMIT progress(m_done, m_total);
    LibraryError error;
    if (m_claimant.isEmpty() ||
        m_library->publications().touchClaim(m_request.digestId, channel(), m_claimant, &error))
        return true;
    m_claimant.clear(); // no longer ours: nothing of it is given up or kept
    fail(step, error.message);
    return false;
}

QString PublishingService::alreadyPublishedText(const PublicationRecord &record)
{
    const auto when = [](const QDateTime &time) { return time.toLocalTime().toString(Qt::ISODate); };
    if (record.confirmed() && record.unanswered())
        return tr("This digest is already in the WeChat draft box (media_id %1, %2), and a second draft was "
                  "sent on %3 whose answer never arrived: look in the draft box (草稿箱) before publishing "
                  "again.")
            .arg(record.mediaId, when(record.publishedAt), when(record.unansweredAt));
    if (record.confirmed())
        return tr("This digest is already in the WeChat draft box (media_id %1, %2). Publish again only if "
                  "you mean to make a second draft.")
            .arg(record.mediaId, when(record.publishedAt));
    return tr("A draft of this digest was sent to WeChat on %1 but its answer never arrived: look in the "
              "draft "
              "box (草稿箱) before publishing again.")
        .arg(when(record.unansweredAt));
}

bool PublishingService::claim(const WeChatPublishRequest &request)
{
    const QString claimant = QUuid::createUuid().toString(QUuid::WithoutBraces);
    PublishOutcome refused;
    LibraryError error;
    switch (m_library->publications().claim(request.digestId, channel(), claimant, request.force,
                                            ClaimStaleSeconds, &refused.previous, &error)) {
    case PublicationStore::Claim::Taken:
        m_claimant = claimant;
        m_sent = false;
        return true;
    case PublicationStore::Claim::Published:
        refused.status = PublishOutcome::Status::AlreadyPublished;
        refused.message = alreadyPublishedText(refused.previous);
        break;
    case PublicationStore::Claim::Busy:
        refused.status = PublishOutcome::Status::Busy;
        refused.message =
            tr("Another publisher (a window or digestctl) has been publishing this digest since "
               "%1; nothing was sent. Wait for it to finish.")
                .arg(refused.previous.busySince.toLocalTime().toString(Qt::ISODate));
        break;
    case PublicationStore::Claim::Failed:
        refused.status = PublishOutcome::Status::Failed;
        refused.message = tr("Nothing was sent: %1").arg(error.message);
        break;
    }
    finish(refused);
    return false;
}

void PublishingService::settleClaim(bool draftMayExist)
{
    if (m_claimant.isEmpty())
        return;
    // A request that went out without an answer stays claimed: the next publish asks first.
    if (!(m_sent && draftMayExist))
        m_library->publications().release(m_request.digestId, channel(), m_claimant, nullptr);
    m_claimant.clear();
}

void PublishingService::publish(const WeChatPublishRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_request = request;
    m_token.clear();
    m_tokenRefreshed = false;
    m_urls.clear();
    m_done = 0;
    m_total = 4;
    m_claimant.clear();
    m_sent = false;
    begin(Step::Checks, stepText(Step::Checks));

    PublishOutcome refused;
    if (!request.force && previous(request.digestId, &refused.previous)) {
        refused.status = PublishOutcome::Status::AlreadyPublished;
        refused.message = alreadyPublishedText(refused.previous);
        finish(refused);
        return;
    }
    m_plan = WeChatDraftPlan::build(m_library, request, m_options);
    if (!m_credentials.isComplete())
        m_plan.problems.append(WeChatCredentials::missingText());
    if (SecretText::isCleartext(m_apiUrl))
        m_plan.problems.append(
            tr("The WeChat API URL %1 is not https: the AppSecret would travel in clear text "
               "(http:// only to this machine: localhost, 127.0.0.1, ::1).")
                .arg(SecretText::url(m_apiUrl.toString())));
    for (const QString &warning : m_plan.warnings)
        Q_EMIT notice(scrub(tr("Warning: %1").arg(warning)));
    for (const QString &note : m_plan.notes)
        Q_EMIT notice(scrub(note));
    if (!m_plan.isReady()) {
        PublishOutcome outcome;
        outcome.status = PublishOutcome::Status::NotReady;
        outcome.problems = m_plan.problems;
        outcome.message = tr("Nothing was sent: %1").arg(m_plan.problems.join(QLatin1Char(' ')));
        finish(outcome);
        return;
    }
    m_total = 4 + static_cast<int>(m_plan.figures.size());
    // The claim comes before the first upload: of two publishers at once, one goes on.
    if (!claim(request))
        return;
    ++m_done;
    fetchToken([this] { uploadFigures(0); });
}

void PublishingService::fetchToken(const std::function<void()> &next)
{
    if (!begin(Step::Token, stepText(Step::Token)))
        return;
    m_token = WeChatCredentials::cachedToken(m_credentials.appId, m_apiUrl.toString());
    if (!m_token.isEmpty()) {
        ++m_done;
        next();
        return;
    }
    const quint64 generation = m_generation;
    auto handle = [this, next, generation](const WeChatClient::Result &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            fail(Step::Token, result.failure.isEmpty()
                                  ? WeChatAnswer::explain(result.answer.errcode, result.answer.errmsg)
                                  : result.failure);
            return;
        }
        m_token = result.answer.string(QStringLiteral("access_token"));
        if (m_token.isEmpty()) {
            fail(Step::Token, tr("WeChat's answer holds no access token."));
            return;
        }
        m_tokensSeen.append(m_token);
        const qint64 lifetime =
            qBound(qint64(60), result.answer.number(QStringLiteral("expires_in"), 7200), qint64(7200));
        WeChatCredentials::storeToken(m_credentials.appId, m_apiUrl.toString(), m_token,
                                      QDateTime::currentDateTimeUtc().addSecs(lifetime));
        ++m_done;
        next();
    };
    m_client->requestToken(m_credentials.appId, m_credentials.secret, handle);
}

void PublishingService::uploadFigures(int index)
{
    if (index >= m_plan.figures.size()) {
        uploadCover();
        return;
    }
    const WeChatDraftPlan::Figure &figure = m_plan.figures.at(index);
    if (!begin(Step::Figures, tr("Uploading figure %1 of %2").arg(index + 1).arg(m_plan.figures.size())))
        return;
    const WeChatImage image = figure.image;
    const QByteArray hash = figure.hash;
    call(
        Step::Figures,
        [this, image](const QString &token, WeChatClient::Callback done) {
            m_client->uploadImage(token, image.data, image.fileName, image.mimeType, std::move(done));
        },
        [this, index, hash](const WeChatAnswer &answer) {
            const QString url = answer.string(QStringLiteral("url"));
            if (url.isEmpty()) {
                fail(Step::Figures, tr("WeChat's answer holds no URL for the figure."));
                return;
            }
            m_urls.insert(hash, url);
            ++m_done;
            uploadFigures(index + 1);
        });
}

void PublishingService::uploadCover()
{
    if (!begin(Step::Cover, stepText(Step::Cover)))
        return;
    const WeChatImage cover = m_plan.cover;
    call(
        Step::Cover,
        [this, cover](const QString &token, WeChatClient::Callback done) {
            m_client->addImageMaterial(token, cover.data, cover.fileName, cover.mimeType, std::move(done));
        },
        [this](const WeChatAnswer &answer) {
            m_plan.article.thumbMediaId = answer.string(QStringLiteral("media_id"));
            if (m_plan.article.thumbMediaId.isEmpty()) {
                fail(Step::Cover, tr("WeChat's answer holds no media_id for the cover."));
                return;
            }
            ++m_done;
            addDraft();
        });
}

void PublishingService::addDraft()
{
    if (!begin(Step::Draft, stepText(Step::Draft)))
        return;
    m_plan.article.content = m_plan.render(m_urls);
    const QStringList problems = m_plan.article.problems(true);
    if (!problems.isEmpty()) {
        fail(Step::Draft, problems.join(QLatin1Char(' ')));
        return;
    }
    // Remembered before sending: if the answer is lost, the next publish asks first.
    LibraryError error;
    if (!m_library->publications().markSent(m_request.digestId, channel(), m_claimant, &error)) {
        fail(Step::Draft, error.message);
        return;
    }
    m_sent = true;
    const QJsonObject article = m_plan.article.toJson();
    call(
        Step::Draft,
        [this, article](const QString &token, WeChatClient::Callback done) {
            m_client->addDraft(token, article, std::move(done));
        },
        [this](const WeChatAnswer &answer) {
            PublishOutcome outcome;
            outcome.mediaId = answer.string(QStringLiteral("media_id"));
            if (outcome.mediaId.isEmpty()) {
                fail(Step::Draft, tr("WeChat's answer holds no media_id for the draft."), true);
                return;
            }
            PublicationRecord record;
            record.digestId = m_request.digestId;
            record.channel = channel();
            record.mediaId = outcome.mediaId;
            LibraryError saveError;
            if (m_library->publications().confirm(record, m_claimant, &saveError))
                m_claimant.clear();
            ++m_done;
            Q_EMIT progress(m_done, m_total);
            outcome.status = PublishOutcome::Status::Published;
            outcome.notes = m_plan.notes;
            if (saveError.isError())
                outcome.notes.append(saveError.message);
            outcome.message = tr("The draft “%1” is in the WeChat draft box (草稿箱) of the Official Account "
                                 "platform: 内容与互动 → 草稿箱. media_id %2")
                                  .arg(m_plan.article.title, outcome.mediaId);
            finish(outcome);
        });
}

void PublishingService::call(Step step, const Send &send, const Then &then)
{
    const quint64 generation = m_generation;
    send(m_token, [=](const WeChatClient::Result &result) {
        if (generation == m_generation)
            onResult(step, send, then, result);
    });
}

void PublishingService::onResult(Step step, const Send &send, const Then &then,
                                 const WeChatClient::Result &result)
{
    if (result.ok()) {
        then(result.answer);
        return;
    }
    const bool answered = result.failure.isEmpty();
    // An invalid or expired token: one new token, then the same call (WeChat created nothing).
    if (answered && WeChatAnswer::isTokenError(result.answer.errcode) && !m_tokenRefreshed) {
        m_tokenRefreshed = true;
        WeChatCredentials::forgetToken(m_credentials.appId, m_apiUrl.toString());
        --m_done;
        fetchToken([=] {
            m_step = step;
            call(step, send, then);
        });
        return;
    }
    const QString why =
        answered ? WeChatAnswer::explain(result.answer.errcode, result.answer.errmsg) : result.failure;
    fail(step, why, step == Step::Draft && !answered && result.delivered);
}

void PublishingService::fail(Step step, const QString &why, bool draftMayExist)
{
    PublishOutcome outcome;
    outcome.status = PublishOutcome::Status::Failed;
    outcome.notes = m_plan.notes;
    outcome.message = stepText(step) + QStringLiteral(": ") + why;
    // WeChat said no, or nothing was sent: no draft exists, so the next press may publish without asking (a
    // confirmed draft of an earlier publish stays recorded).
    settleClaim(draftMayExist);
    if (draftMayExist) {
        outcome.message += QLatin1Char(' ') + tr("The draft may have been created: look in the draft box "
                                                 "(草稿箱) before publishing again.");
    }
    finish(outcome);
}

void PublishingService::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_client->abort();
    PublishOutcome outcome;
    outcome.status = PublishOutcome::Status::Cancelled;
    outcome.message = tr("Publishing was cancelled.");
    if (m_sent)
        outcome.message += QLatin1Char(' ') + tr("The draft request had been sent: look in the draft box "
                                                 "(草稿箱) before publishing again.");
    settleClaim(true);
    finish(outcome);
}

void PublishingService::finish(PublishOutcome outcome)
{
    m_running = false;
    // Whatever ended the run: a claim is given up unless its draft request went out (confirmed ones are
    // settled already; one whose confirmation could not be stored stays as unanswered).
    settleClaim(true);
    outcome.message = scrub(outcome.message);
    for (QString &line : outcome.problems)
        line = scrub(line);
    for (QString &line : outcome.notes)
        line = scrub(line);
    Q_EMIT finished(outcome);
}

QString PublishingService::scrub(QString text) const
{
    // WeChat's errmsg may echo the AppSecret or a token in any form: masked as every other secret.
    return SecretText::mask(text, QStringList{m_credentials.secret, m_token} + m_tokensSeen);
}

PublishOutcome PublishingService::publishAndWait(const WeChatPublishRequest &request)
{
    PublishOutcome result;
    QEventLoop loop;
    bool done = false;
    const QMetaObject::Connection connection =
        connect(this, &PublishingService::finished, &loop, [&](const PublishOutcome &outcome) {
            result = outcome;
            done = true;
            loop.quit();
        });
    publish(request);
    if (!done)
        loop.exec();
    disconnect(connection);
    return result;
}

} // namespace DigestStudio
