#include "util/scheduledreply.h"

#include "util/requestclock.h"
#include "util/requestscheduler.h"
#include "util/retryafter.h"

#include <QDateTime>
#include <QNetworkAccessManager>

#include <limits>

namespace DigestStudio {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(ms / 1000.0);
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

ScheduledReply::ScheduledReply(RequestScheduler *scheduler, const OutgoingRequest &request,
                               const RequestPolicy &policy)
    : QObject(scheduler)
    , m_scheduler(scheduler)
    , m_request(request)
    , m_policy(policy)
    , m_label(request.label)
{
    if (m_label.isEmpty())
        m_label = url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &ScheduledReply::watch);
}

ScheduledReply::~ScheduledReply()
{
    m_watchdog.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_scheduler) {
        m_scheduler->forget(this);
        if (m_queued)
            m_scheduler->dequeue(this);
        if (m_running)
            m_scheduler->released(this);
    }
}

QByteArray ScheduledReply::rawHeader(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

qint64 ScheduledReply::now() const
{
    return m_scheduler ? m_scheduler->clock()->nowMs() : RequestClock::monotonicMs();
}

qint64 ScheduledReply::cap() const
{
    return m_request.maxAnswerBytes >= 0 ? m_request.maxAnswerBytes : m_policy.maxAnswerBytes;
}

bool ScheduledReply::retry(const QString &reason)
{
    if (!m_finished || m_failure != Failure::None || m_streaming || !m_scheduler) {
        setFailure(Failure::Unusable, reason);
        return false;
    }
    m_finished = false;
    if (planRetry(Failure::Unusable, reason, -1))
        return true;
    m_finished = true;
    return false;
}

void ScheduledReply::cancel()
{
    if (m_finished)
        return;
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
    }
    releaseNetworkReply();
    if (m_queued && m_scheduler)
        m_scheduler->dequeue(this);
    finish(Failure::Cancelled, tr("cancelled"));
}

void ScheduledReply::startAttempt(QNetworkAccessManager *network)
{
    m_queued = false;
    m_running = true;
    ++m_attempts;
    const qint64 started = now();
    m_starts.append(started);
    if (m_deadlineAt < 0)
        m_deadlineAt = started + qMax(1, m_policy.deadlineMs);
    m_received = 0;
    m_streaming = false;
    m_retryAfterMs = -1;
    m_failure = Failure::None;
    m_errorText.clear();
    m_status = 0;
    m_reasonPhrase.clear();
    m_headers.clear();
    m_body.clear();
    m_networkError = QNetworkReply::NoError;
    m_delivered = true;

    QNetworkRequest request = m_request.request;
    // Qt inflates only what it asked to be compressed: asking for identity keeps compression bombs out.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(RequestScheduler::MaxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (m_request.verb == "GET")
        m_reply = network->get(request);
    else if (m_request.verb == "POST")
        m_reply = network->post(request, m_request.body);
    else
        m_reply = network->sendCustomRequest(request, m_request.verb, m_request.body);
    connect(m_reply.data(), &QNetworkReply::metaDataChanged, this, &ScheduledReply::onMetaData);
    connect(m_reply.data(), &QNetworkReply::readyRead, this, &ScheduledReply::onReadyRead);
    connect(m_reply.data(), &QNetworkReply::finished, this, &ScheduledReply::onNetworkFinished);
    connect(m_reply.data(), &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_lastActivity = now();
        Q_EMIT progress(received, total);
    });
    connect(m_reply.data(), &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            m_lastActivity = now(); // a large upload is not silence
    });
    m_lastActivity = started;
    armWatchdog();
}

void ScheduledReply::armWatchdog()
{
    if (m_finished || m_deadlineAt < 0)
        return;
    qint64 due = m_deadlineAt;
    if (m_running)
        due = qMin(due, m_lastActivity + qMax(1, m_policy.transferTimeoutMs));
    m_watchdog.start(
        static_cast<int>(qBound(qint64(0), due - now(), qint64(std::numeric_limits<int>::max()))));
}

// Bytes moving reset only the silence timer: the deadline stays where the first attempt put it.
void ScheduledReply::watch()
{
    if (m_finished)
        return;
    const qint64 time = now();
    if (m_deadlineAt >= 0 && time >= m_deadlineAt && (m_running || m_queued)) {
        const QString text =
            tr("%1 did not finish within the %2 s deadline").arg(m_label, seconds(m_policy.deadlineMs));
        if (m_running) {
            abortAttempt(Failure::Deadline, text);
        } else {
            if (m_scheduler)
                m_scheduler->dequeue(this);
            finish(Failure::Deadline, text);
        }
        return;
    }
    if (m_running && time - m_lastActivity >= qMax(1, m_policy.transferTimeoutMs)) {
        const QString timeout = seconds(m_policy.transferTimeoutMs);
        abortAttempt(Failure::Silence, m_received == 0 && m_status == 0
                                           ? tr("%1 did not answer within %2 s").arg(m_label, timeout)
                                           : tr("%1 sent nothing for %2 s").arg(m_label, timeout));
        return;
    }
    if (m_running || m_queued)
        armWatchdog();
}

void ScheduledReply::onMetaData()
{
    if (!m_reply)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A Content-Length past the cap is refused before a byte of the body is read.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > cap()) {
        abortAttempt(Failure::TooLarge,
                     RequestScheduler::tooLargeMessage(tr("the answer from %1").arg(m_label), cap()));
    }
}

void ScheduledReply::onReadyRead()
{
    if (!m_reply)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    take(m_reply->readAll());
}

void ScheduledReply::take(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    m_received += bytes.size();
    m_lastActivity = now();
    if (m_received > cap()) {
        abortAttempt(Failure::TooLarge,
                     RequestScheduler::tooLargeMessage(tr("the answer from %1").arg(m_label), cap()));
        return;
    }
    if (m_request.streamed && isSuccess(m_status)) {
        m_streaming = true;
        Q_EMIT chunk(bytes);
        return;
    }
    if (m_request.streamed)
        m_body += bytes.left(qMax(0, RequestScheduler::MaxErrorBodyBytes - int(m_body.size())));
    else
        m_body += bytes;
}

void ScheduledReply::onNetworkFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    QPointer<ScheduledReply> self(this);
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // The headers' length again: a server that announces too much and closes at once may end the reply
    // before Qt reported the headers (Qt 5 does), which must not read as an answer cut short and sent again.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > cap()) {
        abortAttempt(Failure::TooLarge,
                     RequestScheduler::tooLargeMessage(tr("the answer from %1").arg(m_label), cap()));
        return;
    }
    take(reply->readAll());
    if (!self || m_reply != reply)
        return; // cut off at the cap, or dropped by whoever read a chunk
    m_reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_headers = reply->rawHeaderPairs();
    m_networkError = reply->error();
    const int status = m_status;
    const QNetworkReply::NetworkError error = m_networkError;
    QString answered = tr("%1 answered HTTP %2").arg(m_label).arg(status);
    if (!m_reasonPhrase.isEmpty())
        answered += QStringLiteral(" (") + m_reasonPhrase + QLatin1Char(')');

    if (error == QNetworkReply::InsecureRedirectError) {
        endAttempt(Failure::Redirect, tr("%1 redirected to another site: not followed").arg(m_label), false);
    } else if (error == QNetworkReply::TooManyRedirectsError) {
        endAttempt(Failure::Redirect,
                   tr("%1 redirected more than %2 times: not followed")
                       .arg(m_label)
                       .arg(RequestScheduler::MaxRedirects),
                   false);
    } else if (status == 429 || status >= 500) {
        m_retryAfterMs = RetryAfter::milliseconds(rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        endAttempt(Failure::HttpStatus, answered, resendAllowed(Failure::HttpStatus), m_retryAfterMs);
    } else if (status == 0 && error != QNetworkReply::NoError) {
        m_delivered =
            error != QNetworkReply::ConnectionRefusedError && error != QNetworkReply::HostNotFoundError;
        endAttempt(Failure::Network, tr("the connection to %1 failed: %2").arg(m_label, networkErrorText()),
                   resendAllowed(Failure::Network));
    } else if (isSuccess(status) && error != QNetworkReply::NoError) {
        endAttempt(Failure::CutShort,
                   tr("the answer from %1 was cut short: %2").arg(m_label, networkErrorText()),
                   resendAllowed(Failure::CutShort));
    } else if (!isSuccess(status)) {
        endAttempt(Failure::HttpStatus, answered, false);
    } else {
        endAttempt(Failure::None, QString(), false);
    }
}

QString ScheduledReply::networkErrorText() const
{
    switch (m_networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Connection refused");
    case QNetworkReply::HostNotFoundError:
        return tr("Host not found");
    case QNetworkReply::RemoteHostClosedError:
        return tr("Remote host closed the connection");
    case QNetworkReply::TimeoutError:
        return tr("The connection timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection could not be set up");
    default:
        return tr("network error %1").arg(static_cast<int>(m_networkError));
    }
}

bool ScheduledReply::resendAllowed(Failure failure) const
{
    if (m_streaming)
        return false; // the client has read part of this answer
    switch (m_request.resend) {
    case OutgoingRequest::Resend::Always:
        return failure == Failure::HttpStatus || failure == Failure::Silence || failure == Failure::Network ||
               failure == Failure::CutShort;
    case OutgoingRequest::Resend::WhenAsked:
        return failure == Failure::HttpStatus;
    case OutgoingRequest::Resend::Undelivered:
        return failure == Failure::Network && !m_delivered;
    }
    return false;
}

void ScheduledReply::abortAttempt(Failure failure, const QString &reason)
{
    if (QNetworkReply *reply = m_reply.data()) {
        if (m_status == 0)
            m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->disconnect(this);
        reply->abort();
    }
    endAttempt(failure, reason, failure == Failure::Silence && resendAllowed(failure));
}

void ScheduledReply::releaseNetworkReply()
{
    m_watchdog.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->deleteLater();
    }
    m_reply.clear();
    if (m_running) {
        m_running = false;
        if (m_scheduler)
            m_scheduler->released(this);
    }
}

void ScheduledReply::endAttempt(Failure failure, const QString &reason, bool retryable, qint64 retryAfterMs)
{
    QPointer<ScheduledReply> self(this);
    releaseNetworkReply();
    if (!self)
        return;
    if (failure == Failure::None) {
        finish(Failure::None, QString());
        return;
    }
    if (retryable && planRetry(failure, reason, retryAfterMs))
        return;
    if (!retryable)
        setFailure(failure, reason);
    m_finished = true;
    Q_EMIT finished();
}

bool ScheduledReply::planRetry(Failure failure, const QString &reason, qint64 retryAfterMs)
{
    const qint64 time = now();
    if (retryAfterMs > m_policy.maxRetryAfterMs ||
        (retryAfterMs >= 0 && m_deadlineAt >= 0 && retryAfterMs >= m_deadlineAt - time)) {
        setFailure(Failure::WaitTooLong,
                   tr("%1 and asks to wait %2 s: try again later").arg(reason).arg(retryAfterMs / 1000));
        return false;
    }
    if (m_attempts > m_policy.maxRetries) {
        setFailure(failure, m_policy.maxRetries > 0
                                ? tr("%1 (gave up after %2 attempts)").arg(reason).arg(m_attempts)
                                : reason);
        return false;
    }
    // The exponent is capped so that a large retry setting cannot shift the backoff past 64 bits.
    const qint64 delay = retryAfterMs >= 0
                             ? retryAfterMs
                             : qMin(qint64(qMax(0, m_policy.maxBackoffMs)),
                                    qint64(qMax(0, m_policy.backoffMs)) << qMin(m_attempts - 1, 20));
    if (m_deadlineAt >= 0 && time + delay >= m_deadlineAt) {
        setFailure(Failure::Deadline, tr("%1; another try would come after the %2 s deadline")
                                          .arg(reason, seconds(m_policy.deadlineMs)));
        return false;
    }
    m_notBefore = time + delay;
    if (!m_scheduler) {
        setFailure(failure, reason);
        return false;
    }
    // Said before the request is queued again: a retry due at once starts inside enqueue(), and the
    // listener reads this attempt's status.
    QPointer<ScheduledReply> self(this);
    Q_EMIT retrying(reason, static_cast<int>(delay));
    if (!self || m_finished)
        return true; // dropped or cancelled by whoever heard it: nothing more is sent
    m_scheduler->enqueue(this);
    if (self && m_queued)
        armWatchdog(); // the deadline runs on while it waits
    return true;
}

void ScheduledReply::setFailure(Failure failure, const QString &text)
{
    m_failure = failure;
    m_errorText = text;
}

void ScheduledReply::finish(Failure failure, const QString &text)
{
    m_watchdog.stop();
    setFailure(failure, text);
    m_finished = true;
    Q_EMIT finished();
}

} // namespace DigestStudio
