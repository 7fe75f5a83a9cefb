#include "arxiv/arxivclient.h"

#include "arxiv/atomparser.h"
#include "model/paperstore.h"
#include "util/appinfo.h"
#include "util/boundedreply.h"
#include "util/retryafter.h"
#include "util/secrettext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <limits>

namespace DigestStudio {

namespace {

QString httpStatusText(int status, const QString &reason)
{
    QString text = QStringLiteral("HTTP %1").arg(status);
    if (!reason.isEmpty())
        text += QStringLiteral(" (") + reason + QLatin1Char(')');
    return text;
}

QString hostOf(const QUrl &url)
{
    return url.host().isEmpty() ? url.toString() : url.host();
}

} // namespace

ArxivClient::ArxivClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_apiUrl(defaultApiUrl())
    , m_listingUrl(defaultListingUrl())
    , m_openAlexUrl(defaultOpenAlexUrl())
    , m_userAgent(AppInfo::userAgent())
    , m_intervalMs(DefaultIntervalMs)
    , m_timeoutMs(DefaultTimeoutMs)
    , m_maxRetries(DefaultMaxRetries)
    , m_backoffMs(DefaultIntervalMs)
    , m_batchSize(DefaultBatchSize)
{
    qRegisterMetaType<LookupResult>();
    qRegisterMetaType<ListingResult>();
    qRegisterMetaType<SearchResult>();
    qRegisterMetaType<AffiliationResult>();
    qRegisterMetaType<Paper>();
    m_clock.start();
    m_scheduleTimer.setSingleShot(true);
    m_timeoutTimer.setSingleShot(true);
    connect(&m_scheduleTimer, &QTimer::timeout, this, &ArxivClient::schedule);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ArxivClient::onTimeout);
}

ArxivClient::~ArxivClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl ArxivClient::lookupUrl(const QStringList &ids) const
{
    QUrl url = m_apiUrl;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id_list"), ids.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("start"), QStringLiteral("0"));
    // Always set: arXiv's default page (10) would silently drop the rest of a batch.
    query.addQueryItem(QStringLiteral("max_results"), QString::number(ids.size()));
    url.setQuery(query);
    return url;
}

QUrl ArxivClient::searchUrl(const QString &query, int start, int pageSize) const
{
    QStringList terms;
    for (const QString &word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString w = word;
        w.remove(QLatin1Char('"'));
        if (!w.isEmpty())
            terms.append(QStringLiteral("all:") + w);
    }
    QUrl url = m_apiUrl;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("search_query"), terms.join(QStringLiteral(" AND ")));
    q.addQueryItem(QStringLiteral("start"), QString::number(start));
    q.addQueryItem(QStringLiteral("max_results"), QString::number(pageSize));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("submittedDate"));
    q.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("descending"));
    url.setQuery(q);
    return url;
}

qint64 ArxivClient::maxAnswerBytes(Kind kind)
{
    switch (kind) {
    case Kind::Listing:
        return MaxListingBytes;
    case Kind::OpenAlex:
        return MaxOpenAlexBytes;
    default:
        return MaxApiAnswerBytes;
    }
}

qint64 ArxivClient::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    return RetryAfter::milliseconds(value, now);
}

quint64 ArxivClient::newOperation(Kind kind)
{
    const quint64 id = m_nextOperation++;
    Operation op;
    op.kind = kind;
    m_operations.insert(id, op);
    return id;
}

quint64 ArxivClient::lookup(const QVector<ArxivId> &ids, bool refresh)
{
    const quint64 id = newOperation(Kind::Lookup);
    Operation &op = m_operations[id];
    op.refresh = refresh;
    QStringList toFetch;
    QSet<QString> seen;
    for (const ArxivId &arxivId : ids) {
        if (!arxivId.isValid()) {
            op.lookup.invalid.append(arxivId);
            continue;
        }
        if (seen.contains(arxivId.id()))
            continue;
        seen.insert(arxivId.id());
        op.asked.append(arxivId.id());
        Paper known;
        if (!refresh && m_store && m_store->findPaper(arxivId.id(), &known)) {
            op.found.insert(arxivId.id(), known);
            op.lookup.fromLibrary.append(arxivId.id());
            continue;
        }
        toFetch.append(arxivId.id());
    }
    op.total = op.asked.size();
    op.done = op.lookup.fromLibrary.size();
    for (int i = 0; i < toFetch.size(); i += m_batchSize) {
        Job job;
        job.operation = id;
        job.kind = Kind::Lookup;
        job.ids = toFetch.mid(i, m_batchSize);
        job.url = lookupUrl(job.ids);
        ++op.pendingJobs;
        enqueue(job);
    }
    if (op.pendingJobs == 0)
        QTimer::singleShot(0, this, [this, id] { finishOperation(id); });
    return id;
}

quint64 ArxivClient::fetchListing(const QStringList &categories, bool includeCrossLists)
{
    const quint64 id = newOperation(Kind::Listing);
    Operation &op = m_operations[id];
    op.includeCrossLists = includeCrossLists;
    op.listing.categories = categories;
    op.total = 1;
    if (categories.isEmpty()) {
        op.listing.error = QStringLiteral("no categories chosen for the daily listing");
        QTimer::singleShot(0, this, [this, id] { finishOperation(id); });
        return id;
    }
    Job job;
    job.operation = id;
    job.kind = Kind::Listing;
    job.url = m_listingUrl;
    QString path = m_listingUrl.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    job.url.setPath(path + categories.join(QLatin1Char('+')));
    ++op.pendingJobs;
    enqueue(job);
    return id;
}

quint64 ArxivClient::search(const QString &query, int start, int pageSize)
{
    const quint64 id = newOperation(Kind::Search);
    Operation &op = m_operations[id];
    op.total = 1;
    op.search.query = query.simplified();
    op.search.start = qMax(0, start);
    if (op.search.query.isEmpty()) {
        op.search.error = QStringLiteral("nothing to search for");
        QTimer::singleShot(0, this, [this, id] { finishOperation(id); });
        return id;
    }
    Job job;
    job.operation = id;
    job.kind = Kind::Search;
    job.url = searchUrl(op.search.query, op.search.start, qBound(1, pageSize, 200));
    ++op.pendingJobs;
    enqueue(job);
    return id;
}

quint64 ArxivClient::fetchOpenAlexAffiliations(const QString &arxivId)
{
    const quint64 id = newOperation(Kind::OpenAlex);
    Operation &op = m_operations[id];
    op.total = 1;
    const ArxivId parsed = ArxivId::parse(arxivId);
    op.affiliations.arxivId = parsed.isValid() ? parsed.id() : arxivId;
    if (!parsed.isValid()) {
        op.affiliations.error = QStringLiteral("'%1' is not an arXiv id: %2").arg(arxivId, parsed.error());
        QTimer::singleShot(0, this, [this, id] { finishOperation(id); });
        return id;
    }
    Job job;
    job.operation = id;
    job.kind = Kind::OpenAlex;
    job.ids = QStringList{parsed.id()};
    job.url = m_openAlexUrl;
    QString path = m_openAlexUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    job.url.setPath(path + QStringLiteral("/works/doi:10.48550/arXiv.") + parsed.id());
    if (!m_openAlexApiKey.isEmpty() && SecretText::isCleartext(job.url)) {
        op.affiliations.error =
            QStringLiteral("the OpenAlex URL %1 is not https: the key would travel in clear "
                           "text (http:// only to this machine)")
                .arg(SecretText::url(m_openAlexUrl.toString()));
        QTimer::singleShot(0, this, [this, id] { finishOperation(id); });
        return id;
    }
    if (!m_openAlexApiKey.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api_key"), m_openAlexApiKey);
        job.url.setQuery(query);
    }
    ++op.pendingJobs;
    enqueue(job);
    return id;
}

void ArxivClient::cancel(quint64 operation)
{
    auto it = m_operations.find(operation);
    if (it == m_operations.end())
        return;
    for (int i = m_queue.size() - 1; i >= 0; --i) {
        if (m_queue.at(i).operation == operation)
            m_queue.removeAt(i);
    }
    it->pendingJobs = 0;
    it->lookup.cancelled = it->listing.cancelled = it->search.cancelled = it->affiliations.cancelled = true;
    if (m_reply && m_current.operation == operation) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        m_timeoutTimer.stop();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finishOperation(operation);
    schedule();
}

void ArxivClient::cancelAll()
{
    const QList<quint64> ids = m_operations.keys();
    for (quint64 id : ids)
        cancel(id);
}

void ArxivClient::enqueue(const Job &job)
{
    m_queue.append(job);
    schedule();
}

void ArxivClient::schedule()
{
    // One request at a time: one connection, and the interval counts from the previous request's start.
    if (m_reply || m_queue.isEmpty())
        return;
    const Job &head = m_queue.constFirst();
    const qint64 now = m_clock.elapsed();
    qint64 startAt = head.notBeforeMs;
    if (isArxivJob(head) && m_lastArxivStartMs >= 0)
        startAt = qMax(startAt, m_lastArxivStartMs + m_intervalMs);
    if (startAt > now) {
        m_scheduleTimer.start(static_cast<int>(startAt - now));
        return;
    }
    startJob(m_queue.takeFirst());
}

void ArxivClient::startJob(const Job &job)
{
    QNetworkRequest request(job.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setRawHeader("Accept",
                         job.kind == Kind::OpenAlex
                             ? "application/json"
                             : "application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5");
    BoundedReply::prepare(&request);
    m_current = job;
    m_timedOut = false;
    if (isArxivJob(job))
        m_lastArxivStartMs = m_clock.elapsed();
    auto op = m_operations.find(job.operation);
    if (op != m_operations.end())
        ++op->lookup.requests;
    m_reply = m_network->get(request);
    BoundedReply::limit(m_reply, maxAnswerBytes(job.kind));
    connect(m_reply.data(), &QNetworkReply::finished, this, &ArxivClient::onReplyFinished);
    m_timeoutTimer.start(m_timeoutMs);
}

void ArxivClient::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

void ArxivClient::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    m_timeoutTimer.stop();
    reply->deleteLater();
    const Job job = m_current;

    if (!m_operations.contains(job.operation)) {
        schedule();
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString host = hostOf(job.url);

    if (BoundedReply::tooLarge(reply)) {
        // Not retried: the same server would send the same answer.
        failJob(job, BoundedReply::tooLargeMessage(QStringLiteral("the answer from %1").arg(host),
                                                   maxAnswerBytes(job.kind)));
    } else if (m_timedOut) {
        retryOrFail(job, QStringLiteral("%1 did not answer within %2 s").arg(host).arg(m_timeoutMs / 1000.0),
                    -1);
    } else if (status == 429 || status >= 500) {
        const qint64 wait = retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        retryOrFail(job, QStringLiteral("%1 answered %2").arg(host, httpStatusText(status, reason)), wait);
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        // Refused, reset or cut short (a truncated body): worth another try.
        retryOrFail(job, QStringLiteral("the connection to %1 failed: %2").arg(host, reply->errorString()),
                    -1);
    } else if (reply->error() != QNetworkReply::NoError && !(job.kind == Kind::Lookup && status == 400) &&
               !(job.kind == Kind::OpenAlex && status == 404)) {
        if (status >= 200 && status < 300)
            retryOrFail(
                job, QStringLiteral("the answer from %1 was cut short: %2").arg(host, reply->errorString()),
                -1);
        else
            failJob(job, QStringLiteral("%1 answered %2").arg(host, httpStatusText(status, reason)));
    } else if (job.kind == Kind::Lookup) {
        handleLookupAnswer(job, status, body);
    } else if (job.kind == Kind::Listing) {
        handleListingAnswer(job, body);
    } else if (job.kind == Kind::Search) {
        handleSearchAnswer(job, body);
    } else {
        handleOpenAlexAnswer(job, status, body);
    }
    schedule();
}

void ArxivClient::retryOrFail(Job job, const QString &reason, qint64 retryAfter)
{
    if (retryAfter > m_maxRetryAfterMs) {
        failJob(job,
                reason + QStringLiteral(" and asks to wait %1 s: try again later").arg(retryAfter / 1000));
        return;
    }
    if (job.attempt >= m_maxRetries) {
        failJob(job, reason + (m_maxRetries > 0
                                   ? QStringLiteral(" (gave up after %1 attempts)").arg(job.attempt + 1)
                                   : QString()));
        return;
    }
    ++job.attempt;
    // The exponent is capped so that a large retry setting cannot shift the back-off past 64 bits.
    const qint64 delay = retryAfter >= 0 ? retryAfter : qint64(m_backoffMs) << qMin(job.attempt - 1, 20);
    job.notBeforeMs = m_clock.elapsed() + delay;
    m_queue.prepend(job);
    Q_EMIT retrying(job.operation, SecretText::mask(reason, {m_openAlexApiKey}), static_cast<int>(delay));
}

void ArxivClient::failJob(const Job &job, const QString &cause)
{
    // Qt's error texts may name the request's URL, and OpenAlex's carries the key.
    const QString reason = SecretText::mask(cause, {m_openAlexApiKey});
    auto it = m_operations.find(job.operation);
    if (it == m_operations.end())
        return;
    switch (job.kind) {
    case Kind::Lookup:
        if (it->lookup.error.isEmpty())
            it->lookup.error = reason;
        it->lookup.failed.append(job.ids);
        it->done += job.ids.size();
        break;
    case Kind::Listing:
        it->listing.error = reason;
        break;
    case Kind::Search:
        it->search.error = reason;
        break;
    case Kind::OpenAlex:
        it->affiliations.error = reason;
        break;
    }
    jobDone(job.operation);
}

void ArxivClient::handleLookupAnswer(const Job &job, int status, const QByteArray &body)
{
    Operation &op = m_operations[job.operation];
    const AtomParser::Result feed = AtomParser::parse(body);
    if (!feed.parseError.isEmpty()) {
        if (status == 400) {
            failJob(job, QStringLiteral("arXiv refused the request (HTTP 400)"));
            return;
        }
        retryOrFail(job, QStringLiteral("arXiv's answer could not be read: ") + feed.parseError, -1);
        return;
    }
    if (!feed.apiError.isEmpty()) {
        // `incorrect id format for X`: name X, and ask again for the others.
        static const QRegularExpression badId(QStringLiteral("(?:for|id)\\s+(\\S+)\\s*$"));
        const QRegularExpressionMatch m = badId.match(feed.apiError);
        const QString offending = m.hasMatch() ? m.captured(1) : QString();
        if (!offending.isEmpty() && job.ids.contains(offending)) {
            op.lookup.invalid.append(ArxivId::invalid(offending, feed.apiError));
            Job rest = job;
            rest.ids.removeAll(offending);
            ++op.done;
            Q_EMIT progress(job.operation, op.done, op.total);
            if (rest.ids.isEmpty()) {
                jobDone(job.operation);
                return;
            }
            rest.url = lookupUrl(rest.ids);
            rest.notBeforeMs = 0;
            m_queue.prepend(rest);
            return;
        }
        failJob(job, QStringLiteral("arXiv reported an error: ") + feed.apiError);
        return;
    }
    if (feed.papers.isEmpty() && feed.totalResults > 0) {
        // An empty page although results exist: arXiv's backend hiccups; ask again.
        retryOrFail(job, QStringLiteral("arXiv sent an empty page"), -1);
        return;
    }
    for (const Paper &paper : feed.papers) {
        if (job.ids.contains(paper.id()))
            op.found.insert(paper.id(), paper);
    }
    for (const QString &id : job.ids) {
        if (!op.found.contains(id))
            op.lookup.missing.append(id);
    }
    op.done += job.ids.size();
    Q_EMIT progress(job.operation, op.done, op.total);
    jobDone(job.operation);
}

void ArxivClient::handleListingAnswer(const Job &job, const QByteArray &body)
{
    Operation &op = m_operations[job.operation];
    const ListingParser::Result feed = ListingParser::parse(body);
    if (!feed.ok()) {
        retryOrFail(job, QStringLiteral("the daily listing could not be read: ") + feed.parseError, -1);
        return;
    }
    ListingResult &out = op.listing;
    out.announced = feed.announced;
    QSet<QString> seen;
    bool anyReplacement = false;
    for (const ListingParser::Item &item : feed.items) {
        if (!item.paper.affiliations().isEmpty())
            m_listingAffiliations.insert(item.paper.id(), item.paper.affiliations());
        const bool wanted = item.type == ListingParser::AnnounceType::New ||
                            (op.includeCrossLists && item.type == ListingParser::AnnounceType::Cross);
        anyReplacement = anyReplacement || item.type == ListingParser::AnnounceType::Replace ||
                         item.type == ListingParser::AnnounceType::ReplaceCross;
        if (!wanted || seen.contains(item.paper.id()))
            continue;
        seen.insert(item.paper.id());
        out.items.append(item);
    }
    if (feed.items.isEmpty()) {
        const QDateTime day = feed.announced.isValid() ? feed.announced : QDateTime::currentDateTime();
        const int weekday = day.date().dayOfWeek();
        const QString dayName = QLocale::c().dayName(weekday);
        if (weekday >= 6 || feed.skipDays.contains(dayName))
            out.notice = QStringLiteral("arXiv announces no papers on Saturdays and Sundays (%1 is a %2): "
                                        "the next listing comes on Monday.")
                             .arg(day.date().toString(Qt::ISODate), dayName);
        else
            out.notice = QStringLiteral("arXiv announced no papers on %1 (%2): probably a holiday.")
                             .arg(day.date().toString(Qt::ISODate), dayName);
    } else if (out.items.isEmpty()) {
        out.notice = anyReplacement
                         ? QStringLiteral("Only replacements of older papers were announced today.")
                         : QStringLiteral("No new submissions in these categories today.");
    }
    op.done = 1;
    Q_EMIT progress(job.operation, 1, 1);
    jobDone(job.operation);
}

void ArxivClient::handleSearchAnswer(const Job &job, const QByteArray &body)
{
    Operation &op = m_operations[job.operation];
    const AtomParser::Result feed = AtomParser::parse(body);
    if (!feed.parseError.isEmpty()) {
        retryOrFail(job, QStringLiteral("arXiv's answer could not be read: ") + feed.parseError, -1);
        return;
    }
    if (!feed.apiError.isEmpty()) {
        failJob(job, QStringLiteral("arXiv reported an error: ") + feed.apiError);
        return;
    }
    if (feed.papers.isEmpty() && feed.totalResults > op.search.start) {
        retryOrFail(job, QStringLiteral("arXiv sent an empty page"), -1);
        return;
    }
    op.search.papers = feed.papers;
    op.search.totalResults = qMax(feed.totalResults, int(feed.papers.size()));
    op.done = 1;
    jobDone(job.operation);
}

void ArxivClient::handleOpenAlexAnswer(const Job &job, int status, const QByteArray &body)
{
    Operation &op = m_operations[job.operation];
    if (status == 404) {
        failJob(job, QStringLiteral("OpenAlex has no record of arXiv:%1").arg(job.ids.value(0)));
        return;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject()) {
        retryOrFail(job, QStringLiteral("OpenAlex's answer could not be read: ") + error.errorString(), -1);
        return;
    }
    const QJsonArray authorships = doc.object().value(QStringLiteral("authorships")).toArray();
    for (const QJsonValue &value : authorships) {
        const QJsonObject a = value.toObject();
        QString name =
            a.value(QStringLiteral("author")).toObject().value(QStringLiteral("display_name")).toString();
        if (name.isEmpty())
            name = a.value(QStringLiteral("raw_author_name")).toString();
        QStringList institutions;
        for (const QJsonValue &inst : a.value(QStringLiteral("institutions")).toArray()) {
            const QString n = AtomParser::normaliseWhitespace(
                inst.toObject().value(QStringLiteral("display_name")).toString());
            if (!n.isEmpty() && !institutions.contains(n))
                institutions.append(n);
        }
        if (institutions.isEmpty()) {
            for (const QJsonValue &raw : a.value(QStringLiteral("raw_affiliation_strings")).toArray()) {
                const QString n = AtomParser::normaliseWhitespace(raw.toString());
                if (!n.isEmpty() && !institutions.contains(n))
                    institutions.append(n);
            }
        }
        op.affiliations.authors.append(name);
        op.affiliations.affiliations.append(institutions.join(QStringLiteral("; ")));
    }
    op.done = 1;
    jobDone(job.operation);
}

void ArxivClient::jobDone(quint64 operation)
{
    auto it = m_operations.find(operation);
    if (it == m_operations.end())
        return;
    if (--it->pendingJobs <= 0)
        finishOperation(operation);
}

void ArxivClient::finishLookup(quint64 id, Operation &op)
{
    LookupResult &r = op.lookup;
    QVector<Paper> fetched;
    for (const QString &arxivId : qAsConst(op.asked)) {
        auto it = op.found.find(arxivId);
        if (it == op.found.end())
            continue;
        Paper &paper = it.value();
        const bool fromArxiv = !r.fromLibrary.contains(arxivId);
        if (fromArxiv) {
            Paper stored;
            const bool known = m_store && m_store->findPaper(arxivId, &stored);
            // Affiliations: arXiv's when it has them, else a daily listing's, else what the library kept.
            if (paper.affiliations().isEmpty()) {
                const QStringList listed = m_listingAffiliations.value(arxivId);
                if (listed.size() == paper.authors().size())
                    paper.setAffiliations(listed);
                else if (known && stored.authors() == paper.authors())
                    paper.setAffiliations(stored.affiliations());
            }
            if (known && stored.version() > 0 && paper.version() > stored.version())
                Q_EMIT newerVersionFound(paper, stored.version());
            fetched.append(paper);
        }
        r.papers.append(paper);
    }
    if (m_store && !fetched.isEmpty() && !r.cancelled) {
        LibraryError error;
        if (!m_store->storePapers(fetched, &error))
            r.storeError = error.message;
    }
    Q_UNUSED(id)
}

void ArxivClient::finishOperation(quint64 operation)
{
    auto it = m_operations.find(operation);
    if (it == m_operations.end())
        return;
    Operation op = it.value();
    m_operations.erase(it);
    switch (op.kind) {
    case Kind::Lookup:
        finishLookup(operation, op);
        Q_EMIT lookupFinished(operation, op.lookup);
        break;
    case Kind::Listing:
        Q_EMIT listingFinished(operation, op.listing);
        break;
    case Kind::Search:
        Q_EMIT searchFinished(operation, op.search);
        break;
    case Kind::OpenAlex:
        Q_EMIT affiliationsFinished(operation, op.affiliations);
        break;
    }
}

} // namespace DigestStudio
