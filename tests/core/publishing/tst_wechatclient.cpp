// WeChatClient at request time: http:// to another machine is refused before anything is sent (the AppSecret
// and the token would travel in clear text); this machine's test server is reached over http://.
#include "publishing/wechatclient.h"
#include "util/requestscheduler.h"
#include "wechatapiserver.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace DigestStudio;
using Test::WeChatApiServer;

class TestWeChatClient final : public QObject
{
    Q_OBJECT

    // The token call's result against `base`.
    static WeChatClient::Result tokenFrom(const QUrl &base)
    {
        QNetworkAccessManager network;
        WeChatClient client(RequestScheduler::of(&network), base);
        WeChatClient::Result result;
        bool done = false;
        client.requestToken(WeChatApiServer::appId(), WeChatApiServer::secret(),
                            [&](const WeChatClient::Result &r) {
                                result = r;
                                done = true;
                            });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.failure = QStringLiteral("no answer within 20 s");
        return result;
    }

private Q_SLOTS:
    // 0.0.0.0 is no loopback address, yet on Linux a connection to it reaches this
    // machine's 127.0.0.1 listeners: the old code sent the AppSecret to the test server this way.
    void cleartextToAnotherMachineIsRefused()
    {
        WeChatApiServer server;
        QVERIFY(server.listen());
        const WeChatClient::Result refused =
            tokenFrom(QUrl(QStringLiteral("http://0.0.0.0:%1").arg(server.url().port())));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.failure.contains(QStringLiteral("clear text")), qPrintable(refused.failure));
        QVERIFY(!refused.delivered);
        QCOMPARE(server.http().requestCount(), 0);

        const WeChatClient::Result loopback = tokenFrom(server.url());
        QVERIFY2(loopback.ok(), qPrintable(loopback.failure));
        QCOMPARE(server.tokenRequests(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWeChatClient)
#include "tst_wechatclient.moc"
