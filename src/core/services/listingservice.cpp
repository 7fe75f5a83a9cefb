#include "services/listingservice.h"

#include "arxiv/arxivlistingclient.h"

#include <QEventLoop>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace DigestStudio {

ListingService::ListingService(ArxivListingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &ArxivListingClient::finished, this, &ListingService::onFetched);
    connect(m_client, &ArxivListingClient::progress, this, [this](quint64 operation, int done, int total) {
        if (m_operations.contains(operation))
            Q_EMIT progress(operation, done, total);
    });
    connect(m_client, &ArxivListingClient::retrying, this,
            [this](quint64 operation, const QString &reason, int delayMs) {
                if (m_operations.contains(operation))
                    Q_EMIT retrying(operation, reason, delayMs);
            });
}

quint64 ListingService::fetch(const QStringList &categories, bool includeCrossLists)
{
    // The client answers later, never inside fetch(): the number is known before the answer comes.
    const quint64 operation = m_client->fetch(categories);
    m_operations.insert(operation, includeCrossLists);
    return operation;
}

ArxivListingResult ListingService::fetchAndWait(const QStringList &categories, bool includeCrossLists)
{
    ArxivListingResult result;
    QEventLoop loop;
    const quint64 operation = fetch(categories, includeCrossLists);
    connect(this, &ListingService::finished, &loop, [&](quint64 finished, const ArxivListingResult &answer) {
        if (finished != operation)
            return;
        result = answer;
        loop.quit();
    });
    loop.exec();
    return result;
}

void ListingService::cancel(quint64 operation)
{
    if (m_operations.contains(operation))
        m_client->cancel(operation);
}

void ListingService::onFetched(quint64 operation, const ArxivListingResult &fetched)
{
    const auto it = m_operations.constFind(operation);
    if (it == m_operations.constEnd())
        return;
    const bool includeCrossLists = it.value();
    m_operations.erase(it);
    Q_EMIT finished(operation, select(fetched, includeCrossLists));
}

ArxivListingResult ListingService::select(const ArxivListingResult &fetched, bool includeCrossLists)
{
    ArxivListingResult out = fetched;
    out.items.clear();
    if (!fetched.error.isEmpty() || fetched.cancelled)
        return out;
    QSet<QString> seen;
    bool anyReplacement = false;
    for (const ListingParser::Item &item : fetched.items) {
        const bool wanted = item.type == ListingParser::AnnounceType::New ||
                            (includeCrossLists && item.type == ListingParser::AnnounceType::Cross);
        anyReplacement = anyReplacement || item.type == ListingParser::AnnounceType::Replace ||
                         item.type == ListingParser::AnnounceType::ReplaceCross;
        if (!wanted || seen.contains(item.paper.id()))
            continue;
        seen.insert(item.paper.id());
        out.items.append(item);
    }
    if (fetched.items.isEmpty())
        out.notice = emptyDayNotice(fetched);
    else if (out.items.isEmpty())
        out.notice = anyReplacement
                         ? QStringLiteral("Only replacements of older papers were announced today.")
                         : QStringLiteral("No new submissions in these categories today.");
    return out;
}

QString ListingService::emptyDayNotice(const ArxivListingResult &fetched)
{
    const QDate day = listingDay(fetched);
    const int weekday = day.dayOfWeek();
    const QString dayName = QLocale::c().dayName(weekday);
    if (weekday >= 6 || fetched.skipDays.contains(dayName))
        return QStringLiteral("arXiv announces no papers on Saturdays and Sundays (%1 is a %2): "
                              "the next listing comes on Monday.")
            .arg(day.toString(Qt::ISODate), dayName);
    return QStringLiteral("arXiv announced no papers on %1 (%2): probably a holiday.")
        .arg(day.toString(Qt::ISODate), dayName);
}

QDate ListingService::listingDay(const ArxivListingResult &result)
{
    return result.announced.isValid() ? result.announced.date() : QDate::currentDate();
}

QVector<Paper> ListingService::papers(const ArxivListingResult &result)
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
