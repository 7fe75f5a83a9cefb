#include "arxiv/arxivsearchclient.h"

#include "arxiv/arxivlane.h"
#include "arxiv/arxivlookupclient.h"
#include "arxiv/atomparser.h"
#include "util/scheduledreply.h"

#include <QUrlQuery>

namespace DigestStudio {

ArxivSearchClient::ArxivSearchClient(RequestScheduler *scheduler, QObject *parent)
    : EndpointClient(scheduler, ArxivLane::name(), ArxivLane::lane(), parent)
    , m_apiUrl(ArxivLookupClient::defaultUrl())
{
    qRegisterMetaType<ArxivSearchResult>();
}

QUrl ArxivSearchClient::searchUrl(const QString &query, int start, int pageSize) const
{
    QStringList terms;
    for (const QString &word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString w = word;
        w.remove(QLatin1Char('"'));
        if (!w.isEmpty())
            terms.append(QStringLiteral("all:") + w);
    }
    QUrl url = m_apiUrl;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("search_query"), terms.join(QStringLiteral(" AND ")));
    q.addQueryItem(QStringLiteral("start"), QString::number(start));
    q.addQueryItem(QStringLiteral("max_results"), QString::number(pageSize));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("submittedDate"));
    q.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("descending"));
    url.setQuery(q);
    return url;
}

quint64 ArxivSearchClient::search(const QString &query, int start, int pageSize)
{
    const quint64 id = open();
    ArxivSearchResult &result = m_operations[id];
    result.query = query.simplified();
    result.start = qMax(0, start);
    if (result.query.isEmpty()) {
        result.error = QStringLiteral("nothing to search for");
        finishLater(id, [this, id] { finish(id); });
        return id;
    }
    send(id, searchUrl(result.query, result.start, qBound(1, pageSize, 200)), ArxivLane::accept(),
         MaxAnswerBytes);
    return id;
}

void ArxivSearchClient::handle(quint64 operation, ScheduledReply *reply)
{
    ArxivSearchResult &result = m_operations[operation];
    if (!reply->ok()) {
        result.error = reply->errorText();
        return finish(operation);
    }
    const AtomParser::Result feed = AtomParser::parse(reply->body());
    if (!feed.parseError.isEmpty()) {
        if (!reply->retry(QStringLiteral("arXiv's answer could not be read: ") + feed.parseError))
            result.error = reply->errorText();
    } else if (!feed.apiError.isEmpty()) {
        result.error = QStringLiteral("arXiv reported an error: ") + feed.apiError;
    } else if (feed.papers.isEmpty() && feed.totalResults > result.start) {
        if (!reply->retry(QStringLiteral("arXiv sent an empty page")))
            result.error = reply->errorText();
    } else {
        result.papers = feed.papers;
        result.totalResults = qMax(feed.totalResults, int(feed.papers.size()));
    }
    if (reply->isFinished())
        finish(operation);
}

void ArxivSearchClient::finish(quint64 operation)
{
    if (!isOpen(operation))
        return; // cancelled meanwhile
    const ArxivSearchResult result = m_operations.take(operation);
    close(operation);
    Q_EMIT finished(operation, result);
}

void ArxivSearchClient::cancelled(quint64 operation)
{
    ArxivSearchResult result = m_operations.take(operation);
    result.cancelled = true;
    Q_EMIT finished(operation, result);
}

} // namespace DigestStudio
