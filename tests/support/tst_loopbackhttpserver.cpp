// The tests' loopback HTTP server itself: routing, response sequences, headers, truncation, delays, records.
#include "loopbackhttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using Server = DigestStudio::Test::LoopbackHttpServer;

class TestLoopbackHttpServer final : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray retryAfter;
    };

    Answer get(QNetworkAccessManager &network, const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setRawHeader("X-Test", "yes");
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                 reply->error(), reply->rawHeader("Retry-After")};
        reply->deleteLater();
        return a;
    }

private Q_SLOTS:
    void routesAndRecords()
    {
        Server server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        Server::Response busy = Server::status(429, "slow down");
        busy.header("Retry-After", "3");
        server.route(QStringLiteral("/q"), {busy, Server::ok("second")});
        server.route(QStringLiteral("/q"), Server::ok("specific"), QStringLiteral("id=7"));
        QUrl url = server.url(QStringLiteral("/q"));

        Answer a = get(network, url);
        QCOMPARE(a.status, 429);
        QCOMPARE(a.retryAfter, QByteArray("3"));
        QCOMPARE(get(network, url).body, QByteArray("second"));
        QCOMPARE(get(network, url).body, QByteArray("second")); // the last response repeats
        url.setQuery(QStringLiteral("id=7&x=1"));
        QCOMPARE(get(network, url).body, QByteArray("specific")); // the longest matching query wins
        QCOMPARE(get(network, server.url(QStringLiteral("/nowhere"))).status, 404);

        const QVector<Server::Request> requests = server.requests();
        QCOMPARE(requests.size(), 5);
        QCOMPARE(requests.at(3).path, QStringLiteral("/q"));
        QCOMPARE(requests.at(3).query.queryItemValue(QStringLiteral("id")), QStringLiteral("7"));
        QCOMPARE(requests.at(0).headers.value("x-test"), QByteArray("yes"));
        QCOMPARE(requests.at(0).method, QByteArray("GET"));
        QVERIFY(requests.at(4).receivedMs >= requests.at(0).receivedMs);
    }

    void truncatesAndDelays()
    {
        Server server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        Server::Response cut = Server::ok(QByteArray(10000, 'x'));
        cut.truncateAt = 100;
        server.route(QStringLiteral("/cut"), cut);
        Server::Response slow = Server::ok("late");
        slow.delayMs = 300;
        server.route(QStringLiteral("/slow"), slow);

        const Answer a = get(network, server.url(QStringLiteral("/cut")));
        QVERIFY(a.error != QNetworkReply::NoError);
        QVERIFY(a.body.size() < 10000);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(get(network, server.url(QStringLiteral("/slow"))).body, QByteArray("late"));
        QVERIFY(clock.elapsed() >= 290);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackHttpServer)
#include "tst_loopbackhttpserver.moc"
