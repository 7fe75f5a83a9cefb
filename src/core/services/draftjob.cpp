#include "services/draftjob.h"

#include "drafting/draftprompt.h"
#include "drafting/draftproviderregistry.h"
#include "drafting/streameddraft.h"
#include "model/digestentry.h"
#include "util/boundedreply.h"
#include "util/retryafter.h"
#include "util/secrettext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace DigestStudio {

namespace {

// The longest Retry-After honoured; a server asking for more fails the paper with its wish named.
constexpr qint64 MaxRetryAfterMs = 300 * 1000;
constexpr qint64 FirstBackoffMs = 1000;
constexpr qint64 MaxBackoffMs = 60 * 1000;
// The most of an error answer's body readSome() keeps for its message.
constexpr int MaxErrorBodyBytes = 64 * 1024;

} // namespace

DraftJob::DraftJob(int ticket, const DigestEntry &entry, const QVector<GlossaryTerm> &glossary,
                   const DraftSettings &settings, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_ticket(ticket)
    , m_settings(settings)
    , m_network(network)
{
    m_provider = DraftProviderRegistry::instance().provider(settings.provider);
    m_input.tag = entry.tag();
    m_input.title = m_masker.mask(entry.title().simplified());
    m_titleSpans = m_masker.count();
    m_input.abstract = m_masker.mask(entry.abstract().simplified());
    m_input.terms = DraftPrompt::termsIn(entry.title(), entry.abstract(), glossary);
    m_timeout.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retry, &QTimer::timeout, this, &DraftJob::send);
}

DraftJob::~DraftJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void DraftJob::start()
{
    if (!m_provider)
        return fail(tr("Unknown drafting provider \"%1\".").arg(m_settings.provider));
    const QString problem = m_provider->problem(m_settings);
    if (!problem.isEmpty())
        return fail(problem);
    if (m_input.title.trimmed().isEmpty() || m_input.abstract.trimmed().isEmpty())
        return fail(tr("The entry has no English title or abstract to draft from."));
    send();
}

void DraftJob::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    m_retry.stop();
    if (m_reply)
        m_reply->abort();
    else
        fail(tr("Cancelled."));
}

void DraftJob::send()
{
    ++m_attempt;
    m_reader = m_provider->reader();
    m_errorBody.clear();
    m_lastText.clear();
    m_timedOut = false;
    DraftRequest draft = m_provider->request(m_settings, m_input);
    BoundedReply::prepare(&draft.request);
    draft.request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_network->post(draft.request, draft.body);
    BoundedReply::limit(m_reply, m_maxAnswerBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &DraftJob::readSome);
    connect(m_reply, &QNetworkReply::finished, this, &DraftJob::replyFinished);
    m_timeout.start(m_settings.timeoutMs);
}

void DraftJob::readSome()
{
    m_timeout.start(m_settings.timeoutMs); // a timeout is silence, not a long answer
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_reply->readAll();
    if (status < 200 || status >= 300) {
        m_errorBody += bytes.left(qMax(0, 64 * 1024 - m_errorBody.size()));
        return;
    }
    if (!m_reader->feed(bytes)) {
        m_reply->abort();
        return;
    }
    const QString text = m_reader->textSoFar();
    if (text != m_lastText) {
        m_lastText = text;
        // What a person sees while it streams: the fields read from the masked text first (restored math
        // would hold `\frac` and `\beta`, which a JSON reader takes for escapes), then their math restored.
        DraftFields fields = StreamedDraft::read(text);
        for (QString *field : {&fields.zhTitle, &fields.zhShortTitle, &fields.zhSummary})
            *field = restoredSoFar(*field);
        Q_EMIT partialFields(m_ticket, fields);
    }
}

// `field` with its math put back; a placeholder cut at the end waits for the rest of it.
QString DraftJob::restoredSoFar(const QString &field) const
{
    QString shown;
    QString ignored;
    if (m_masker.unmask(field, &shown, &ignored))
        return shown;
    const int cut = field.lastIndexOf(QChar(0x27E6));
    if (cut >= 0 && m_masker.unmask(field.left(cut), &shown, &ignored))
        return shown;
    return field;
}

void DraftJob::replyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->bytesAvailable() > 0 && !m_cancelled && !m_timedOut) {
        m_reply = reply;
        readSome();
        m_reply = nullptr;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled)
        return fail(tr("Cancelled."));
    if (m_timedOut)
        return fail(tr("No answer within %1 s.").arg(m_settings.timeoutMs / 1000.0, 0, 'g', 3));
    if (BoundedReply::tooLarge(reply))
        return fail(BoundedReply::tooLargeMessage(tr("The drafting answer"), m_maxAnswerBytes));
    if (status >= 200 && status < 300) {
        DraftFields masked;
        const bool read = m_reader->error().isEmpty() && m_reader->finish(&masked);
        m_tokens += m_reader->tokensUsed(); // after finish(): an answer sent whole says its usage at the end
        if (!read)
            return fail(m_reader->error());
        return succeed(masked);
    }
    if (status == 0)
        return fail(
            tr("Could not reach %1: %2")
                .arg(reply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), reply->errorString()));
    if (status == 401 || status == 403)
        return fail(tr("The server refused the key (HTTP %1): check the API key.").arg(status));
    m_retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if ((status == 429 || status >= 500) && retryLater(status))
        return;
    const QString message = serverMessage();
    fail(tr("The server answered HTTP %1%2")
             .arg(status)
             .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message));
}

// Schedules another try after a 429 or 5xx: Retry-After when the server sends one, else a doubling backoff.
bool DraftJob::retryLater(int status)
{
    if (m_attempt > m_settings.maxRetries)
        return false;
    qint64 wait = m_retryAfterMs;
    if (wait > MaxRetryAfterMs) {
        fail(tr("The server asks to wait %1 s before the next request (HTTP %2).")
                 .arg(wait / 1000)
                 .arg(status));
        return true;
    }
    if (wait < 0)
        wait = qMin(MaxBackoffMs, FirstBackoffMs << qMin(m_attempt - 1, 16));
    m_retry.start(static_cast<int>(wait));
    Q_EMIT retrying(m_ticket, status, static_cast<int>(wait));
    return true;
}

qint64 DraftJob::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    return RetryAfter::milliseconds(value, now);
}

void DraftJob::succeed(const DraftFields &masked)
{
    DraftFields fields;
    QString problem;
    if (!m_masker.restoreAll(masked.zhTitle, 0, m_titleSpans, &fields.zhTitle, &problem) ||
        !m_masker.restoreAll(masked.zhSummary, m_titleSpans, m_masker.count(), &fields.zhSummary, &problem) ||
        !m_masker.unmask(masked.zhShortTitle, &fields.zhShortTitle, &problem))
        return fail(problem);
    if (fields.zhShortTitle.isEmpty())
        fields.zhShortTitle = DigestEntry::defaultShortTitle(fields.zhTitle);
    m_fields = fields;
    m_succeeded = true;
    m_done = true;
    Q_EMIT finished(this);
}

void DraftJob::fail(const QString &message)
{
    if (m_done)
        return;
    m_error = withoutKey(message.isEmpty() ? tr("Drafting failed.") : message);
    m_done = true;
    Q_EMIT finished(this);
}

QString DraftJob::serverMessage() const
{
    const QJsonObject object = QJsonDocument::fromJson(m_errorBody).object();
    QString message =
        object.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = object.value(QStringLiteral("error")).toString();
    if (message.isEmpty())
        message = object.value(QStringLiteral("message")).toString(); // DeepL
    const bool raw = message.isEmpty();
    if (raw)
        message = QString::fromUtf8(m_errorBody).simplified();
    // The raw body may end where readSome() capped it, in the middle of an echoed key.
    if (raw && m_errorBody.size() >= MaxErrorBodyBytes)
        message = SecretText::maskCutText(message, {m_settings.apiKey});
    return SecretText::shown(message, {m_settings.apiKey}, 200);
}

QString DraftJob::withoutKey(const QString &message) const
{
    // A server may echo the key back in any form (JSON-escaped, URL-encoded, base64): masked before any cut.
    return SecretText::mask(message, {m_settings.apiKey});
}

} // namespace DigestStudio
