// OpenAlexClient against a loopback api.openalex.org through its lane: a paper's authors and institutions,
// the key sent as OpenAlex asks and never shown, no record, the 4 MB cap.
#include "arxiv/openalexclient.h"
#include "loopbackhttpserver.h"
#include "testsupport.h"
#include "util/requestscheduler.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

class TestOpenAlexClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<OpenAlexClient> m_client;

    AffiliationResult fetch(const QString &id)
    {
        QSignalSpy spy(m_client.get(), &OpenAlexClient::finished);
        m_client->fetchAffiliations(id);
        if (!spy.wait(20000))
            return {};
        return spy.first().at(1).value<AffiliationResult>();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<Server>();
        QVERIFY(m_server->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_scheduler = std::make_unique<RequestScheduler>(m_network.get());
        m_scheduler->setLane(OpenAlexClient::laneName(), OpenAlexClient::lane(5000, 0));
        m_client = std::make_unique<OpenAlexClient>(m_scheduler.get());
        m_client->setUrl(m_server->url(QStringLiteral("/")));
    }

    void cleanup()
    {
        m_client.reset();
        m_scheduler.reset();
        m_network.reset();
        m_server.reset();
    }

    void laneKeepsTenRequestsASecond()
    {
        QCOMPARE(OpenAlexClient::lane().intervalMs, 100);
        QCOMPARE(OpenAlexClient::lane().policy.deadlineMs, OpenAlexClient::DeadlineMs);
    }

    // The key travels in the query, so http:// to another machine is refused before anything is sent, and
    // the message does not name the key. 0.0.0.0 is no loopback address, yet on Linux a connection to it
    // reaches this machine's 127.0.0.1 listeners: code that only looked at "is it this machine" sent the key.
    void theKeyNeverTravelsInClearText()
    {
        m_client->setApiKey(QStringLiteral("oa-key-Zq7mN2pQ8rS4"));
        m_client->setUrl(QUrl(QStringLiteral("http://0.0.0.0:%1/").arg(m_server->port())));
        AffiliationResult r = fetch(QStringLiteral("2210.06441"));
        QVERIFY2(r.error.contains(QStringLiteral("clear text")), qPrintable(r.error));
        QVERIFY(!r.error.contains(QStringLiteral("oa-key")));
        QCOMPARE(m_server->requestCount(), 0);

        // Over loopback the key goes, in the query.
        m_client->setUrl(m_server->url(QStringLiteral("/")));
        r = fetch(QStringLiteral("2210.06441"));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests().first().query.queryItemValue(QStringLiteral("api_key")),
                 QStringLiteral("oa-key-Zq7mN2pQ8rS4"));
    }

    void affiliations()
    {
        m_client->setApiKey(QStringLiteral("secret-key"));
        m_server->route(
            QStringLiteral("/works/doi:10.48550/arXiv.2210.06441"),
            Server::ok(Test::fixture(QStringLiteral("arxiv/openalex-work.json")), "application/json"));
        const AffiliationResult r = fetch(QStringLiteral("arXiv:2210.06441v2"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.arxivId, QStringLiteral("2210.06441"));
        QCOMPARE(r.authors, (QStringList{QStringLiteral("Jonas Geiping"), QStringLiteral("Micah Goldblum"),
                                         QStringLiteral("Andrew Gordon Wilson")}));
        QCOMPARE(
            r.affiliations,
            (QStringList{QStringLiteral("University of Maryland, College Park"),
                         QStringLiteral("New York University"),
                         QStringLiteral("New York University; Courant Institute of Mathematical Sciences")}));
        QCOMPARE(m_server->requests().first().query.queryItemValue(QStringLiteral("api_key")),
                 QStringLiteral("secret-key"));
    }

    void withoutARecord()
    {
        m_client->setApiKey(QStringLiteral("secret-key"));
        const AffiliationResult r = fetch(QStringLiteral("2401.99999"));
        QCOMPARE(r.error, QStringLiteral("OpenAlex has no record of arXiv:2401.99999"));
    }

    // A server error names the host, never the key in the query.
    void theKeyIsNeverShown()
    {
        m_client->setApiKey(QStringLiteral("secret-key"));
        m_server->route(QStringLiteral("/works/doi:10.48550/arXiv.2210.06441"), Server::status(503));
        const AffiliationResult r = fetch(QStringLiteral("2210.06441"));
        QVERIFY2(r.error.startsWith(QStringLiteral("127.0.0.1 answered HTTP 503")), qPrintable(r.error));
        QVERIFY(!r.error.contains(QStringLiteral("secret-key")));
    }

    void oversizedAnswerIsRefused()
    {
        QByteArray work = Test::fixture(QStringLiteral("arxiv/openalex-work.json"));
        work.append(QByteArray(int(OpenAlexClient::MaxAnswerBytes), ' '));
        m_server->route(QStringLiteral("/works/doi:10.48550/arXiv.2210.06441"),
                        Server::ok(work, "application/json"));
        const AffiliationResult r = fetch(QStringLiteral("2210.06441"));
        QVERIFY(r.affiliations.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("is larger than 4 MB: refused")), qPrintable(r.error));
    }

    void notAnIdCostsNoRequest()
    {
        const AffiliationResult r = fetch(QStringLiteral("abc"));
        QVERIFY2(r.error.startsWith(QStringLiteral("'abc' is not an arXiv id")), qPrintable(r.error));
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOpenAlexClient)
#include "tst_openalexclient.moc"
