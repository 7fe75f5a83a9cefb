// ArxivClient and the OpenAlex key (issue 19, hole 11's class): the key travels in the query, so http:// to
// another machine is refused before anything is sent, and no message names the key.
#include "arxiv/arxivclient.h"
#include "loopbackhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

class TestOpenAlexKey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 0.0.0.0 is no loopback address, yet on Linux a connection to it reaches this machine's 127.0.0.1
    // listeners: the old code sent the key to the test server this way.
    void theKeyNeverTravelsInClearText()
    {
        Server server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        ArxivClient client(&network);
        client.setOpenAlexApiKey(QStringLiteral("oa-key-Zq7mN2pQ8rS4"));
        client.setOpenAlexUrl(QUrl(QStringLiteral("http://0.0.0.0:%1/").arg(server.port())));
        QSignalSpy spy(&client, &ArxivClient::affiliationsFinished);
        client.fetchOpenAlexAffiliations(QStringLiteral("2210.06441"));
        QVERIFY(spy.wait(5000));
        const QString error = spy.first().at(1).value<ArxivClient::AffiliationResult>().error;
        QVERIFY2(error.contains(QStringLiteral("clear text")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("oa-key")));
        QCOMPARE(server.requestCount(), 0);

        // Over loopback the key goes, in the query.
        client.setOpenAlexUrl(server.url(QStringLiteral("/")));
        client.fetchOpenAlexAffiliations(QStringLiteral("2210.06441"));
        QVERIFY(spy.wait(5000));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests().first().query.queryItemValue(QStringLiteral("api_key")),
                 QStringLiteral("oa-key-Zq7mN2pQ8rS4"));
    }
};

QTEST_GUILESS_MAIN(TestOpenAlexKey)
#include "tst_openalexkey.moc"
