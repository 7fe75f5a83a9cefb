#include "services/listingservice.h"

#include <QEventLoop>
#include <QRegularExpression>

namespace DigestStudio {

ListingService::ListingService(ArxivClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &ArxivClient::listingFinished, this, &ListingService::onListingFinished);
}

quint64 ListingService::fetch(const QStringList &categories, bool includeCrossLists)
{
    // The client answers later, never inside fetchListing(): the number is known before the answer comes.
    const quint64 operation = m_client->fetchListing(categories, includeCrossLists);
    m_operations.insert(operation);
    return operation;
}

ArxivClient::ListingResult ListingService::fetchAndWait(const QStringList &categories, bool includeCrossLists)
{
    ArxivClient::ListingResult result;
    QEventLoop loop;
    const quint64 operation = fetch(categories, includeCrossLists);
    connect(this, &ListingService::finished, &loop,
            [&](quint64 finished, const ArxivClient::ListingResult &answer) {
                if (finished != operation)
                    return;
                result = answer;
                loop.quit();
            });
    loop.exec();
    return result;
}

void ListingService::onListingFinished(quint64 operation, const ArxivClient::ListingResult &result)
{
    if (m_operations.remove(operation))
        Q_EMIT finished(operation, result);
}

QVector<Paper> ListingService::papers(const ArxivClient::ListingResult &result)
{
    QVector<Paper> papers;
    papers.reserve(result.items.size());
    for (const ListingParser::Item &item : result.items)
        papers.append(item.paper);
    return papers;
}

bool ListingService::isCategory(const QString &text)
{
    static const QRegularExpression category(QStringLiteral("^[a-z][a-z-]*(\\.[A-Za-z][A-Za-z-]*)?$"));
    return category.match(text).hasMatch();
}

} // namespace DigestStudio
