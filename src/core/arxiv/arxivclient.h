// Talks to arXiv politely: batched id lookups, daily listings and OpenAlex affiliations, one request at a
// time with retries, a timeout and cancellation.
#pragma once

#include "arxiv/listingparser.h"
#include "model/arxivid.h"
#include "model/paper.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVector>

class QNetworkAccessManager;
class QNetworkReply;

namespace DigestStudio {

class PaperStore;

class ArxivClient final : public QObject
{
    Q_OBJECT

public:
    // The largest answer read from each server; a larger one is refused with a message (a hostile or broken
    // server cannot fill the memory). An API page of 100 papers is about 0.5 MB, a busy day's listing 5 MB.
    static constexpr qint64 MaxApiAnswerBytes = 16 * 1024 * 1024;
    static constexpr qint64 MaxListingBytes = 32 * 1024 * 1024;
    static constexpr qint64 MaxOpenAlexBytes = 4 * 1024 * 1024;

    // arXiv's documented endpoints and terms of use (one request every 3 s): the client's defaults, and the
    // defaults of the settings that override them.
    static constexpr int DefaultIntervalMs = 3000;
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr int DefaultMaxRetries = 4;
    static constexpr int DefaultBatchSize = 100;
    static QString defaultApiUrl() { return QStringLiteral("https://export.arxiv.org/api/query"); }
    static QString defaultListingUrl() { return QStringLiteral("https://rss.arxiv.org/rss/"); }
    static QString defaultOpenAlexUrl() { return QStringLiteral("https://api.openalex.org"); }

    struct LookupResult
    {
        QVector<Paper> papers;    // the papers found, in the order they were asked for
        QStringList fromLibrary;  // ids answered from the library without a request
        QStringList missing;      // well-formed ids arXiv has no paper for
        QVector<ArxivId> invalid; // ids arXiv refused as malformed (error() says why)
        QString error;            // why some ids could not be looked up at all; empty when none
        QStringList failed;       // the ids that `error` concerns
        QString storeError;       // the library refused the results
        bool cancelled = false;
        int requests = 0; // HTTP requests made, retries included
    };

    struct ListingResult
    {
        QStringList categories;
        QVector<ListingParser::Item> items; // new submissions (and cross-lists when asked); no replacements
        QDateTime announced;                // the feed's announcement date
        QString notice;                     // why there is nothing: a weekend or a holiday
        QString error;
        bool cancelled = false;
    };

    struct SearchResult
    {
        QString query;
        int start = 0;         // the index of the first paper of this page
        int totalResults = 0;  // matches in all
        QVector<Paper> papers; // this page
        QString error;
        bool cancelled = false;
    };

    struct AffiliationResult
    {
        QString arxivId;
        QStringList authors;      // as OpenAlex names them, in author order
        QStringList affiliations; // one per author (several joined by `; `), empty strings where unknown
        QString error;
        bool cancelled = false;
    };

    explicit ArxivClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ArxivClient() override;

    void setApiUrl(const QUrl &url) { m_apiUrl = url; }
    QUrl apiUrl() const { return m_apiUrl; }
    // The daily listing base: `https://rss.arxiv.org/rss/`; categories are appended joined by `+`.
    void setListingUrl(const QUrl &url) { m_listingUrl = url; }
    QUrl listingUrl() const { return m_listingUrl; }
    void setOpenAlexUrl(const QUrl &url) { m_openAlexUrl = url; }
    void setOpenAlexApiKey(const QString &key) { m_openAlexApiKey = key; }
    // Least time between the starts of two arXiv requests (arXiv asks for 3000 ms).
    void setIntervalMs(int ms) { m_intervalMs = qMax(0, ms); }
    int intervalMs() const { return m_intervalMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = qMax(1, ms); }
    int timeoutMs() const { return m_timeoutMs; }
    // Retries after a 429, 503, other 5xx, timeout, broken connection or unreadable answer.
    void setMaxRetries(int count) { m_maxRetries = qMax(0, count); }
    // The first backoff when the server gives no Retry-After; doubled on every further retry.
    void setBackoffMs(int ms) { m_backoffMs = qMax(0, ms); }
    // A Retry-After longer than this fails the request instead of waiting.
    void setMaxRetryAfterMs(int ms) { m_maxRetryAfterMs = ms; }
    // Ids per id_list request; arXiv's limit here is 100.
    void setBatchSize(int size) { m_batchSize = qBound(1, size, 100); }
    void setUserAgent(const QString &userAgent) { m_userAgent = userAgent; }
    // The library: known papers are answered from it and results stored in it. May be null (no caching).
    void setStore(PaperStore *store) { m_store = store; }

    // Looks the ids up (invalid ones are reported back as invalid without a request). Known papers come from
    // the library unless `refresh`. Returns the operation number that the signals carry.
    quint64 lookup(const QVector<ArxivId> &ids, bool refresh = false);
    // Today's listing for `categories`; replacements are always left out, cross-lists unless asked for.
    quint64 fetchListing(const QStringList &categories, bool includeCrossLists = false);
    // One page of an arXiv search (every word must match, in any field), newest first.
    quint64 search(const QString &query, int start = 0, int pageSize = 25);
    // Affiliations from OpenAlex (`/works/doi:10.48550/arXiv.<id>`).
    quint64 fetchOpenAlexAffiliations(const QString &arxivId);

    // The operation ends at once with `cancelled` set; a request under way is aborted.
    void cancel(quint64 operation);
    void cancelAll();
    bool isBusy() const { return !m_operations.isEmpty(); }

    // The URL of one id_list request (max_results always set).
    QUrl lookupUrl(const QStringList &ids) const;

    // The URL of one search page.
    QUrl searchUrl(const QString &query, int start, int pageSize) const;

    // Retry-After as seconds or an HTTP date, in milliseconds from `now`; -1 when absent or unreadable.
    static qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);

Q_SIGNALS:
    // Ids (or feeds) finished so far out of the total.
    void progress(quint64 operation, int done, int total);
    void lookupFinished(quint64 operation, const DigestStudio::ArxivClient::LookupResult &result);
    void listingFinished(quint64 operation, const DigestStudio::ArxivClient::ListingResult &result);
    void searchFinished(quint64 operation, const DigestStudio::ArxivClient::SearchResult &result);
    void affiliationsFinished(quint64 operation, const DigestStudio::ArxivClient::AffiliationResult &result);
    // A looked-up paper has a newer version than the library had: entries written from the older one are
    // out of date (EntryDefaults::newerVersion tells which).
    void newerVersionFound(const DigestStudio::Paper &paper, int previousVersion);
    // A request is waiting to be retried (for the progress text).
    void retrying(quint64 operation, const QString &reason, int delayMs);

private:
    enum class Kind { Lookup, Listing, Search, OpenAlex };
    static qint64 maxAnswerBytes(Kind kind);

    struct Job
    {
        quint64 operation = 0;
        Kind kind = Kind::Lookup;
        QUrl url;
        QStringList ids; // a lookup batch, or the one id of an OpenAlex request
        int attempt = 0;
        qint64 notBeforeMs = 0;
    };

    struct Operation
    {
        Kind kind = Kind::Lookup;
        int pendingJobs = 0;
        int total = 0;
        int done = 0;
        QStringList asked; // lookup: ids in the order asked
        QHash<QString, Paper> found;
        bool refresh = false;
        bool includeCrossLists = false;
        LookupResult lookup;
        ListingResult listing;
        SearchResult search;
        AffiliationResult affiliations;
    };

    quint64 newOperation(Kind kind);
    void enqueue(const Job &job);
    void schedule();
    void startJob(const Job &job);
    void onReplyFinished();
    void onTimeout();
    // Puts the job back for another attempt, or fails it when the attempts are used up.
    void retryOrFail(Job job, const QString &reason, qint64 retryAfter);
    void failJob(const Job &job, const QString &reason);
    void handleLookupAnswer(const Job &job, int status, const QByteArray &body);
    void handleListingAnswer(const Job &job, const QByteArray &body);
    void handleSearchAnswer(const Job &job, const QByteArray &body);
    void handleOpenAlexAnswer(const Job &job, int status, const QByteArray &body);
    void jobDone(quint64 operation);
    void finishOperation(quint64 operation);
    void finishLookup(quint64 id, Operation &op);
    bool isArxivJob(const Job &job) const { return job.kind != Kind::OpenAlex; }

    QNetworkAccessManager *m_network;
    PaperStore *m_store = nullptr;
    QUrl m_apiUrl;
    QUrl m_listingUrl;
    QUrl m_openAlexUrl;
    QString m_openAlexApiKey;
    QString m_userAgent;
    // The settings' defaults (SettingsKeys) until set; LaunchConfig resolves what the user chose.
    int m_intervalMs;
    int m_timeoutMs;
    int m_maxRetries;
    int m_backoffMs;
    int m_maxRetryAfterMs = 300000;
    int m_batchSize;

    quint64 m_nextOperation = 1;
    QHash<quint64, Operation> m_operations;
    QList<Job> m_queue;
    QPointer<QNetworkReply> m_reply;
    Job m_current;
    bool m_timedOut = false;
    QTimer m_scheduleTimer;
    QTimer m_timeoutTimer;
    QElapsedTimer m_clock;
    qint64 m_lastArxivStartMs = -1;
    // Affiliations seen in daily listings (dc:creator), by id: used when the API has none.
    QHash<QString, QStringList> m_listingAffiliations;
};

} // namespace DigestStudio

Q_DECLARE_METATYPE(DigestStudio::ArxivClient::LookupResult)
Q_DECLARE_METATYPE(DigestStudio::ArxivClient::ListingResult)
Q_DECLARE_METATYPE(DigestStudio::ArxivClient::SearchResult)
Q_DECLARE_METATYPE(DigestStudio::ArxivClient::AffiliationResult)
