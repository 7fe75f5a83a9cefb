// ArxivListingClient against a loopback rss.arxiv.org through the arXiv lane: the categories in the path,
// every item of the feed handed over, a broken feed asked for again and then named, the 32 MB cap.
#include "arxiv/arxivlane.h"
#include "arxiv/arxivlistingclient.h"
#include "loopbackhttpserver.h"
#include "testsupport.h"
#include "util/requestscheduler.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

class TestArxivListingClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<ArxivListingClient> m_client;

    ArxivListingResult fetch(const QStringList &categories)
    {
        QSignalSpy spy(m_client.get(), &ArxivListingClient::finished);
        m_client->fetch(categories);
        if (!spy.wait(20000))
            return {};
        return spy.first().at(1).value<ArxivListingResult>();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<Server>();
        QVERIFY(m_server->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_scheduler = std::make_unique<RequestScheduler>(m_network.get());
        m_scheduler->setLane(ArxivLane::name(), ArxivLane::lane(10, 5000, 1));
        m_client = std::make_unique<ArxivListingClient>(m_scheduler.get());
        m_client->setListingUrl(m_server->url(QStringLiteral("/rss/")));
    }

    void cleanup()
    {
        m_client.reset();
        m_scheduler.reset();
        m_network.reset();
        m_server.reset();
    }

    void everyItemOfTheFeedIsHandedOver()
    {
        m_server->route(
            QStringLiteral("/rss/cs.LG+cs.CV"),
            Server::ok(Test::fixture(QStringLiteral("arxiv/listing-rss.xml")), "application/rss+xml"));
        QCOMPARE(m_client->listingUrl(), m_server->url(QStringLiteral("/rss/")));
        const ArxivListingResult r = fetch({QStringLiteral("cs.LG"), QStringLiteral("cs.CV")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(m_server->requests().first().path, QStringLiteral("/rss/cs.LG+cs.CV"));
        QCOMPARE(m_server->requests().first().headers.value("user-agent").left(13),
                 QByteArray("DigestStudio/"));
        // The fixture's five items, replacements too: which to keep is ListingService's rule.
        QStringList types;
        for (const ListingParser::Item &item : r.items)
            types.append(item.announceType);
        QCOMPARE(types, (QStringList{QStringLiteral("new"), QStringLiteral("new"), QStringLiteral("cross"),
                                     QStringLiteral("replace"), QStringLiteral("replace-cross")}));
        QVERIFY(r.announced.isValid());
        QVERIFY(r.notice.isEmpty());
    }

    void brokenListingIsAskedAgainThenNamed()
    {
        m_server->route(QStringLiteral("/rss/cs.LG"),
                        Server::ok("<rss><channel><item>", "application/rss+xml"));
        const ArxivListingResult r = fetch({QStringLiteral("cs.LG")});
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY2(r.error.startsWith(QStringLiteral("the daily listing could not be read")),
                 qPrintable(r.error));
        QVERIFY2(r.error.endsWith(QStringLiteral("(gave up after 2 attempts)")), qPrintable(r.error));
    }

    // The listing's cap (README, Limits): past it, refused in words and not asked for again.
    void oversizedListingIsRefused()
    {
        QByteArray feed = Test::fixture(QStringLiteral("arxiv/listing-rss.xml"));
        feed.append(QByteArray(int(ArxivListingClient::MaxAnswerBytes), ' '));
        m_server->route(QStringLiteral("/rss/cs.LG"), Server::ok(feed, "application/rss+xml"));
        const ArxivListingResult r = fetch({QStringLiteral("cs.LG")});
        QVERIFY(r.items.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("is larger than 32 MB: refused")), qPrintable(r.error));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void noCategoriesCostNoRequest()
    {
        const ArxivListingResult r = fetch({});
        QCOMPARE(r.error, QStringLiteral("no categories chosen for the daily listing"));
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestArxivListingClient)
#include "tst_arxivlistingclient.moc"
