#include "arxiv/arxivlookupclient.h"

#include "arxiv/arxivlane.h"
#include "arxiv/atomparser.h"
#include "util/scheduledreply.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace DigestStudio {

ArxivLookupClient::ArxivLookupClient(RequestScheduler *scheduler, QObject *parent)
    : EndpointClient(scheduler, ArxivLane::name(), ArxivLane::lane(), parent)
    , m_apiUrl(defaultUrl())
{
    qRegisterMetaType<ArxivLookupResult>();
}

QUrl ArxivLookupClient::lookupUrl(const QStringList &ids) const
{
    QUrl url = m_apiUrl;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id_list"), ids.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("start"), QStringLiteral("0"));
    // Always set: arXiv's default page (10) would silently drop the rest of a batch.
    query.addQueryItem(QStringLiteral("max_results"), QString::number(ids.size()));
    url.setQuery(query);
    return url;
}

quint64 ArxivLookupClient::lookup(const QVector<ArxivId> &ids)
{
    const quint64 id = open();
    Operation &op = m_operations[id];
    QSet<QString> seen;
    for (const ArxivId &arxivId : ids) {
        if (!arxivId.isValid()) {
            op.result.invalid.append(arxivId);
        } else if (!seen.contains(arxivId.id())) {
            seen.insert(arxivId.id());
            op.asked.append(arxivId.id());
        }
    }
    op.total = op.asked.size();
    for (int i = 0; i < op.asked.size(); i += m_batchSize)
        sendBatch(id, op.asked.mid(i, m_batchSize));
    if (op.asked.isEmpty())
        finishLater(id, [this, id] { finishIfDone(id); });
    return id;
}

void ArxivLookupClient::sendBatch(quint64 operation, const QStringList &ids)
{
    ScheduledReply *reply = send(operation, lookupUrl(ids), ArxivLane::accept(), MaxAnswerBytes);
    m_batches.insert(reply, {operation, ids});
}

void ArxivLookupClient::handle(quint64 operation, ScheduledReply *reply)
{
    const QStringList ids = m_batches.value(reply).ids;
    Operation &op = m_operations[operation];
    const auto concluded = [&] {
        m_batches.remove(reply);
        op.result.requests += reply->attempts();
    };
    const bool refused = reply->failure() == ScheduledReply::Failure::HttpStatus && reply->status() == 400;
    if (!reply->ok() && !refused) {
        concluded();
        return failBatch(operation, ids, reply->errorText());
    }
    const AtomParser::Result feed = AtomParser::parse(reply->body());
    if (!feed.parseError.isEmpty()) {
        if (!refused && reply->retry(QStringLiteral("arXiv's answer could not be read: ") + feed.parseError))
            return;
        concluded();
        return failBatch(operation, ids,
                         refused ? QStringLiteral("arXiv refused the request (HTTP 400)")
                                 : reply->errorText());
    }
    if (!feed.apiError.isEmpty()) {
        concluded();
        if (!refusedOne(operation, ids, feed.apiError))
            failBatch(operation, ids, QStringLiteral("arXiv reported an error: ") + feed.apiError);
        return;
    }
    // An empty page although results exist: arXiv's backend hiccups; ask again.
    if (feed.papers.isEmpty() && feed.totalResults > 0) {
        if (reply->retry(QStringLiteral("arXiv sent an empty page")))
            return;
        concluded();
        return failBatch(operation, ids, reply->errorText());
    }
    concluded();
    for (const Paper &paper : feed.papers) {
        if (ids.contains(paper.id()))
            op.found.insert(paper.id(), paper);
    }
    for (const QString &id : ids) {
        if (!op.found.contains(id))
            op.result.missing.append(id);
    }
    op.done += ids.size();
    Q_EMIT progress(operation, op.done, op.total);
    finishIfDone(operation);
}

bool ArxivLookupClient::refusedOne(quint64 operation, const QStringList &ids, const QString &apiError)
{
    // `incorrect id format for X`: name X, and ask again for the others.
    static const QRegularExpression badId(QStringLiteral("(?:for|id)\\s+(\\S+)\\s*$"));
    const QRegularExpressionMatch match = badId.match(apiError);
    const QString offending = match.hasMatch() ? match.captured(1) : QString();
    if (offending.isEmpty() || !ids.contains(offending))
        return false;
    Operation &op = m_operations[operation];
    op.result.invalid.append(ArxivId::invalid(offending, apiError));
    QStringList rest = ids;
    rest.removeAll(offending);
    ++op.done;
    Q_EMIT progress(operation, op.done, op.total);
    if (rest.isEmpty())
        finishIfDone(operation);
    else
        sendBatch(operation, rest);
    return true;
}

void ArxivLookupClient::failBatch(quint64 operation, const QStringList &ids, const QString &reason)
{
    Operation &op = m_operations[operation];
    if (op.result.error.isEmpty())
        op.result.error = reason;
    op.result.failed.append(ids);
    op.done += ids.size();
    finishIfDone(operation);
}

void ArxivLookupClient::finishIfDone(quint64 operation)
{
    if (pending(operation) > 0 || !isOpen(operation))
        return;
    const Operation op = m_operations.take(operation);
    close(operation);
    Q_EMIT finished(operation, resultOf(op));
}

ArxivLookupResult ArxivLookupClient::resultOf(const Operation &op)
{
    ArxivLookupResult result = op.result;
    for (const QString &id : op.asked) {
        const auto it = op.found.constFind(id);
        if (it != op.found.constEnd())
            result.papers.append(it.value());
    }
    return result;
}

void ArxivLookupClient::cancelled(quint64 operation)
{
    for (auto it = m_batches.begin(); it != m_batches.end();) {
        if (it->operation == operation)
            it = m_batches.erase(it);
        else
            ++it;
    }
    ArxivLookupResult result = resultOf(m_operations.take(operation));
    result.cancelled = true;
    Q_EMIT finished(operation, result);
}

} // namespace DigestStudio
