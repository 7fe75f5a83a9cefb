// arXiv's API searched: one page of papers in which every word matches (in any field), newest first.
#pragma once

#include "arxiv/arxivresults.h"
#include "arxiv/endpointclient.h"

#include <QHash>

namespace DigestStudio {

class ArxivSearchClient final : public EndpointClient
{
    Q_OBJECT

public:
    static constexpr qint64 MaxAnswerBytes = 16 * 1024 * 1024;

    explicit ArxivSearchClient(RequestScheduler *scheduler, QObject *parent = nullptr);

    void setApiUrl(const QUrl &url) { m_apiUrl = url; }
    QUrl apiUrl() const { return m_apiUrl; }

    // One page, `start` the index of its first paper; the operation number the signals carry.
    quint64 search(const QString &query, int start = 0, int pageSize = 25);
    // The URL of one search page.
    QUrl searchUrl(const QString &query, int start, int pageSize) const;

Q_SIGNALS:
    void finished(quint64 operation, const DigestStudio::ArxivSearchResult &result);

private:
    void handle(quint64 operation, ScheduledReply *reply) override;
    void cancelled(quint64 operation) override;
    void finish(quint64 operation);

    QUrl m_apiUrl;
    QHash<quint64, ArxivSearchResult> m_operations;
};

} // namespace DigestStudio
