// arXiv's daily listing feeds (rss.arxiv.org, RSS or Atom) fetched for a set of categories: every item of the
// feed as it stands. Which of them count, and what an empty day means, is ListingService's rule.
#pragma once

#include "arxiv/arxivresults.h"
#include "arxiv/endpointclient.h"

#include <QHash>

namespace DigestStudio {

class ArxivListingClient final : public EndpointClient
{
    Q_OBJECT

public:
    // A busy day's listing is about 5 MB.
    static constexpr qint64 MaxAnswerBytes = 32 * 1024 * 1024;
    static QString defaultUrl() { return QStringLiteral("https://rss.arxiv.org/rss/"); }

    explicit ArxivListingClient(RequestScheduler *scheduler, QObject *parent = nullptr);

    // The base: `https://rss.arxiv.org/rss/`; the categories are appended joined by `+`.
    void setListingUrl(const QUrl &url) { m_listingUrl = url; }
    QUrl listingUrl() const { return m_listingUrl; }

    // Today's feed for `categories`; the operation number the signals carry.
    quint64 fetch(const QStringList &categories);

Q_SIGNALS:
    void finished(quint64 operation, const DigestStudio::ArxivListingResult &result);

private:
    void handle(quint64 operation, ScheduledReply *reply) override;
    void cancelled(quint64 operation) override;
    void finish(quint64 operation);

    QUrl m_listingUrl;
    QHash<quint64, ArxivListingResult> m_operations;
};

} // namespace DigestStudio
