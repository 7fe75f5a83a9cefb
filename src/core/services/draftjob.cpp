#include "services/draftjob.h"

#include "drafting/draftprompt.h"
#include "drafting/draftproviderregistry.h"
#include "model/digestentry.h"
#include "util/requestscheduler.h"
#include "util/scheduledreply.h"
#include "util/secrettext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace DigestStudio {

namespace {

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

} // namespace

// Retries for 429 and 5xx (Retry-After first, up to 5 minutes, then a doubling backoff from 1 s up to a
// minute), the silence timeout, the overall deadline and the answer cap.
RequestPolicy DraftJob::policy(const DraftSettings &settings, qint64 maxAnswerBytes)
{
    RequestPolicy policy;
    policy.maxRetries = qMax(0, settings.maxRetries);
    policy.backoffMs = 1000;
    policy.maxBackoffMs = 60 * 1000;
    policy.maxRetryAfterMs = 300 * 1000;
    policy.transferTimeoutMs = qMax(1, settings.timeoutMs);
    policy.deadlineMs = qMax(1, settings.deadlineMs);
    policy.maxAnswerBytes = maxAnswerBytes;
    return policy;
}

DraftJob::DraftJob(int ticket, const DigestEntry &entry, const QVector<GlossaryTerm> &glossary,
                   const DraftSettings &settings, RequestScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_ticket(ticket)
    , m_settings(settings)
    , m_scheduler(scheduler)
{
    m_provider = DraftProviderRegistry::instance().provider(settings.provider);
    m_input.tag = entry.tag();
    m_input.title = m_masker.mask(entry.title().simplified());
    m_titleSpans = m_masker.count();
    m_input.abstract = m_masker.mask(entry.abstract().simplified());
    m_input.terms = DraftPrompt::termsIn(entry.title(), entry.abstract(), glossary);
}

DraftJob::~DraftJob()
{
    delete m_reply.data(); // drops the request
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
    if (m_reply)
        m_reply->cancel(); // replyFinished() says "Cancelled."
    else
        fail(tr("Cancelled."));
}

void DraftJob::send()
{
    m_reader = m_provider->reader();
    // A new attempt reads its answer from the start; the first fields it shows replace the last one's.
    m_streamed = StreamedDraft();
    m_textRead = 0;
    for (QString &waiting : m_waiting)
        waiting.clear();
    m_startOver = true;
    const DraftRequest draft = m_provider->request(m_settings, m_input);
    OutgoingRequest request;
    request.lane = lane();
    request.request = draft.request;
    request.verb = QByteArrayLiteral("POST");
    request.body = draft.body;
    request.policy = policy(m_settings, m_maxAnswerBytes);
    // A request that may still be running (and costing) is sent again only when the server asks for it.
    request.resend = OutgoingRequest::Resend::WhenAsked;
    request.streamed = true;
    m_reply = m_scheduler->send(request);
    connect(m_reply.data(), &ScheduledReply::chunk, this, &DraftJob::readSome);
    connect(m_reply.data(), &ScheduledReply::finished, this, &DraftJob::replyFinished);
    connect(m_reply.data(), &ScheduledReply::retrying, this, [this](const QString &, int delayMs) {
        Q_EMIT retrying(m_ticket, m_reply ? m_reply->status() : 0, delayMs);
    });
}

void DraftJob::readSome(const QByteArray &bytes)
{
    if (!m_reader->feed(bytes)) {
        // A broken stream: no use reading on. The reader's error says what was wrong.
        ScheduledReply *reply = m_reply.data();
        m_reply.clear();
        reply->disconnect(this);
        reply->deleteLater();
        fail(m_reader->error());
        return;
    }
    // The reader's text only grows: only what is new is read. What a person sees while it streams: the
    // fields read from the masked text first (restored math would hold `\frac` and `\beta`, which a JSON
    // reader takes for escapes), then their math restored.
    const QString text = m_reader->textSoFar();
    if (text.size() <= m_textRead)
        return;
    const StreamedDraft::Change change = m_streamed.feed(text.mid(m_textRead));
    m_textRead = int(text.size());
    if (change.isEmpty())
        return;
    const bool startOver = m_startOver || change.startOver;
    m_startOver = false;
    DraftFields added;
    QString *addedFields[3] = {&added.zhTitle, &added.zhShortTitle, &added.zhSummary};
    const QString arrived[3] = {change.added.zhTitle, change.added.zhShortTitle, change.added.zhSummary};
    for (int i = 0; i < 3; ++i) {
        if (change.startOver)
            m_waiting[i].clear();
        *addedFields[i] = restoreArrived(arrived[i], &m_waiting[i]);
    }
    if (startOver || !added.isEmpty())
        Q_EMIT partialFields(m_ticket, added, startOver);
}

QString DraftJob::restoreArrived(const QString &arrived, QString *waiting) const
{
    // A placeholder is a few characters (⟦M12⟧): a mark further back than that starts none, and goes out.
    constexpr int LongestPlaceholder = 12;
    QString text = *waiting + arrived;
    waiting->clear();
    const int open = int(text.lastIndexOf(QChar(0x27E6)));
    if (open >= 0 && text.indexOf(QChar(0x27E7), open) < 0 && text.size() - open <= LongestPlaceholder) {
        *waiting = text.mid(open);
        text.truncate(open);
    }
    QString shown;
    QString ignored;
    return m_masker.unmask(text, &shown, &ignored) ? shown : text;
}

void DraftJob::replyFinished()
{
    ScheduledReply *reply = m_reply.data();
    if (!reply)
        return;
    reply->deleteLater();
    // A stream that broke off is the reader's to judge: it says what is missing ("without [DONE]").
    if (!reply->ok() && reply->failure() != ScheduledReply::Failure::CutShort) {
        const QString message = failureText();
        m_reply.clear();
        return fail(message);
    }
    m_reply.clear();
    DraftFields masked;
    const bool read = m_reader->error().isEmpty() && m_reader->finish(&masked);
    m_tokens += m_reader->tokensUsed(); // after finish(): an answer sent whole says its usage at the end
    if (!read)
        return fail(m_reader->error());
    succeed(masked);
}

QString DraftJob::failureText() const
{
    using Failure = ScheduledReply::Failure;
    const int status = m_reply->status();
    switch (m_reply->failure()) {
    case Failure::Cancelled:
        return tr("Cancelled.");
    case Failure::Silence:
        return tr("No answer within %1 s.").arg(seconds(m_settings.timeoutMs));
    case Failure::Deadline:
        return tr("No complete answer within %1 s, the longest a drafting request may take (--llm-timeout, "
                  "$DIGEST_LLM_TIMEOUT_S or the settings): cut off.")
            .arg(seconds(m_settings.deadlineMs));
    case Failure::TooLarge:
        return RequestScheduler::tooLargeMessage(tr("The drafting answer"), m_maxAnswerBytes);
    case Failure::WaitTooLong:
        return tr("The server asks to wait %1 s before the next request (HTTP %2).")
            .arg(m_reply->retryAfterMs() / 1000)
            .arg(status);
    case Failure::Network:
        return tr("Could not reach %1: %2").arg(m_reply->label(), m_reply->networkErrorText());
    case Failure::HttpStatus:
        break;
    default:
        return m_reply->errorText();
    }
    if (status == 401 || status == 403)
        return tr("The server refused the key (HTTP %1): check the API key.").arg(status);
    const QString message = serverMessage();
    return tr("The server answered HTTP %1%2")
        .arg(status)
        .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
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
    // Masked first, then cut: a cut never leaves part of an echoed key readable.
    const QString masked = withoutKey(message.isEmpty() ? tr("Drafting failed.") : message);
    m_error = masked.size() > MaxErrorChars ? masked.left(MaxErrorChars - 1) + QStringLiteral("…") : masked;
    m_done = true;
    Q_EMIT finished(this);
}

QString DraftJob::serverMessage() const
{
    const QByteArray body = m_reply ? m_reply->body() : QByteArray();
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString message =
        object.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = object.value(QStringLiteral("error")).toString();
    if (message.isEmpty())
        message = object.value(QStringLiteral("message")).toString(); // DeepL
    if (message.isEmpty())
        message = QString::fromUtf8(body).simplified();
    // Masked before the cut, so that a cut never leaves part of an echoed key readable; a body the scheduler
    // capped may end in the start of a key, which is masked too.
    const QStringList keys{m_settings.apiKey};
    if (body.size() >= RequestScheduler::MaxErrorBodyBytes)
        message = SecretText::maskCutText(message, keys);
    return SecretText::shown(message, keys, 200);
}

QString DraftJob::withoutKey(const QString &message) const
{
    // A server may echo the key back in any form (JSON-escaped, URL-encoded, base64): masked before any cut.
    return SecretText::mask(message, {m_settings.apiKey});
}

} // namespace DigestStudio
