// RequestScheduler against a real HTTP server on loopback: spacing (from the server's receive times and on a
// manual clock), one connection, Retry-After (seconds, date, huge), backoff, the size cap at its edge,
// identity encoding, redirects (same origin, another origin, the limit at its edge), silence, the overall
// deadline against a trickle, cancel, and messages without a query's secrets.
#include "loopbackhttpserver.h"
#include "manualclock.h"
#include "util/requestclock.h"
#include "util/requestscheduler.h"
#include "util/scheduledreply.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;
using Failure = ScheduledReply::Failure;

namespace {

RequestPolicy quickPolicy()
{
    RequestPolicy policy;
    policy.maxRetries = 3;
    policy.backoffMs = 100;
    policy.transferTimeoutMs = 10000;
    policy.deadlineMs = 60000;
    return policy;
}

} // namespace

class TestRequestScheduler final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<RequestScheduler> m_scheduler;

    // A scheduler on the manual clock (`manual`) or the real one.
    RequestScheduler *scheduler(bool manual)
    {
        m_clock.reset(manual ? new Test::ManualClock : nullptr);
        m_scheduler = std::make_unique<RequestScheduler>(m_network.get(), m_clock.get());
        return m_scheduler.get();
    }

    OutgoingRequest get(const QString &path, const QString &lane = QStringLiteral("test"))
    {
        OutgoingRequest request;
        request.lane = lane;
        request.request.setUrl(m_server->url(path));
        request.policy = quickPolicy();
        return request;
    }

    static bool waitFinished(ScheduledReply *reply, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
    }

    // `count` requests to `path` in one lane, each given to the scheduler at once; all answered.
    QVector<ScheduledReply *> sendAll(const QString &lane, int count)
    {
        QVector<ScheduledReply *> replies;
        for (int i = 0; i < count; ++i)
            replies.append(m_scheduler->send(get(QStringLiteral("/r%1").arg(i), lane)));
        for (ScheduledReply *reply : replies)
            waitFinished(reply);
        return replies;
    }

    Server::Response redirectTo(const QString &path)
    {
        Server::Response moved = Server::status(302);
        moved.header("Location", m_server->url(path).toString().toLatin1());
        return moved;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<Server>();
        QVERIFY(m_server->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        for (int i = 0; i < 8; ++i)
            m_server->route(QStringLiteral("/r%1").arg(i), Server::ok("answer", "text/plain"));
    }

    void cleanup()
    {
        m_scheduler.reset();
        m_clock.reset();
        m_network.reset();
        m_server.reset();
    }

    void oneSchedulerPerNetwork()
    {
        RequestScheduler *first = RequestScheduler::of(m_network.get());
        QCOMPARE(RequestScheduler::of(m_network.get()), first);
        QNetworkAccessManager other;
        QVERIFY(RequestScheduler::of(&other) != first);
    }

    // Measured where it matters, at the server: no request of the lane arrived sooner than the interval after
    // the previous one left. (Start to arrival holds on a loaded machine too: load only delays arrivals.)
    void spacingMeasuredFromTheServersReceiveTimes()
    {
        RequestScheduler *s = scheduler(false);
        s->setLane(QStringLiteral("spaced"), {250, 0, quickPolicy()});
        const QVector<ScheduledReply *> replies = sendAll(QStringLiteral("spaced"), 4);
        const QVector<Server::Request> requests = m_server->requests();
        QCOMPARE(requests.size(), 4);
        for (int i = 0; i < replies.size(); ++i) {
            QVERIFY2(replies.at(i)->ok(), qPrintable(replies.at(i)->errorText()));
            QCOMPARE(requests.at(i).path, QStringLiteral("/r%1").arg(i));
        }
        for (int i = 1; i < replies.size(); ++i) {
            const qint64 previousStart = replies.at(i - 1)->attemptStarts().constFirst();
            const qint64 gap = requests.at(i).monotonicMs - previousStart;
            QVERIFY2(
                gap >= 250,
                qPrintable(
                    QStringLiteral("request %1 arrived %2 ms after the previous start").arg(i).arg(gap)));
            QVERIFY(replies.at(i)->attemptStarts().constFirst() - previousStart >= 250);
        }
    }

    // arXiv's 3 s on a clock the test moves: the second request leaves when, and only when, 3000 ms passed.
    void spacingOnAManualClock()
    {
        RequestScheduler *s = scheduler(true);
        s->setLane(QStringLiteral("arxiv"), {3000, 1, quickPolicy()});
        ScheduledReply *first = s->send(get(QStringLiteral("/r0"), QStringLiteral("arxiv")));
        ScheduledReply *second = s->send(get(QStringLiteral("/r1"), QStringLiteral("arxiv")));
        QVERIFY(first->isStarted());
        QVERIFY(waitFinished(first));
        QVERIFY(!second->isStarted());
        m_clock->advance(2999);
        QVERIFY(!second->isStarted());
        m_clock->advance(1);
        QVERIFY(second->isStarted());
        QCOMPARE(second->attemptStarts().constFirst() - first->attemptStarts().constFirst(), 3000);
        QVERIFY(waitFinished(second));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void oneConnectionAtATime()
    {
        RequestScheduler *s = scheduler(false);
        Server::Response slow = Server::ok("slow", "text/plain");
        slow.delayMs = 300;
        m_server->clearRoutes();
        for (int i = 0; i < 6; ++i)
            m_server->route(QStringLiteral("/r%1").arg(i), slow);
        s->setLane(QStringLiteral("single"), {0, 1, quickPolicy()});
        for (ScheduledReply *reply : sendAll(QStringLiteral("single"), 3))
            QVERIFY2(reply->ok(), qPrintable(reply->errorText()));
        for (const Server::Request &request : m_server->requests())
            QCOMPARE(request.unanswered, 1);
        // The measure can tell: a lane without the limit has all three waiting at the server at once.
        m_server->clearRequests();
        sendAll(QStringLiteral("open"), 3);
        int most = 0;
        for (const Server::Request &request : m_server->requests())
            most = qMax(most, request.unanswered);
        QCOMPARE(most, 3);
    }

    void retryAfterSecondsIsWaitedOut()
    {
        RequestScheduler *s = scheduler(true);
        Server::Response busy = Server::status(429, "slow down");
        busy.header("Retry-After", "2");
        m_server->route(QStringLiteral("/busy"), {busy, Server::ok("served", "text/plain")});
        OutgoingRequest request = get(QStringLiteral("/busy"));
        request.policy->backoffMs = 50000; // were Retry-After ignored, this would be the wait
        ScheduledReply *reply = s->send(request);
        QSignalSpy retrying(reply, &ScheduledReply::retrying);
        QVERIFY(retrying.wait(10000));
        QCOMPARE(retrying.first().at(1).toInt(), 2000);
        QVERIFY2(retrying.first().at(0).toString().contains(QStringLiteral("HTTP 429")),
                 qPrintable(retrying.first().at(0).toString()));
        QCOMPARE(reply->retryAfterMs(), 2000);
        m_clock->advance(1999);
        QCOMPARE(reply->attempts(), 1);
        m_clock->advance(1);
        QCOMPARE(reply->attempts(), 2);
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->errorText()));
        QCOMPARE(reply->body(), QByteArray("served"));
    }

    void retryAfterAsAnHttpDate()
    {
        RequestScheduler *s = scheduler(true);
        Server::Response busy = Server::status(503);
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(3);
        busy.header(
            "Retry-After",
            QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1());
        m_server->route(QStringLiteral("/busy"), {busy, Server::ok("served", "text/plain")});
        ScheduledReply *reply = s->send(get(QStringLiteral("/busy")));
        QSignalSpy retrying(reply, &ScheduledReply::retrying);
        QVERIFY(retrying.wait(10000));
        // A date has whole seconds: between 2 and 3 s from now, whatever the machine's load.
        const int delay = retrying.first().at(1).toInt();
        QVERIFY2(delay > 1000 && delay <= 3000, qPrintable(QString::number(delay)));
        m_clock->advance(delay);
        QVERIFY(waitFinished(reply));
        QVERIFY(reply->ok());
    }

    void retryAfterTooLongGivesUp_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("past any clock") << QByteArray("18446744073709552");
        QTest::newRow("past the cap") << QByteArray("3600");
        QTest::newRow("past the deadline") << QByteArray("90");
    }

    void retryAfterTooLongGivesUp()
    {
        QFETCH(QByteArray, retryAfter);
        RequestScheduler *s = scheduler(true);
        Server::Response busy = Server::status(503);
        busy.header("Retry-After", retryAfter);
        m_server->route(QStringLiteral("/busy"), {busy, Server::ok("served", "text/plain")});
        ScheduledReply *reply = s->send(get(QStringLiteral("/busy"))); // deadline 60 s, cap 300 s
        QSignalSpy retrying(reply, &ScheduledReply::retrying);
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->failure(), Failure::WaitTooLong);
        QVERIFY2(reply->errorText().contains(QStringLiteral("try again later")),
                 qPrintable(reply->errorText()));
        QCOMPARE(retrying.size(), 0);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void backoffDoublesWithoutRetryAfter()
    {
        RequestScheduler *s = scheduler(true);
        m_server->route(QStringLiteral("/flaky"), {Server::status(503), Server::status(502),
                                                   Server::status(500), Server::ok("at last", "text/plain")});
        ScheduledReply *reply = s->send(get(QStringLiteral("/flaky")));
        QSignalSpy retrying(reply, &ScheduledReply::retrying);
        for (const int expected : {100, 200, 400}) {
            QVERIFY(QTest::qWaitFor([&] { return !retrying.isEmpty(); }, 10000));
            QCOMPARE(retrying.takeFirst().at(1).toInt(), expected);
            m_clock->advance(expected);
        }
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->errorText()));
        QCOMPARE(reply->attempts(), 4);
    }

    // A retry due at once (Retry-After: 0) starts inside the scheduler; whoever hears retrying() still reads
    // the status of the attempt that failed (the drafting panel names 429 and 5xx apart).
    void retryingTellsTheFailedAttemptsStatus()
    {
        RequestScheduler *s = scheduler(false);
        Server::Response busy = Server::status(503);
        busy.header("Retry-After", "0");
        m_server->route(QStringLiteral("/busy"), {busy, Server::ok("served", "text/plain")});
        ScheduledReply *reply = s->send(get(QStringLiteral("/busy")));
        QVector<int> heard;
        connect(reply, &ScheduledReply::retrying, this, [&] { heard.append(reply->status()); });
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->errorText()));
        QCOMPARE(heard, QVector<int>{503});
        QCOMPARE(reply->status(), 200);
    }

    // Cancelled by whoever heard that a retry comes: nothing more is sent.
    void cancelledWhileARetryIsAnnounced()
    {
        RequestScheduler *s = scheduler(false);
        m_server->route(QStringLiteral("/down"), Server::status(503));
        ScheduledReply *reply = s->send(get(QStringLiteral("/down")));
        connect(reply, &ScheduledReply::retrying, reply, &ScheduledReply::cancel);
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->failure(), Failure::Cancelled);
        QCOMPARE(s->waiting(QStringLiteral("test")), 0);
        QTest::qWait(300); // the backoff (100 ms) would have sent it again by now
        QCOMPARE(m_server->requestCount(), 1);
    }

    void givesUpAfterTheLastRetry()
    {
        RequestScheduler *s = scheduler(false);
        m_server->route(QStringLiteral("/down"), Server::status(503));
        OutgoingRequest request = get(QStringLiteral("/down"));
        request.policy->maxRetries = 2;
        request.policy->backoffMs = 10;
        ScheduledReply *reply = s->send(request);
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->failure(), Failure::HttpStatus);
        QCOMPARE(reply->status(), 503);
        QVERIFY2(reply->errorText().contains(QStringLiteral("answered HTTP 503 (Service Unavailable)")),
                 qPrintable(reply->errorText()));
        QVERIFY2(reply->errorText().contains(QStringLiteral("gave up after 3 attempts")),
                 qPrintable(reply->errorText()));
        QCOMPARE(m_server->requestCount(), 3);
    }

    void clientErrorIsNotRetried()
    {
        RequestScheduler *s = scheduler(false);
        m_server->route(QStringLiteral("/no"), Server::status(404, "no such thing"));
        ScheduledReply *reply = s->send(get(QStringLiteral("/no")));
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->failure(), Failure::HttpStatus);
        QCOMPARE(reply->body(), QByteArray("no such thing"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    // The cap at its edge: exactly the cap is read; one byte more is refused, with and without a
    // Content-Length, and not asked for again.
    void capAtItsEdge_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("streamedByTheServer");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("cap, Content-Length") << 1000 << false << true;
        QTest::newRow("cap + 1, Content-Length") << 1001 << false << false;
        QTest::newRow("cap, chunked") << 1000 << true << true;
        QTest::newRow("cap + 1, chunked") << 1001 << true << false;
    }

    void capAtItsEdge()
    {
        QFETCH(int, size);
        QFETCH(bool, streamedByTheServer);
        QFETCH(bool, accepted);
        RequestScheduler *s = scheduler(false);
        const QByteArray body(size, 'x');
        m_server->route(QStringLiteral("/big"), streamedByTheServer
                                                    ? Server::stream({body.left(600), body.mid(600)})
                                                    : Server::ok(body));
        OutgoingRequest request = get(QStringLiteral("/big"));
        request.maxAnswerBytes = 1000;
        ScheduledReply *reply = s->send(request);
        QVERIFY(waitFinished(reply));
        if (accepted) {
            QVERIFY2(reply->ok(), qPrintable(reply->errorText()));
            QCOMPARE(reply->body(), body);
        } else {
            QCOMPARE(reply->failure(), Failure::TooLarge);
            QVERIFY2(reply->errorText().endsWith(QStringLiteral("is larger than 1000 bytes: refused")),
                     qPrintable(reply->errorText()));
        }
        QCOMPARE(m_server->requestCount(), 1);
    }

    void answersAreNeverInflated()
    {
        RequestScheduler *s = scheduler(false);
        // 64 MB of spaces in 64 KB of deflate: inflated, it would pass the cap many times over.
        const QByteArray deflated = qCompress(QByteArray(64 * 1024 * 1024, ' '), 9).mid(4);
        Server::Response bomb = Server::ok(deflated, "text/plain");
        bomb.header("Content-Encoding", "deflate");
        m_server->route(QStringLiteral("/bomb"), bomb);
        OutgoingRequest request = get(QStringLiteral("/bomb"));
        request.maxAnswerBytes = 1024 * 1024;
        ScheduledReply *reply = s->send(request);
        QVERIFY(waitFinished(reply));
        QCOMPARE(m_server->requests().first().headers.value("accept-encoding"), QByteArray("identity"));
        QVERIFY2(reply->ok(), qPrintable(reply->errorText()));
        QCOMPARE(reply->body().size(), deflated.size());
    }

    void sameOriginRedirectIsFollowed()
    {
        RequestScheduler *s = scheduler(false);
        m_server->route(QStringLiteral("/old"), redirectTo(QStringLiteral("/new")));
        m_server->route(QStringLiteral("/new"), Server::ok("moved here", "text/plain"));
        ScheduledReply *reply = s->send(get(QStringLiteral("/old")));
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->errorText()));
        QCOMPARE(reply->body(), QByteArray("moved here"));
    }

    void redirectToAnotherOriginIsRefused()
    {
        RequestScheduler *s = scheduler(false);
        Server::Response moved = Server::status(302);
        QUrl elsewhere = m_server->url(QStringLiteral("/elsewhere"));
        elsewhere.setHost(QStringLiteral("localhost")); // the same machine, another origin
        moved.header("Location", elsewhere.toString().toLatin1());
        m_server->route(QStringLiteral("/old"), moved);
        m_server->route(QStringLiteral("/elsewhere"), Server::ok("should not be read", "text/plain"));
        ScheduledReply *reply = s->send(get(QStringLiteral("/old")));
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->failure(), Failure::Redirect);
        QVERIFY2(reply->errorText().contains(QStringLiteral("redirected to another site")),
                 qPrintable(reply->errorText()));
        for (const Server::Request &request : m_server->requests())
            QVERIFY(request.path != QLatin1String("/elsewhere"));
    }

    // RequestScheduler::MaxRedirects (5) at its edge: a chain of five is followed, a sixth is refused.
    void redirectLimitAtItsEdge_data()
    {
        QTest::addColumn<int>("hops");
        QTest::addColumn<bool>("followed");
        QTest::newRow("5 redirects") << 5 << true;
        QTest::newRow("6 redirects") << 6 << false;
    }

    void redirectLimitAtItsEdge()
    {
        QFETCH(int, hops);
        QFETCH(bool, followed);
        RequestScheduler *s = scheduler(false);
        for (int i = 0; i < hops; ++i)
            m_server->route(QStringLiteral("/hop%1").arg(i), redirectTo(QStringLiteral("/hop%1").arg(i + 1)));
        m_server->route(QStringLiteral("/hop%1").arg(hops), Server::ok("arrived", "text/plain"));
        ScheduledReply *reply = s->send(get(QStringLiteral("/hop0")));
        QVERIFY(waitFinished(reply));
        if (followed) {
            QVERIFY2(reply->ok(), qPrintable(reply->errorText()));
            QCOMPARE(reply->body(), QByteArray("arrived"));
            QCOMPARE(m_server->requestCount(), hops + 1);
        } else {
            QCOMPARE(reply->failure(), Failure::Redirect);
            QVERIFY2(reply->errorText().contains(QStringLiteral("redirected more than 5 times")),
                     qPrintable(reply->errorText()));
            QCOMPARE(m_server->requestCount(), 6); // the sixth redirect is not followed
        }
    }

    void silenceEndsAnAttempt()
    {
        RequestScheduler *s = scheduler(true);
        Server::Response silent = Server::ok("late", "text/plain");
        silent.delayMs = 60000;
        m_server->route(QStringLiteral("/silent"), silent);
        OutgoingRequest request = get(QStringLiteral("/silent"));
        request.policy->transferTimeoutMs = 300;
        request.policy->maxRetries = 0;
        ScheduledReply *reply = s->send(request);
        QTRY_COMPARE(m_server->requestCount(), 1);
        m_clock->advance(299);
        QVERIFY(!reply->isFinished());
        m_clock->advance(1);
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->failure(), Failure::Silence);
        QVERIFY2(reply->errorText().contains(QStringLiteral("did not answer within 0.3 s")),
                 qPrintable(reply->errorText()));
    }

    // The regression of a server that keeps a request alive with a byte now and then: every byte resets the
    // silence timer (1 s), none moves the deadline (1.5 s). Before the deadline existed this never ended.
    void aTrickleIsCutAtTheDeadline()
    {
        RequestScheduler *s = scheduler(false);
        m_server->route(QStringLiteral("/trickle"), Server::stream(QVector<QByteArray>(600, "x"), 100));
        OutgoingRequest request = get(QStringLiteral("/trickle"));
        request.policy->transferTimeoutMs = 1000;
        request.policy->deadlineMs = 1500;
        ScheduledReply *reply = s->send(request);
        QSignalSpy progress(reply, &ScheduledReply::progress);
        QVERIFY(waitFinished(reply, 30000));
        QCOMPARE(reply->failure(), Failure::Deadline);
        QVERIFY2(reply->errorText().contains(QStringLiteral("did not finish within the 1.5 s deadline")),
                 qPrintable(reply->errorText()));
        QVERIFY(progress.size() >= 3); // bytes did arrive: it was no silence
        QCOMPARE(m_server->requestCount(), 1);
    }

    void sseCommentsDoNotExtendTheDeadline()
    {
        RequestScheduler *s = scheduler(false);
        m_server->route(QStringLiteral("/events"),
                        Server::stream(QVector<QByteArray>(300, ": keep-alive\n\n"), 200));
        OutgoingRequest request = get(QStringLiteral("/events"));
        request.streamed = true;
        request.policy->transferTimeoutMs = 1000;
        request.policy->deadlineMs = 1200;
        ScheduledReply *reply = s->send(request);
        QByteArray streamed;
        connect(reply, &ScheduledReply::chunk, this,
                [&streamed](const QByteArray &bytes) { streamed += bytes; });
        QVERIFY(waitFinished(reply, 30000));
        QCOMPARE(reply->failure(), Failure::Deadline);
        QVERIFY(streamed.startsWith(": keep-alive\n\n"));
        QVERIFY(reply->body().isEmpty()); // a streamed answer goes out in chunks, not into body()
    }

    void deadlineCountsTheWaitsBetweenAttempts()
    {
        RequestScheduler *s = scheduler(true);
        m_server->route(QStringLiteral("/down"), Server::status(503));
        OutgoingRequest request = get(QStringLiteral("/down"));
        request.policy->backoffMs = 4000;
        request.policy->maxRetries = 10;
        request.policy->deadlineMs = 10000;
        ScheduledReply *reply = s->send(request);
        QSignalSpy retrying(reply, &ScheduledReply::retrying);
        QVERIFY(retrying.wait(10000));
        m_clock->advance(4000); // the second attempt; the next wait (8 s) would pass the 10 s deadline
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->failure(), Failure::Deadline);
        QVERIFY2(
            reply->errorText().contains(QStringLiteral("another try would come after the 10 s deadline")),
            qPrintable(reply->errorText()));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void cancelStopsRunningAndQueuedRequests()
    {
        RequestScheduler *s = scheduler(false);
        Server::Response slow = Server::ok("slow", "text/plain");
        slow.delayMs = 5000;
        m_server->route(QStringLiteral("/slow"), slow);
        s->setLane(QStringLiteral("single"), {0, 1, quickPolicy()});
        ScheduledReply *running = s->send(get(QStringLiteral("/slow"), QStringLiteral("single")));
        ScheduledReply *queued = s->send(get(QStringLiteral("/r0"), QStringLiteral("single")));
        QTRY_COMPARE(m_server->requestCount(), 1);
        QSignalSpy finished(queued, &ScheduledReply::finished);
        queued->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(queued->failure(), Failure::Cancelled);
        running->cancel();
        QCOMPARE(running->failure(), Failure::Cancelled);
        QCOMPARE(s->running(QStringLiteral("single")), 0);
        // Deleting a reply drops its request as well.
        ScheduledReply *dropped = s->send(get(QStringLiteral("/slow"), QStringLiteral("single")));
        QTRY_COMPARE(m_server->requestCount(), 2);
        delete dropped;
        QCOMPARE(s->running(QStringLiteral("single")), 0);
        QTest::qWait(200);
        QCOMPARE(m_server->requestCount(), 2); // the cancelled /r0 never went out
    }

    // A streamed answer that broke after its first chunks is not asked for again: the reader has half of it.
    void aStreamThatBrokeIsNotSentAgain()
    {
        RequestScheduler *s = scheduler(false);
        Server::Response cut = Server::stream({"data: 1\n\n", "data: 2\n\n"});
        cut.cutStream = true;
        m_server->route(QStringLiteral("/events"), cut);
        OutgoingRequest request = get(QStringLiteral("/events"));
        request.streamed = true;
        ScheduledReply *reply = s->send(request);
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->failure(), Failure::CutShort);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void resendFollowsTheRequestsRule_data()
    {
        QTest::addColumn<int>("resend");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<int>("attempts");
        using R = OutgoingRequest::Resend;
        QTest::newRow("always, 503") << int(R::Always) << false << 3;
        QTest::newRow("when asked, 503") << int(R::WhenAsked) << false << 3;
        QTest::newRow("when asked, refused") << int(R::WhenAsked) << true << 1;
        QTest::newRow("undelivered, 503") << int(R::Undelivered) << false << 1;
        QTest::newRow("undelivered, refused") << int(R::Undelivered) << true << 3;
    }

    void resendFollowsTheRequestsRule()
    {
        QFETCH(int, resend);
        QFETCH(bool, refused);
        QFETCH(int, attempts);
        RequestScheduler *s = scheduler(false);
        m_server->route(QStringLiteral("/down"), Server::status(503));
        OutgoingRequest request = get(QStringLiteral("/down"));
        if (refused) {
            Server closed;
            QVERIFY(closed.listen());
            request.request.setUrl(closed.url(QStringLiteral("/down")));
        } // the port is closed again here
        request.resend = static_cast<OutgoingRequest::Resend>(resend);
        request.policy->maxRetries = 2;
        request.policy->backoffMs = 10;
        ScheduledReply *reply = s->send(request);
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->attempts(), attempts);
        QCOMPARE(reply->delivered(), !refused);
        QCOMPARE(reply->failure(), refused ? Failure::Network : Failure::HttpStatus);
    }

    // Keys travel in queries (OpenAlex's api_key, WeChat's access_token): no message ever shows one.
    void messagesNameTheUrlWithoutItsQuery()
    {
        RequestScheduler *s = scheduler(false);
        m_server->route(QStringLiteral("/works"), Server::status(503));
        OutgoingRequest request = get(QStringLiteral("/works"));
        QUrl url = request.request.url();
        url.setQuery(QStringLiteral("api_key=s3cret-key&x=1"));
        request.request.setUrl(url);
        request.policy->maxRetries = 0;
        ScheduledReply *reply = s->send(request);
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->errorText().startsWith(m_server->url(QStringLiteral("/works")).toString() +
                                               QStringLiteral(" answered HTTP 503")),
                 qPrintable(reply->errorText()));
        QVERIFY(!reply->errorText().contains(QStringLiteral("s3cret")));

        {
            Server closed; // its port is closed again at the end of the block
            QVERIFY(closed.listen());
            url = closed.url(QStringLiteral("/token"));
        }
        url.setQuery(QStringLiteral("access_token=t0ken-value"));
        request.request.setUrl(url);
        request.label = QStringLiteral("api.weixin.qq.com");
        ScheduledReply *refused = s->send(request);
        QVERIFY(waitFinished(refused));
        QVERIFY2(
            refused->errorText().startsWith(QStringLiteral("the connection to api.weixin.qq.com failed")),
            qPrintable(refused->errorText()));
        QVERIFY(!refused->errorText().contains(QStringLiteral("t0ken")));
    }

    // The client found a 2xx answer unusable: it is asked for again within the retries, then given up in
    // words.
    void anUnusableAnswerIsAskedForAgain()
    {
        RequestScheduler *s = scheduler(false);
        m_server->route(QStringLiteral("/page"), Server::ok("<html>busy</html>", "text/html"));
        OutgoingRequest request = get(QStringLiteral("/page"));
        request.policy->maxRetries = 1;
        request.policy->backoffMs = 10;
        ScheduledReply *reply = s->send(request);
        int finishedCount = 0;
        bool retried = false;
        connect(reply, &ScheduledReply::finished, this, [&] {
            ++finishedCount;
            retried = reply->retry(QStringLiteral("the page could not be read"));
        });
        QVERIFY(QTest::qWaitFor([&] { return finishedCount == 2; }, 10000));
        QVERIFY(!retried);
        QCOMPARE(reply->failure(), Failure::Unusable);
        QCOMPARE(reply->errorText(), QStringLiteral("the page could not be read (gave up after 2 attempts)"));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void tooLargeMessageSaysTheCap()
    {
        QCOMPARE(RequestScheduler::tooLargeMessage(QStringLiteral("the listing"), 32 * 1024 * 1024),
                 QStringLiteral("the listing is larger than 32 MB: refused"));
        QCOMPARE(RequestScheduler::tooLargeMessage(QStringLiteral("the page"), 1000),
                 QStringLiteral("the page is larger than 1000 bytes: refused"));
    }
};

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
