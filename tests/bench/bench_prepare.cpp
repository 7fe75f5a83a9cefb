// The morning run without its network waits: PrepareService over a 500-paper listing the library already
// keeps (as `digestctl prepare --date` reads it), on a SQLite library holding 60 earlier days of 500 papers
// with the editor's picks: the listing kept again, the ranker trained on the 60 days and the day ranked, the
// day's digest created and 12 papers proposed. No fill and no drafts (those are network waits).
#include "services/arxivservice.h"
#include "services/prepareservice.h"
#include "storage/library.h"
#include "synthetichistory.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace DigestStudio;

namespace {

const QDate day(2026, 12, 7);

// A library with the history and the day's listing, made once and copied for each run.
QString templateLibrary(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("template.sqlite"));
    Test::SyntheticHistory::Options options;
    options.days = 60;
    options.papersPerDay = 500;
    Test::SyntheticHistory history(options);
    auto library = Library::open(path);
    if (!library || !library->importHistory(history.history()) ||
        !library->storeListing(day, history.listing(500, day)))
        qFatal("cannot make the benchmark's library");
    return path;
}

void BM_PrepareRun500(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString source = templateLibrary(dir);
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = dir.filePath(QStringLiteral("run-%1.sqlite").arg(++run));
        QFile::copy(source, path);
        auto library = Library::open(path);
        ArxivService arxiv{LaunchConfig(), library.get()};
        PrepareService service(library.get(), &arxiv, nullptr);
        PrepareService::Request request;
        request.date = day;
        request.fill = false;
        request.draft = false;
        state.ResumeTiming();
        const PrepareReport report = service.run(request);
        if (report.outcome != PrepareReport::Outcome::Prepared || report.proposed.size() != 12)
            state.SkipWithError("the run did not propose 12 papers");
    }
}
BENCHMARK(BM_PrepareRun500)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
