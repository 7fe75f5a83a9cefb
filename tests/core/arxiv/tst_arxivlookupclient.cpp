// ArxivLookupClient against a real HTTP server on loopback, through the request scheduler's arXiv lane:
// batching, politeness (arXiv's 3 s on a manual clock; spacing measured where the server receives), retries,
// the silence timeout, caps, redirects and cancellation.
#include "arxiv/arxivlane.h"
#include "arxiv/arxivlookupclient.h"
#include "loopbackhttpserver.h"
#include "manualclock.h"
#include "testsupport.h"
#include "util/appinfo.h"
#include "util/requestscheduler.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

namespace {

// An API answer in the 2025+ format holding one entry per id (no affiliations).
QByteArray feedFor(const QStringList &ids, int version = 1)
{
    QByteArray xml = "<?xml version='1.0' encoding='UTF-8'?>\n"
                     "<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" "
                     "xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">\n"
                     "  <opensearch:totalResults>" +
                     QByteArray::number(ids.size()) + "</opensearch:totalResults>\n";
    for (const QString &id : ids) {
        const QByteArray i = id.toUtf8();
        const QByteArray v = QByteArray::number(version);
        xml += "  <entry>\n    <id>http://arxiv.org/abs/" + i + "v" + v + "</id>\n    <title>Paper " + i +
               "</title>\n    <summary>About " + i +
               ".</summary>\n    <arxiv:primary_category term=\"cs.LG\"/>\n"
               "    <author><name>Ann Lee</name></author>\n    <author><name>Bo Chen</name></author>\n"
               "    <author><name>Carl Dunn</name></author>\n  </entry>\n";
    }
    return xml + "</feed>\n";
}

QStringList idsFrom(int first, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(QStringLiteral("2611.%1").arg(first + i, 5, 10, QLatin1Char('0')));
    return ids;
}

QVector<ArxivId> parsed(const QStringList &ids)
{
    QVector<ArxivId> result;
    for (const QString &id : ids)
        result.append(ArxivId::parse(id));
    return result;
}

QStringList paperIds(const QVector<Paper> &papers)
{
    QStringList ids;
    for (const Paper &p : papers)
        ids.append(p.id());
    return ids;
}

} // namespace

class TestArxivLookupClient final : public QObject
{
    Q_OBJECT

private:
    Server *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    RequestScheduler *m_scheduler = nullptr;
    ArxivLookupClient *m_client = nullptr;

    // The arXiv lane as a test wants it: spacing 50 ms, retries from 100 ms, 5 s of silence.
    void setLane(int intervalMs = 50, int timeoutMs = 5000, int maxRetries = ArxivLane::DefaultMaxRetries,
                 int backoffMs = 100)
    {
        RequestLane lane = ArxivLane::lane(intervalMs, timeoutMs, maxRetries);
        lane.policy.backoffMs = backoffMs;
        m_scheduler->setLane(ArxivLane::name(), lane);
    }

    ArxivLookupResult lookup(const QVector<ArxivId> &ids, int timeoutMs = 20000)
    {
        QSignalSpy spy(m_client, &ArxivLookupClient::finished);
        const quint64 op = m_client->lookup(ids);
        if (!spy.wait(timeoutMs)) {
            qWarning("lookup did not finish");
            return {};
        }
        if (spy.first().at(0).toULongLong() != op)
            qWarning("finished the wrong operation");
        return spy.first().at(1).value<ArxivLookupResult>();
    }

    // Routes one id_list request for exactly `ids` to `responses`.
    void routeIds(const QStringList &ids, const QVector<Server::Response> &responses)
    {
        m_server->route(QStringLiteral("/api/query"), responses,
                        QStringLiteral("id_list=") + ids.join(QLatin1Char(',')) + QLatin1Char('&'));
    }

private Q_SLOTS:
    void init()
    {
        m_server = new Server(this);
        QVERIFY(m_server->listen());
        m_network = new QNetworkAccessManager(this);
        m_scheduler = new RequestScheduler(m_network);
        m_client = new ArxivLookupClient(m_scheduler, this);
        m_client->setApiUrl(m_server->url(QStringLiteral("/api/query")));
        setLane();
    }

    void cleanup()
    {
        delete m_client;
        delete m_scheduler;
        delete m_network;
        delete m_server;
    }

    void hundredPastedIdsCostOneRequest()
    {
        QString pasted;
        for (const QString &id : idsFrom(1, 100))
            pasted += QStringLiteral("https://arxiv.org/abs/") + id + QStringLiteral("v1\n");
        const ArxivId::Extraction extracted = ArxivId::extractAll(pasted);
        QCOMPARE(extracted.ids.size(), 100);
        routeIds(idsFrom(1, 100), {Server::ok(feedFor(idsFrom(1, 100)))});
        const ArxivLookupResult r = lookup(extracted.ids);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(r.requests, 1);
        QCOMPARE(paperIds(r.papers), idsFrom(1, 100));
        const Server::Request request = m_server->requests().first();
        QCOMPARE(request.query.queryItemValue(QStringLiteral("max_results")), QStringLiteral("100"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("id_list")).split(QLatin1Char(',')).size(), 100);
        QVERIFY(r.missing.isEmpty());
        QVERIFY(r.error.isEmpty());
    }

    void moreThanAHundredIdsAreSplitIntoBatches()
    {
        routeIds(idsFrom(1, 100), {Server::ok(feedFor(idsFrom(1, 100)))});
        routeIds(idsFrom(101, 50), {Server::ok(feedFor(idsFrom(101, 50)))});
        const ArxivLookupResult r = lookup(parsed(idsFrom(1, 150)));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->requests().at(1).query.queryItemValue(QStringLiteral("max_results")),
                 QStringLiteral("50"));
        QCOMPARE(paperIds(r.papers), idsFrom(1, 150));
    }

    // Every other test sets its own interval, so a default of 0 would pass them all. A client as the program
    // makes it waits arXiv's 3 s between two requests: on a clock the test moves, exactly 3000 ms.
    void defaultSpacingIsArxivsThreeSeconds()
    {
        Test::ManualClock clock;
        RequestScheduler scheduler(m_network, &clock);
        ArxivLookupClient fresh(&scheduler);
        const QString lane = ArxivLane::name();
        QCOMPARE(scheduler.lane(lane).intervalMs, 3000);
        QCOMPARE(scheduler.lane(lane).maxConnections, 1);
        fresh.setApiUrl(m_server->url(QStringLiteral("/api/query")));
        const QStringList first{QStringLiteral("1605.08386")};
        const QStringList second{QStringLiteral("2210.06441")};
        routeIds(first, {Server::ok(feedFor(first))});
        routeIds(second, {Server::ok(feedFor(second))});
        QSignalSpy finished(&fresh, &ArxivLookupClient::finished);
        fresh.lookup(parsed(first));
        fresh.lookup(parsed(second));
        QVERIFY(finished.wait(10000));
        QCOMPARE(scheduler.waiting(lane), 1); // the second waits for the clock
        clock.advance(2999);
        QCOMPARE(scheduler.waiting(lane), 1);
        clock.advance(1);
        QCOMPARE(scheduler.waiting(lane), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(m_server->requestCount(), 2);
    }

    // Four batches, 300 ms apart on a clock the test moves: each leaves when the interval has passed since
    // the one before, never sooner.
    void requestsAreSpacedByTheInterval()
    {
        Test::ManualClock clock;
        RequestScheduler scheduler(m_network, &clock);
        const QString lane = ArxivLane::name();
        scheduler.setLane(lane, ArxivLane::lane(300, 5000, 0));
        ArxivLookupClient client(&scheduler);
        client.setApiUrl(m_server->url(QStringLiteral("/api/query")));
        client.setBatchSize(2);
        const QStringList ids = idsFrom(1, 8);
        for (int i = 0; i < ids.size(); i += 2)
            routeIds(ids.mid(i, 2), {Server::ok(feedFor(ids.mid(i, 2)))});
        QSignalSpy progress(&client, &ArxivLookupClient::progress);
        QSignalSpy finished(&client, &ArxivLookupClient::finished);
        client.lookup(parsed(ids));
        for (int batch = 1; batch < 4; ++batch) {
            QTRY_COMPARE_WITH_TIMEOUT(progress.size(), batch, 10000); // batch `batch` is in
            QCOMPARE(scheduler.waiting(lane), 4 - batch);
            clock.advance(299);
            QCOMPARE(scheduler.waiting(lane), 4 - batch);
            clock.advance(1);
            QCOMPARE(scheduler.waiting(lane), 3 - batch);
        }
        QVERIFY(finished.wait(10000));
        QCOMPARE(paperIds(finished.first().at(1).value<ArxivLookupResult>().papers), ids);
        QCOMPARE(m_server->requestCount(), 4);
    }

    void userAgentNamesTheProgramAndVersion()
    {
        routeIds({QStringLiteral("1605.08386")}, {Server::ok(feedFor({QStringLiteral("1605.08386")}))});
        lookup(parsed({QStringLiteral("1605.08386")}));
        const QByteArray agent = m_server->requests().value(0).headers.value("user-agent");
        const QByteArray expected = "DigestStudio/" + AppInfo::version().toUtf8();
        QVERIFY2(agent.startsWith(expected), agent.constData());
    }

    void missingIdsAreNamed()
    {
        const QStringList ids{QStringLiteral("1605.08386"), QStringLiteral("2401.99999")};
        routeIds(ids, {Server::ok(Test::fixture(QStringLiteral("arxiv/api-one-of-two.xml")))});
        routeIds({QStringLiteral("2401.99999")},
                 {Server::ok(Test::fixture(QStringLiteral("arxiv/api-empty.xml")))});
        ArxivLookupResult r = lookup(parsed(ids));
        QCOMPARE(paperIds(r.papers), QStringList{QStringLiteral("1605.08386")});
        QCOMPARE(r.missing, QStringList{QStringLiteral("2401.99999")});
        r = lookup(parsed({QStringLiteral("2401.99999")}));
        QVERIFY(r.papers.isEmpty());
        QCOMPARE(r.missing, QStringList{QStringLiteral("2401.99999")});
        QVERIFY(r.error.isEmpty());
    }

    void refusedIdIsNamedAndTheOthersAskedAgain()
    {
        const QStringList ids{QStringLiteral("2210.06441"), QStringLiteral("9912.99999")};
        routeIds(ids, {Server::status(400, Test::fixture(QStringLiteral("arxiv/api-error-400.xml")),
                                      "application/atom+xml")});
        routeIds({QStringLiteral("2210.06441")},
                 {Server::ok(Test::fixture(QStringLiteral("arxiv/api-three.xml")))});
        const ArxivLookupResult r = lookup(parsed(ids));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(paperIds(r.papers), QStringList{QStringLiteral("2210.06441")});
        QCOMPARE(r.invalid.size(), 1);
        QCOMPARE(r.invalid.first().input(), QStringLiteral("9912.99999"));
        QCOMPARE(r.invalid.first().error(), QStringLiteral("incorrect id format for 9912.99999"));
        QVERIFY(r.missing.isEmpty());
    }

    void locallyInvalidIdsCostNoRequest()
    {
        const ArxivLookupResult r = lookup({ArxivId::parse(QStringLiteral("abc"))});
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(r.invalid.size(), 1);
        QCOMPARE(r.invalid.first().input(), QStringLiteral("abc"));
    }

    void retryAfterIsHonoured()
    {
        setLane(50, 5000, 4, 5000); // were Retry-After ignored, the retry would come 5 s later
        Server::Response tooMany = Server::status(429, "Rate exceeded.");
        tooMany.header("Retry-After", "1");
        const QStringList ids{QStringLiteral("1605.08386")};
        routeIds(ids, {tooMany, Server::ok(feedFor(ids))});
        QSignalSpy retrying(m_client, &ArxivLookupClient::retrying);
        const ArxivLookupResult r = lookup(parsed(ids));
        QCOMPARE(paperIds(r.papers), ids);
        QCOMPARE(r.requests, 2);
        const QVector<Server::Request> requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        const qint64 gap = requests.at(1).receivedMs - requests.at(0).receivedMs;
        // It came after the answer before it (one connection) plus the second asked for: 5 s would be the
        // backoff, and the retrying signal names the wait the scheduler chose.
        QVERIFY2(gap >= 1000, qPrintable(QString::number(gap)));
        QCOMPARE(retrying.size(), 1);
        QVERIFY(retrying.first().at(1).toString().contains(QStringLiteral("HTTP 429")));
        QCOMPARE(retrying.first().at(2).toInt(), 1000);
    }

    void hugeRetryAfterGivesUpInsteadOfRetrying()
    {
        // 18446744073709552 s * 1000 used to wrap to a small number: an immediate retry, not a refusal.
        Server::Response tooMany = Server::status(503, "Busy.");
        tooMany.header("Retry-After", "18446744073709552");
        const QStringList ids{QStringLiteral("1605.08386")};
        routeIds(ids, {tooMany, Server::ok(feedFor(ids))});
        QSignalSpy retrying(m_client, &ArxivLookupClient::retrying);
        const ArxivLookupResult r = lookup(parsed(ids));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(retrying.size(), 0);
        QVERIFY(r.papers.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("try again later")), qPrintable(r.error));
    }

    // Answers are capped, compressed answers are never inflated, and redirects stay on
    // the same origin.
    void oversizedAnswerIsRefusedInWords()
    {
        const QStringList ids{QStringLiteral("1605.08386")};
        QByteArray huge = feedFor(ids);
        huge.append(QByteArray(int(ArxivLookupClient::MaxAnswerBytes), ' '));
        routeIds(ids, {Server::ok(huge)});
        const ArxivLookupResult r = lookup(parsed(ids));
        QVERIFY(r.papers.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("is larger than 16 MB: refused")), qPrintable(r.error));
        QCOMPARE(m_server->requestCount(), 1); // not retried
    }

    void compressedAnswerIsNeverInflated()
    {
        // 64 MB of spaces in 64 KB of gzip: inflated, it would pass every cap's memory.
        QByteArray inflated = feedFor({QStringLiteral("1605.08386")});
        inflated.append(QByteArray(64 * 1024 * 1024, ' '));
        const QByteArray zlib = qCompress(inflated, 9);
        Server::Response bomb = Server::ok(zlib.mid(4)); // raw deflate data behind qCompress's length prefix
        bomb.header("Content-Encoding", "deflate");
        const QStringList ids{QStringLiteral("1605.08386")};
        routeIds(ids, {bomb});
        const ArxivLookupResult r = lookup(parsed(ids));
        QVERIFY(r.papers.isEmpty());
        QVERIFY(!r.error.isEmpty());
        const QVector<Server::Request> requests = m_server->requests();
        QCOMPARE(requests.first().headers.value("accept-encoding"), QByteArray("identity"));
    }

    void redirectToAnotherOriginIsNotFollowed()
    {
        const QStringList ids{QStringLiteral("1605.08386")};
        Server::Response moved = Server::status(302);
        QUrl elsewhere = m_server->url(QStringLiteral("/elsewhere"));
        elsewhere.setHost(QStringLiteral("localhost")); // same machine, another origin
        moved.header("Location", elsewhere.toString().toLatin1());
        routeIds(ids, {moved});
        m_server->route(QStringLiteral("/elsewhere"), Server::ok(feedFor(ids)));
        const ArxivLookupResult r = lookup(parsed(ids));
        QVERIFY(r.papers.isEmpty());
        QVERIFY(!r.error.isEmpty());
        for (const Server::Request &request : m_server->requests())
            QVERIFY(request.path != QLatin1String("/elsewhere"));
    }

    void redirectWithinTheOriginIsFollowed()
    {
        const QStringList ids{QStringLiteral("1605.08386")};
        Server::Response moved = Server::status(301);
        moved.header("Location", m_server->url(QStringLiteral("/moved")).toString().toLatin1());
        routeIds(ids, {moved});
        m_server->route(QStringLiteral("/moved"), Server::ok(feedFor(ids)));
        const ArxivLookupResult r = lookup(parsed(ids));
        QCOMPARE(paperIds(r.papers), ids);
    }

    void serverErrorsBackOffExponentially()
    {
        const QStringList ids{QStringLiteral("1605.08386")};
        routeIds(ids, {Server::status(503), Server::status(502), Server::ok(feedFor(ids))});
        const ArxivLookupResult r = lookup(parsed(ids));
        QCOMPARE(paperIds(r.papers), ids);
        const QVector<Server::Request> requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        const qint64 first = requests.at(1).receivedMs - requests.at(0).receivedMs;
        const qint64 second = requests.at(2).receivedMs - requests.at(1).receivedMs;
        QVERIFY2(first >= 95, qPrintable(QString::number(first)));
        QVERIFY2(second >= 195, qPrintable(QString::number(second)));
    }

    void givesUpAfterTheLastRetry()
    {
        setLane(50, 5000, 2);
        const QStringList ids{QStringLiteral("1605.08386"), QStringLiteral("2210.06441")};
        routeIds(ids, {Server::status(503)});
        const ArxivLookupResult r = lookup(parsed(ids));
        QCOMPARE(m_server->requestCount(), 3);
        QVERIFY(r.papers.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("HTTP 503")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("gave up after 3 attempts")), qPrintable(r.error));
        QCOMPARE(r.failed, ids);
    }

    void clientErrorIsNotRetried()
    {
        const QStringList ids{QStringLiteral("1605.08386")};
        routeIds(ids, {Server::status(403, "Forbidden")});
        const ArxivLookupResult r = lookup(parsed(ids));
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY2(r.error.contains(QStringLiteral("HTTP 403")), qPrintable(r.error));
    }

    void truncatedBodyIsRetried()
    {
        const QStringList ids = idsFrom(1, 20);
        Server::Response cut = Server::ok(feedFor(ids));
        cut.truncateAt = cut.body.size() / 2;
        routeIds(ids, {cut, Server::ok(feedFor(ids))});
        const ArxivLookupResult r = lookup(parsed(ids));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(paperIds(r.papers), ids);
    }

    void unreadableAnswerIsReportedInWords()
    {
        setLane(50, 5000, 1);
        const QStringList ids{QStringLiteral("1605.08386")};
        routeIds(ids, {Server::ok("<html><body>Service busy</body></html>", "text/html")});
        const ArxivLookupResult r = lookup(parsed(ids));
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY2(r.error.contains(QStringLiteral("arXiv's answer could not be read")), qPrintable(r.error));
    }

    void slowAnswerWithinTheTimeoutArrives()
    {
        const QStringList ids{QStringLiteral("1605.08386")};
        Server::Response slow = Server::ok(feedFor(ids));
        slow.delayMs = 400;
        routeIds(ids, {slow});
        const ArxivLookupResult r = lookup(parsed(ids));
        QCOMPARE(paperIds(r.papers), ids);
        QVERIFY(r.error.isEmpty());
    }

    void timeoutFailsInWords()
    {
        setLane(50, 300, 1);
        const QStringList ids{QStringLiteral("1605.08386")};
        Server::Response slow = Server::ok(feedFor(ids));
        slow.delayMs = 30000;
        routeIds(ids, {slow});
        const ArxivLookupResult r = lookup(parsed(ids), 20000); // well before the server would answer
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY(r.papers.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("did not answer within 0.3 s")), qPrintable(r.error));
    }

    void cancelStopsTheRequestAndTheQueue()
    {
        m_client->setBatchSize(2);
        setLane(200);
        const QStringList ids = idsFrom(1, 6);
        Server::Response slow = Server::ok(feedFor(ids.mid(0, 2)));
        slow.delayMs = 3000;
        routeIds(ids.mid(0, 2), {slow});
        QSignalSpy received(m_server, &Server::requestReceived);
        QSignalSpy finished(m_client, &ArxivLookupClient::finished);
        const quint64 op = m_client->lookup(parsed(ids));
        QVERIFY(received.wait(5000));
        m_client->cancel(op);
        QCOMPARE(finished.size(), 1);
        const auto r = finished.first().at(1).value<ArxivLookupResult>();
        QVERIFY(r.cancelled);
        QVERIFY(r.papers.isEmpty());
        QVERIFY(!m_client->isBusy());
        QCOMPARE(m_scheduler->waiting(ArxivLane::name()), 0); // the other batches will never go out
        QCOMPARE(m_scheduler->running(ArxivLane::name()), 0);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(finished.size(), 1);
    }

    void progressCountsIds()
    {
        m_client->setBatchSize(3);
        const QStringList ids = idsFrom(1, 6);
        routeIds(ids.mid(0, 3), {Server::ok(feedFor(ids.mid(0, 3)))});
        routeIds(ids.mid(3, 3), {Server::ok(feedFor(ids.mid(3, 3)))});
        QSignalSpy progress(m_client, &ArxivLookupClient::progress);
        lookup(parsed(ids));
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress.at(0).at(1).toInt(), 3);
        QCOMPARE(progress.at(1).at(1).toInt(), 6);
        QCOMPARE(progress.at(1).at(2).toInt(), 6);
    }
};

QTEST_GUILESS_MAIN(TestArxivLookupClient)
#include "tst_arxivlookupclient.moc"
