#include "arxiv/arxivlistingclient.h"

#include "arxiv/arxivlane.h"
#include "util/scheduledreply.h"

namespace DigestStudio {

ArxivListingClient::ArxivListingClient(RequestScheduler *scheduler, QObject *parent)
    : EndpointClient(scheduler, ArxivLane::name(), ArxivLane::lane(), parent)
    , m_listingUrl(defaultUrl())
{
    qRegisterMetaType<ArxivListingResult>();
}

quint64 ArxivListingClient::fetch(const QStringList &categories)
{
    const quint64 id = open();
    ArxivListingResult &result = m_operations[id];
    result.categories = categories;
    if (categories.isEmpty()) {
        result.error = QStringLiteral("no categories chosen for the daily listing");
        finishLater(id, [this, id] { finish(id); });
        return id;
    }
    QUrl url = m_listingUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + categories.join(QLatin1Char('+')));
    send(id, url, ArxivLane::accept(), MaxAnswerBytes);
    return id;
}

void ArxivListingClient::handle(quint64 operation, ScheduledReply *reply)
{
    ArxivListingResult &result = m_operations[operation];
    if (!reply->ok()) {
        result.error = reply->errorText();
        return finish(operation);
    }
    const ListingParser::Result feed = ListingParser::parse(reply->body());
    if (!feed.ok()) {
        if (reply->retry(QStringLiteral("the daily listing could not be read: ") + feed.parseError))
            return;
        result.error = reply->errorText();
        return finish(operation);
    }
    result.items = feed.items;
    result.announced = feed.announced;
    result.skipDays = feed.skipDays;
    Q_EMIT progress(operation, 1, 1);
    finish(operation);
}

void ArxivListingClient::finish(quint64 operation)
{
    if (!isOpen(operation))
        return; // cancelled meanwhile
    const ArxivListingResult result = m_operations.take(operation);
    close(operation);
    Q_EMIT finished(operation, result);
}

void ArxivListingClient::cancelled(quint64 operation)
{
    ArxivListingResult result = m_operations.take(operation);
    result.cancelled = true;
    Q_EMIT finished(operation, result);
}

} // namespace DigestStudio
