// The request scheduler's cost per request: the same GETs to the loopback server sent straight through a
// QNetworkAccessManager and through a RequestScheduler lane without spacing; the difference is the
// scheduler's (queue, lane, watchdog, the cap's bookkeeping). And the scheduling alone, without a network.
#include "loopbackhttpserver.h"
#include "util/requestscheduler.h"
#include "util/scheduledreply.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <benchmark/benchmark.h>

using namespace DigestStudio;

namespace {

constexpr int Requests = 50;

QByteArray answerBody()
{
    return QByteArray(20 * 1024, 'x'); // about an API page of a few papers
}

void BM_DirectGet(benchmark::State &state)
{
    Test::LoopbackHttpServer server;
    server.listen();
    server.route(QStringLiteral("/page"), Test::LoopbackHttpServer::ok(answerBody(), "text/plain"));
    QNetworkAccessManager network;
    for (auto _ : state) {
        for (int i = 0; i < Requests; ++i) {
            QNetworkRequest request(server.url(QStringLiteral("/page")));
            request.setRawHeader("Accept-Encoding", "identity");
            QNetworkReply *reply = network.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            benchmark::DoNotOptimize(reply->readAll().size());
            reply->deleteLater();
        }
    }
    state.SetItemsProcessed(state.iterations() * Requests);
}
BENCHMARK(BM_DirectGet)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ScheduledGet(benchmark::State &state)
{
    Test::LoopbackHttpServer server;
    server.listen();
    server.route(QStringLiteral("/page"), Test::LoopbackHttpServer::ok(answerBody(), "text/plain"));
    QNetworkAccessManager network;
    RequestScheduler scheduler(&network);
    scheduler.setLane(QStringLiteral("bench"), RequestLane{0, 1, RequestPolicy()});
    for (auto _ : state) {
        for (int i = 0; i < Requests; ++i) {
            OutgoingRequest request;
            request.lane = QStringLiteral("bench");
            request.request.setUrl(server.url(QStringLiteral("/page")));
            ScheduledReply *reply = scheduler.send(request);
            QEventLoop loop;
            QObject::connect(reply, &ScheduledReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            if (!reply->ok())
                state.SkipWithError("a request failed");
            benchmark::DoNotOptimize(reply->body().size());
            reply->deleteLater();
        }
    }
    state.SetItemsProcessed(state.iterations() * Requests);
}
BENCHMARK(BM_ScheduledGet)->Unit(benchmark::kMillisecond)->UseRealTime();

// Queueing and dropping 1,000 requests in a lane of one connection, 3 s apart: the bookkeeping alone (one
// starts, the others wait; deleting them drops them).
void BM_QueueAndDrop1000(benchmark::State &state)
{
    QNetworkAccessManager network;
    RequestScheduler scheduler(&network);
    scheduler.setLane(QStringLiteral("spaced"), RequestLane{3000, 1, RequestPolicy()});
    for (auto _ : state) {
        QVector<ScheduledReply *> replies;
        replies.reserve(1000);
        for (int i = 0; i < 1000; ++i) {
            OutgoingRequest request;
            request.lane = QStringLiteral("spaced");
            request.request.setUrl(QUrl(QStringLiteral("http://127.0.0.1:9/never")));
            replies.append(scheduler.send(request));
        }
        for (ScheduledReply *reply : replies)
            delete reply;
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_QueueAndDrop1000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
