// The cost of the four export formats and of the pre-flight checks over a 50-entry digest (the budget:
// all four formats under 10 ms together, the checks under 20 ms), and of importing a published post.
#include "checks/checkregistry.h"
#include "formats/digestimporter.h"
#include "formats/formatregistry.h"
#include "formats/textexporter.h"

#include <QFile>

#include <benchmark/benchmark.h>

using namespace DigestStudio;

namespace {

QByteArray sampleBytes()
{
    QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/published/digest-sample.txt"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The sample's nine entries repeated to `entries`, each with its own id and link.
Digest makeDigest(int entries)
{
    const Digest sample = DigestImporter::parse(sampleBytes()).digest;
    Digest d = sample;
    d.entries().clear();
    for (int i = 0; sample.entryCount() > 0 && i < entries; ++i) {
        DigestEntry e = sample.entries().at(i % sample.entryCount());
        e.setArxivId(QStringLiteral("2210.%1").arg(10000 + i));
        e.setLink(QStringLiteral("https://arxiv.org/abs/2210.%1").arg(10000 + i));
        d.entries().append(e);
    }
    return d;
}

QVector<GlossaryTerm> makeGlossary()
{
    QVector<GlossaryTerm> terms;
    const char *const english[] = {
        "data augmentation",           "invariance",      "regularization",   "loss landscape",
        "stochastic gradient descent", "sparse",          "lottery ticket",   "pruning",
        "panoptic segmentation",       "diffusion model", "language model",   "retrieval",
        "graph neural network",        "benchmark",       "video prediction", "planning"};
    for (int i = 0; i < 50; ++i)
        terms.append(
            GlossaryTerm(QString::fromLatin1(english[i % 16]) + (i >= 16 ? QString::number(i) : QString()),
                         QStringLiteral("术语%1").arg(i)));
    return terms;
}

} // namespace

static void BM_ExportAllFormats(benchmark::State &state)
{
    const Digest d = makeDigest(static_cast<int>(state.range(0)));
    const ExportOptions options;
    const QVector<const DigestExporter *> formats = FormatRegistry::instance().formats();
    for (auto _ : state) {
        for (const DigestExporter *format : formats)
            benchmark::DoNotOptimize(format->render(d, options));
    }
}
BENCHMARK(BM_ExportAllFormats)->Arg(50)->Unit(benchmark::kMillisecond);

static void BM_ExportFormat(benchmark::State &state)
{
    const Digest d = makeDigest(50);
    const ExportOptions options;
    const DigestExporter *format = FormatRegistry::instance().formats().at(static_cast<int>(state.range(0)));
    state.SetLabel(format->id().toStdString());
    for (auto _ : state)
        benchmark::DoNotOptimize(format->render(d, options));
}
BENCHMARK(BM_ExportFormat)->DenseRange(0, 3)->Unit(benchmark::kMicrosecond);

static void BM_Checks(benchmark::State &state)
{
    CheckContext context;
    context.digest = makeDigest(static_cast<int>(state.range(0)));
    context.glossary = makeGlossary();
    FeaturedIn earlier;
    earlier.date = QDate(2022, 10, 1);
    earlier.position = 1;
    context.featuredBefore.insert(QStringLiteral("2210.10003"), {earlier});
    for (auto _ : state)
        benchmark::DoNotOptimize(CheckRegistry::instance().run(context));
}
BENCHMARK(BM_Checks)->Arg(50)->Unit(benchmark::kMillisecond);

static void BM_ImportPost(benchmark::State &state)
{
    const QByteArray bytes =
        TextExporter().render(makeDigest(static_cast<int>(state.range(0))), ExportOptions()).text.toUtf8();
    for (auto _ : state)
        benchmark::DoNotOptimize(DigestImporter::parse(bytes));
}
BENCHMARK(BM_ImportPost)->Arg(50)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
