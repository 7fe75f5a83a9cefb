#include "services/authorblockreader.h"

#include "drafting/authorblockprompt.h"
#include "drafting/openaiprovider.h"
#include "services/draftjob.h"
#include "util/requestscheduler.h"
#include "util/scheduledreply.h"
#include "util/secrettext.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace DigestStudio {

AuthorBlockReader::AuthorBlockReader(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
{
    qRegisterMetaType<Answer>();
}

AuthorBlockReader::~AuthorBlockReader()
{
    for (auto &[operation, pending] : m_pending)
        delete pending.reply.data(); // drops the request
}

QString AuthorBlockReader::problem() const
{
    // DeepL translates; it cannot be asked to read.
    if (m_settings.provider != QLatin1String("openai"))
        return tr("The drafting provider \"%1\" cannot read author blocks (an OpenAI-compatible one can).")
            .arg(m_settings.provider);
    return OpenAiProvider().problem(m_settings);
}

quint64 AuthorBlockReader::read(const QStringList &block)
{
    const quint64 operation = m_next++;
    const QString text = AuthorBlockPrompt::blockText(block);
    const QString why = problem();
    if (!why.isEmpty() || text.isEmpty()) {
        Answer answer;
        answer.error = why.isEmpty() ? tr("The author block is empty.") : why;
        finishLater(operation, answer);
        return operation;
    }
    const DraftRequest draft = AuthorBlockPrompt::request(m_settings, text);
    OutgoingRequest request;
    request.lane = DraftJob::lane();
    request.request = draft.request;
    request.verb = QByteArrayLiteral("POST");
    request.body = draft.body;
    request.policy = DraftJob::policy(m_settings, MaxAnswerBytes);
    request.resend = OutgoingRequest::Resend::WhenAsked;
    ScheduledReply *reply = m_scheduler->send(request);
    m_pending[operation] = {reply, text};
    connect(reply, &ScheduledReply::finished, this, [this, operation] { onFinished(operation); });
    return operation;
}

void AuthorBlockReader::finishLater(quint64 operation, const Answer &answer)
{
    QTimer::singleShot(0, this, [this, operation, answer] { Q_EMIT finished(operation, answer); });
}

void AuthorBlockReader::onFinished(quint64 operation)
{
    const auto it = m_pending.find(operation);
    if (it == m_pending.end())
        return;
    const Pending pending = it->second;
    m_pending.erase(it);
    Answer answer;
    answer.model = m_settings.model;
    ScheduledReply *reply = pending.reply.data();
    if (!reply) {
        answer.error = tr("Cancelled.");
    } else if (!reply->ok()) {
        answer.error = failure(reply);
    } else {
        const AuthorBlockAnswer read = AuthorBlockAnswer::read(reply->body(), pending.blockText);
        answer.institutions = read.institutions;
        answer.error = SecretText::shown(read.error, {m_settings.apiKey}, 500);
    }
    if (reply)
        reply->deleteLater();
    Q_EMIT finished(operation, answer);
}

QString AuthorBlockReader::failure(const ScheduledReply *reply) const
{
    const QStringList keys{m_settings.apiKey};
    if (reply->failure() == ScheduledReply::Failure::HttpStatus) {
        const QJsonObject object = QJsonDocument::fromJson(reply->body()).object();
        QString message =
            object.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = QString::fromUtf8(reply->body()).simplified();
        if (reply->body().size() >= RequestScheduler::MaxErrorBodyBytes)
            message = SecretText::maskCutText(message, keys);
        return tr("The model's server answered HTTP %1: %2")
            .arg(reply->status())
            .arg(SecretText::shown(message, keys, 200));
    }
    return SecretText::shown(reply->errorText(), keys, 500);
}

void AuthorBlockReader::cancelAll()
{
    std::vector<quint64> operations;
    for (const auto &[operation, pending] : m_pending)
        operations.push_back(operation);
    for (quint64 operation : operations) {
        const auto it = m_pending.find(operation);
        if (it != m_pending.end() && it->second.reply)
            it->second.reply->cancel(); // finished() follows with the scheduler's "Cancelled."
    }
}

AuthorBlockReader::Answer AuthorBlockReader::readAndWait(const QStringList &block)
{
    QEventLoop loop;
    Answer result;
    quint64 wanted = 0;
    bool done = false;
    const auto connection =
        connect(this, &AuthorBlockReader::finished, &loop, [&](quint64 operation, const Answer &answer) {
            if (operation != wanted)
                return;
            result = answer;
            done = true;
            loop.quit();
        });
    wanted = read(block);
    if (!done)
        loop.exec();
    disconnect(connection);
    return result;
}

} // namespace DigestStudio
