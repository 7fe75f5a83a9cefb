// Today's arXiv listing for both faces: the saved categories unless others are asked for, new submissions
// only (cross-lists on request, replacements never), a notice instead of papers on weekends and holidays, and
// the listing-day rule: which day a fetched listing is announced for, and so stored under.
#pragma once

#include "arxiv/arxivresults.h"
#include "model/paper.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

class ArxivListingClient;

class ListingService final : public QObject
{
    Q_OBJECT

public:
    // `client` is not owned.
    explicit ListingService(ArxivListingClient *client, QObject *parent = nullptr);

    ArxivListingClient *client() const { return m_client; }

    // The categories and the cross-list choice used when none are given (the saved ones).
    void setDefaultCategories(const QStringList &categories) { m_categories = categories; }
    QStringList defaultCategories() const { return m_categories; }
    void setCrossListsByDefault(bool include) { m_crossLists = include; }
    bool crossListsByDefault() const { return m_crossLists; }

    // Fetches the listing in the background; finished() carries the returned operation number.
    quint64 fetch(const QStringList &categories, bool includeCrossLists);
    // Fetches the listing and waits for it (digestctl).
    ArxivListingResult fetchAndWait(const QStringList &categories, bool includeCrossLists);
    // The fetch ends at once with `cancelled` set.
    void cancel(quint64 operation);

    // What a feed as fetched lists for the digest: the new submissions (and cross-lists when asked), each
    // once, in feed order; and when there are none, a notice that says why.
    static ArxivListingResult select(const ArxivListingResult &fetched, bool includeCrossLists);
    // The day a listing is announced for: the feed's announcement date, or today's when it has none. A
    // listing is stored under this day, and its weekday decides the weekend notice.
    static QDate listingDay(const ArxivListingResult &result);
    // The listed papers in the feed's order.
    static QVector<Paper> papers(const ArxivListingResult &result);
    // `cs.LG`, `math`, `eess.AS`, `hep-th`: what arXiv names a category (or an archive).
    static bool isCategory(const QString &text);

Q_SIGNALS:
    void finished(quint64 operation, const DigestStudio::ArxivListingResult &result);
    void progress(quint64 operation, int done, int total);
    void retrying(quint64 operation, const QString &reason, int delayMs);

private:
    void onFetched(quint64 operation, const ArxivListingResult &fetched);
    static QString emptyDayNotice(const ArxivListingResult &fetched);

    ArxivListingClient *m_client;
    QStringList m_categories;
    bool m_crossLists = false;
    QHash<quint64, bool> m_operations; // each fetch under way, and whether it includes cross-lists
};

} // namespace DigestStudio
