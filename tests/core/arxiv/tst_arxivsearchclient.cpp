// ArxivSearchClient against a loopback arXiv API through the arXiv lane: every word must match, newest first,
// one page at a time.
#include "arxiv/arxivlane.h"
#include "arxiv/arxivsearchclient.h"
#include "loopbackhttpserver.h"
#include "util/requestscheduler.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

namespace {

QByteArray page(int first, int count, int total)
{
    QByteArray xml = "<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" "
                     "xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">"
                     "<opensearch:totalResults>" +
                     QByteArray::number(total) + "</opensearch:totalResults>";
    for (int i = first; i < first + count; ++i)
        xml += "<entry><id>http://arxiv.org/abs/2611." + QByteArray::number(10000 + i) +
               "v1</id><title>T</title><arxiv:primary_category term=\"cs.RO\"/>"
               "<author><name>A B</name></author></entry>";
    return xml + "</feed>";
}

} // namespace

class TestArxivSearchClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchIsPaged()
    {
        Server server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        RequestScheduler scheduler(&network);
        scheduler.setLane(ArxivLane::name(), ArxivLane::lane(10, 5000, 0));
        ArxivSearchClient client(&scheduler);
        client.setApiUrl(server.url(QStringLiteral("/api/query")));
        server.route(QStringLiteral("/api/query"), Server::ok(page(10, 10, 27)),
                     QStringLiteral("search_query=all:diffusion AND all:robots&start=10&max_results=10"));
        QSignalSpy spy(&client, &ArxivSearchClient::finished);
        client.search(QStringLiteral("  diffusion   robots "), 10, 10);
        QVERIFY(spy.wait(10000));
        const auto r = spy.first().at(1).value<ArxivSearchResult>();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.totalResults, 27);
        QCOMPARE(r.start, 10);
        QCOMPARE(r.papers.size(), 10);
        QCOMPARE(r.papers.first().id(), QStringLiteral("2611.10010"));
        QCOMPARE(server.requests().first().query.queryItemValue(QStringLiteral("sortBy")),
                 QStringLiteral("submittedDate"));
        QCOMPARE(server.requests().first().query.queryItemValue(QStringLiteral("sortOrder")),
                 QStringLiteral("descending"));
    }

    void nothingToSearchForCostsNoRequest()
    {
        QNetworkAccessManager network;
        RequestScheduler scheduler(&network);
        ArxivSearchClient client(&scheduler);
        QSignalSpy spy(&client, &ArxivSearchClient::finished);
        client.search(QStringLiteral("   "));
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.first().at(1).value<ArxivSearchResult>().error, QStringLiteral("nothing to search for"));
    }
};

QTEST_GUILESS_MAIN(TestArxivSearchClient)
#include "tst_arxivsearchclient.moc"
