// arXiv's API looked up by id: well-formed ids in batches (one id_list request per batch), the papers back in
// the order asked, ids arXiv has no paper for or refuses named. It keeps nothing: the library is the
// intake's.
#pragma once

#include "arxiv/arxivresults.h"
#include "arxiv/endpointclient.h"

#include <QHash>

namespace DigestStudio {

class ArxivLookupClient final : public EndpointClient
{
    Q_OBJECT

public:
    // An API page of 100 papers is about 0.5 MB; a larger answer is refused with a message.
    static constexpr qint64 MaxAnswerBytes = 16 * 1024 * 1024;
    static constexpr int DefaultBatchSize = 100;
    static QString defaultUrl() { return QStringLiteral("https://export.arxiv.org/api/query"); }

    explicit ArxivLookupClient(RequestScheduler *scheduler, QObject *parent = nullptr);

    void setApiUrl(const QUrl &url) { m_apiUrl = url; }
    QUrl apiUrl() const { return m_apiUrl; }
    // Ids per id_list request; arXiv's limit here is 100.
    void setBatchSize(int size) { m_batchSize = qBound(1, size, 100); }
    int batchSize() const { return m_batchSize; }

    // Looks the ids up (invalid ones come back as invalid without a request; repeats are dropped). Returns
    // the operation number the signals carry; the answer never comes before this returns.
    quint64 lookup(const QVector<ArxivId> &ids);
    // The URL of one id_list request (max_results always set).
    QUrl lookupUrl(const QStringList &ids) const;

Q_SIGNALS:
    void finished(quint64 operation, const DigestStudio::ArxivLookupResult &result);

private:
    struct Operation
    {
        QStringList asked; // ids in the order asked
        QHash<QString, Paper> found;
        ArxivLookupResult result;
        int total = 0;
        int done = 0;
    };

    void sendBatch(quint64 operation, const QStringList &ids);
    void handle(quint64 operation, ScheduledReply *reply) override;
    void cancelled(quint64 operation) override;
    // An answer that names an id arXiv refuses: that id is invalid, the others are asked again.
    bool refusedOne(quint64 operation, const QStringList &ids, const QString &apiError);
    void failBatch(quint64 operation, const QStringList &ids, const QString &reason);
    void finishIfDone(quint64 operation);
    // The papers found so far, in the order asked.
    static ArxivLookupResult resultOf(const Operation &op);

    QUrl m_apiUrl;
    int m_batchSize = DefaultBatchSize;
    QHash<quint64, Operation> m_operations;
    struct Batch
    {
        quint64 operation = 0;
        QStringList ids;
    };
    QHash<ScheduledReply *, Batch> m_batches;
};

} // namespace DigestStudio
