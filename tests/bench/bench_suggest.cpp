// The suggestions' speed: training on 180 days of 500-paper listings (the model's trailing window of 60
// days, and all 180 in the window; C chosen by rolling validation), ranking one 500-paper listing, and the
// resident memory the trained model adds and the most that training adds on its way.
#include "suggest/ranker.h"
#include "synthetichistory.h"

#include <benchmark/benchmark.h>

#include <QFile>

#include <malloc.h>

using namespace DigestStudio;

namespace {

Test::SyntheticHistory &synthetic()
{
    static Test::SyntheticHistory history([] {
        Test::SyntheticHistory::Options options;
        options.days = 180;
        options.papersPerDay = 500;
        return options;
    }());
    return history;
}

// A figure of /proc/self/status in kB: VmRSS (resident now) or VmHWM (the most resident so far).
long statusKb(const char *field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').constFirst().toLong();
    }
    return 0;
}

void BM_Train180Days(benchmark::State &state)
{
    const QVector<ListingDay> history = synthetic().history();
    for (auto _ : state) {
        const SuggestionModel model = Ranker::train(history, {}, RankerOptions());
        benchmark::DoNotOptimize(model.picks());
    }
}
BENCHMARK(BM_Train180Days)->Unit(benchmark::kMillisecond)->MinTime(5.0);

// The same history with every one of the 180 days in the window (the default trains on the latest 60).
void BM_Train180DaysWholeWindow(benchmark::State &state)
{
    const QVector<ListingDay> history = synthetic().history();
    RankerOptions options;
    options.windowDays = 180;
    for (auto _ : state) {
        const SuggestionModel model = Ranker::train(history, {}, options);
        benchmark::DoNotOptimize(model.picks());
    }
}
BENCHMARK(BM_Train180DaysWholeWindow)->Unit(benchmark::kMillisecond)->MinTime(5.0);

void BM_Rank500(benchmark::State &state)
{
    const SuggestionModel model = Ranker::train(synthetic().history(), {}, RankerOptions());
    const QVector<Paper> listing = synthetic().listing(500, QDate(2026, 7, 1));
    for (auto _ : state) {
        const QVector<Suggestion> ranked = model.rank(listing);
        benchmark::DoNotOptimize(ranked.size());
    }
}
BENCHMARK(BM_Rank500)->Unit(benchmark::kMillisecond);

void BM_ModelMemory(benchmark::State &state)
{
    const QVector<ListingDay> history = synthetic().history();
    long peak = 0;
    long trainingPeak = 0;
    for (auto _ : state) {
        malloc_trim(0);
        const long before = statusKb();
        QFile clear(QStringLiteral("/proc/self/clear_refs")); // "5": the high-water mark starts again here
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
        clear.close();
        const SuggestionModel model = Ranker::train(history, {}, RankerOptions());
        trainingPeak = std::max(trainingPeak, statusKb("VmHWM:") - before);
        malloc_trim(0); // what training freed goes back: what stays is the model
        peak = std::max(peak, statusKb() - before);
        benchmark::DoNotOptimize(model.picks());
    }
    state.counters["model_resident_MB"] = double(peak) / 1024.0;
    state.counters["training_peak_MB"] = double(trainingPeak) / 1024.0; // the most added while training
    state.counters["resident_MB_total"] = double(statusKb()) / 1024.0;
}
BENCHMARK(BM_ModelMemory)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
