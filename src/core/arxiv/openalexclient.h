// OpenAlex's record of an arXiv paper (`/works/doi:10.48550/arXiv.<id>`): its authors and their
// institutions. OpenAlex asks for no more than ten requests a second; its lane keeps to that.
#pragma once

#include "arxiv/arxivresults.h"
#include "arxiv/endpointclient.h"

#include <QHash>

namespace DigestStudio {

class OpenAlexClient final : public EndpointClient
{
    Q_OBJECT

public:
    static constexpr qint64 MaxAnswerBytes = 4 * 1024 * 1024;
    // One request, retries included: a work record is a few KB.
    static constexpr int DeadlineMs = 60 * 1000;
    static QString defaultUrl() { return QStringLiteral("https://api.openalex.org"); }
    static QString laneName() { return QStringLiteral("openalex"); }
    // 100 ms between requests (ten a second), retries and silence as given.
    static RequestLane lane(int timeoutMs = 30000, int maxRetries = 4);

    explicit OpenAlexClient(RequestScheduler *scheduler, QObject *parent = nullptr);

    void setUrl(const QUrl &url) { m_url = url; }
    QUrl url() const { return m_url; }
    // Sent as the `api_key` query item; never shown in a message.
    void setApiKey(const QString &key) { m_apiKey = key; }

    // The affiliations of `arxivId` (with or without `arXiv:` and a version); the operation number the
    // signals carry.
    quint64 fetchAffiliations(const QString &arxivId);

Q_SIGNALS:
    void finished(quint64 operation, const DigestStudio::AffiliationResult &result);

private:
    void handle(quint64 operation, ScheduledReply *reply) override;
    void cancelled(quint64 operation) override;
    QString redact(const QString &text) const override;
    void finish(quint64 operation);

    QUrl m_url;
    QString m_apiKey;
    QHash<quint64, AffiliationResult> m_operations;
};

} // namespace DigestStudio
