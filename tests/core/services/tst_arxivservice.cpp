// ArxivService: one call sets up the network and its scheduler, the clients (from the launch configuration),
// the intake and the listing over the library.
#include "arxiv/arxivlane.h"
#include "arxiv/arxivlistingclient.h"
#include "arxiv/arxivlookupclient.h"
#include "arxiv/arxivsearchclient.h"
#include "arxiv/openalexclient.h"
#include "loopbackhttpserver.h"
#include "memorypaperstore.h"
#include "services/arxivservice.h"
#include "services/listingservice.h"
#include "services/paperintake.h"
#include "services/settingskeys.h"
#include "testsupport.h"
#include "util/requestscheduler.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

namespace {

QByteArray feedFor(const QStringList &ids)
{
    QByteArray xml =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">";
    for (const QString &id : ids)
        xml += "<entry><id>http://arxiv.org/abs/" + id.toUtf8() + "v1</id><title>T " + id.toUtf8() +
               "</title><arxiv:primary_category term=\"cs.LG\"/><author><name>A B</name></author></entry>";
    return xml + "</feed>";
}

} // namespace

class TestArxivService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theClientFollowsTheConfiguration()
    {
        LaunchConfig config;
        config.set(SettingsKeys::ArxivApiUrl.name(), QStringLiteral("http://127.0.0.1:1/api"));
        config.set(SettingsKeys::ArxivListingUrl.name(), QStringLiteral("http://127.0.0.1:1/rss/"));
        config.set(SettingsKeys::ArxivIntervalMs.name(), 250);
        config.set(SettingsKeys::ArxivTimeoutMs.name(), 900);
        config.set(SettingsKeys::ArxivListingCategories.name(), QStringList{QStringLiteral("cs.RO")});
        config.set(SettingsKeys::ArxivListingCrossLists.name(), true);
        ArxivService service(config);
        QCOMPARE(service.lookupClient()->apiUrl(), QUrl(QStringLiteral("http://127.0.0.1:1/api")));
        QCOMPARE(service.searchClient()->apiUrl(), QUrl(QStringLiteral("http://127.0.0.1:1/api")));
        QCOMPARE(service.listingClient()->listingUrl(), QUrl(QStringLiteral("http://127.0.0.1:1/rss/")));
        const RequestLane arxiv = service.scheduler()->lane(ArxivLane::name());
        QCOMPARE(arxiv.intervalMs, 250);
        QCOMPARE(arxiv.maxConnections, 1);
        QCOMPARE(arxiv.policy.transferTimeoutMs, 900);
        QCOMPARE(arxiv.policy.deadlineMs, ArxivLane::DeadlineMs);
        QCOMPARE(service.scheduler()->lane(OpenAlexClient::laneName()).policy.transferTimeoutMs, 900);
        QCOMPARE(service.listing()->defaultCategories(), QStringList{QStringLiteral("cs.RO")});
        QVERIFY(service.listing()->crossListsByDefault());
        QCOMPARE(service.intake()->lookupClient(), service.lookupClient());
        QCOMPARE(service.intake()->searchClient(), service.searchClient());
        QCOMPARE(service.listing()->client(), service.listingClient());
        // Every client sends through the one scheduler of the one network.
        QCOMPARE(service.scheduler(), RequestScheduler::of(service.network()));
        for (EndpointClient *client : {static_cast<EndpointClient *>(service.lookupClient()),
                                       static_cast<EndpointClient *>(service.searchClient()),
                                       static_cast<EndpointClient *>(service.listingClient()),
                                       static_cast<EndpointClient *>(service.openAlexClient())})
            QCOMPARE(client->scheduler(), service.scheduler());
    }

    void batchSizeAndRetriesReachTheRequests()
    {
        Server server;
        QVERIFY(server.listen());
        const QStringList ids{QStringLiteral("2611.00001"), QStringLiteral("2611.00002"),
                              QStringLiteral("2611.00003")};
        server.route(QStringLiteral("/api/query"), Server::ok(feedFor(ids.mid(0, 2))),
                     QStringLiteral("id_list=2611.00001,2611.00002&"));
        server.route(QStringLiteral("/api/query"), Server::status(503),
                     QStringLiteral("id_list=2611.00003&"));
        LaunchConfig config;
        config.set(SettingsKeys::ArxivApiUrl.name(), server.url(QStringLiteral("/api/query")).toString());
        config.set(SettingsKeys::ArxivIntervalMs.name(), 0);
        config.set(SettingsKeys::ArxivBatchSize.name(), 2);
        config.set(SettingsKeys::ArxivMaxRetries.name(), 1);
        Test::MemoryPaperStore store;
        ArxivService service(config, &store);
        const ArxivLookupResult result = service.intake()->lookupAndWait(PaperIntake::readIds(ids).ids);
        QCOMPARE(result.papers.size(), 2);
        QCOMPARE(result.failed, QStringList{QStringLiteral("2611.00003")});
        QCOMPARE(server.requestCount(), 3); // two batches, one retry of the second
        // The library keeps what came back and answers next time.
        QVERIFY(store.papers.contains(QStringLiteral("2611.00001")));
        server.clearRequests();
        QCOMPARE(
            service.intake()->lookupAndWait({ArxivId::parse(QStringLiteral("2611.00001"))}).papers.size(), 1);
        QCOMPARE(server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestArxivService)
#include "tst_arxivservice.moc"
