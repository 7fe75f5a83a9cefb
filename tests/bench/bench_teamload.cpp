// The team on one PostgreSQL library ($DIGEST_TEST_PG; without it the program says so and fails):
// change-to-screen latency, from the start of one connection's save to the change watcher's entryChanged
// in another connection's library (what the window's live update hangs on), its 50th and 95th percentile;
// idle, and while twenty editors in threads save random fields of the same digest (TeamLoad, the load
// test's editors). Figures: README.md here.
#include "scratchlibraries.h"
#include "storage/library.h"
#include "teamload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>

using namespace DigestStudio;
using namespace DigestStudio::Test;

namespace {

constexpr int Editors = 20;

struct Team
{
    ScratchLibraries scratch;
    QString location;
    QStringList people;
    QVector<qint64> entryIds; // the editors' entries; the measured one is apart
    qint64 measured = 0;
};

bool setUp(Team *team)
{
    team->location = team->scratch.create(QStringLiteral("postgresql"));
    if (team->location.isEmpty())
        return false;
    auto owner = Library::open(team->location);
    if (!owner)
        return false;
    const qint64 digest = owner->createDigest(QDate(2026, 12, 7));
    for (int i = 0; i < 4; ++i) {
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2612.0000%1").arg(i));
        entry.setTitle(QStringLiteral("Paper"));
        const qint64 id = owner->appendEntry(digest, entry).id();
        if (i == 0)
            team->measured = id;
        else
            team->entryIds.append(id);
    }
    for (int i = 0; i < 4; ++i)
        team->people.append(team->scratch.loginAs(team->location, QStringLiteral("editor"), true));
    return !team->people.contains(QString());
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(at);
}

void changeToSignal(benchmark::State &state, Team *team, bool underLoad)
{
    auto writer = Library::open(team->people.at(0));
    auto watcher = Library::open(team->people.at(1));
    if (!writer || !watcher) {
        state.SkipWithError("cannot open the library");
        return;
    }
    std::unique_ptr<TeamLoad> load;
    if (underLoad) {
        load = std::make_unique<TeamLoad>(team->people, team->entryIds, Editors, 7);
        load->start(24 * 60 * 60 * 1000);
    }
    DigestEntry entry;
    writer->loadEntry(team->measured, &entry);
    qint64 revision = entry.revision();
    std::vector<double> latencies;
    int n = 0;
    for (auto _ : state) {
        QEventLoop loop;
        QElapsedTimer clock;
        bool seen = false;
        const auto connection =
            QObject::connect(watcher.get(), &Library::entryChanged, &loop, [&](qint64, qint64 entryId) {
                if (entryId == team->measured) {
                    seen = true;
                    loop.quit();
                }
            });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        clock.start();
        const SaveResult saved = writer->saveField(team->measured, revision, DigestEntry::Field::ZhTitle,
                                                   QStringLiteral("测量%1").arg(++n));
        if (!seen)
            loop.exec();
        const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        QObject::disconnect(connection);
        if (!saved.saved() || !seen) {
            state.SkipWithError(saved.saved() ? "no signal within 10 s" : "the save did not land");
            break;
        }
        revision = saved.revision;
        latencies.push_back(seconds);
        state.SetIterationTime(seconds);
        // A person saves now and then, not in a tight loop (not timed).
        QThread::msleep(50);
    }
    if (load) {
        load->stop();
        load->wait(60000);
        state.counters["editor_saves"] = static_cast<double>(load->attempts().size());
    }
    state.counters["p50_ms"] = percentile(latencies, 0.50) * 1000;
    state.counters["p95_ms"] = percentile(latencies, 0.95) * 1000;
    state.counters["max_ms"] = percentile(latencies, 1.0) * 1000;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (ScratchLibraries::postgresUrl().isEmpty()) {
        std::fprintf(stderr, "bench-teamload needs a PostgreSQL server: set $DIGEST_TEST_PG\n");
        return 1;
    }
    Team team;
    if (!setUp(&team)) {
        std::fprintf(stderr, "bench-teamload: cannot set up the library on $DIGEST_TEST_PG\n");
        return 1;
    }
    benchmark::RegisterBenchmark("ChangeToSignal/Idle", changeToSignal, &team, false)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond)
        ->Iterations(200);
    // About 60 s of twenty editors: 1,000 measured saves, 50 ms apart.
    benchmark::RegisterBenchmark("ChangeToSignal/TwentyEditors", changeToSignal, &team, true)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1000);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
