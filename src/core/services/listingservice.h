// Today's arXiv listing for both faces: the saved categories unless others are asked for, new submissions
// only (cross-lists on request, replacements never), and a notice instead of papers on weekends and holidays.
#pragma once

#include "arxiv/arxivclient.h"
#include "model/paper.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

class ListingService final : public QObject
{
    Q_OBJECT

public:
    // `client` is not owned.
    explicit ListingService(ArxivClient *client, QObject *parent = nullptr);

    ArxivClient *client() const { return m_client; }

    // The categories and the cross-list choice used when none are given (the saved ones).
    void setDefaultCategories(const QStringList &categories) { m_categories = categories; }
    QStringList defaultCategories() const { return m_categories; }
    void setCrossListsByDefault(bool include) { m_crossLists = include; }
    bool crossListsByDefault() const { return m_crossLists; }

    // Fetches the listing in the background; finished() carries the returned operation number.
    quint64 fetch(const QStringList &categories, bool includeCrossLists);
    // Fetches the listing and waits for it (digestctl).
    ArxivClient::ListingResult fetchAndWait(const QStringList &categories, bool includeCrossLists);

    // The listed papers in the feed's order.
    static QVector<Paper> papers(const ArxivClient::ListingResult &result);
    // `cs.LG`, `math`, `eess.AS`, `hep-th`: what arXiv names a category (or an archive).
    static bool isCategory(const QString &text);

Q_SIGNALS:
    void finished(quint64 operation, const DigestStudio::ArxivClient::ListingResult &result);

private:
    void onListingFinished(quint64 operation, const ArxivClient::ListingResult &result);

    ArxivClient *m_client;
    QStringList m_categories;
    bool m_crossLists = false;
    QSet<quint64> m_operations;
};

} // namespace DigestStudio
