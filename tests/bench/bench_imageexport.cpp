// The cost of the long images: laying out and drawing a 10-entry post at 750 px, 2x, with a
// figure per entry, and the same with the PNG encoding that Save and digestctl add.
#include "formats/digestimporter.h"
#include "formats/imageexporter.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>

#include <benchmark/benchmark.h>

using namespace DigestStudio;

namespace {

// The sample's entries repeated to `entries`, each with its own id and a 800 x 500 figure.
Digest makeDigest(int entries, ExportOptions *options)
{
    QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/published/digest-sample.txt"));
    const Digest sample =
        DigestImporter::parse(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray()).digest;
    QImage figure(800, 500, QImage::Format_RGB32);
    figure.fill(QColor(0x1e, 0x6b, 0xb8));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    figure.save(&buffer, "PNG");
    Digest d = sample;
    d.entries().clear();
    for (int i = 0; sample.entryCount() > 0 && i < entries; ++i) {
        DigestEntry e = sample.entries().at(i % sample.entryCount());
        e.setArxivId(QStringLiteral("2210.%1").arg(10000 + i));
        options->figures.insert(e.arxivId(), png);
        d.entries().append(e);
    }
    return d;
}

void BM_ImageRender(benchmark::State &state)
{
    ExportOptions options;
    const Digest d = makeDigest(static_cast<int>(state.range(0)), &options);
    int images = 0;
    for (auto _ : state) {
        const ExportResult result = ImageExporter().render(d, options);
        images = static_cast<int>(result.images.size());
        benchmark::DoNotOptimize(result);
    }
    state.counters["images"] = images;
}
BENCHMARK(BM_ImageRender)->Arg(10)->Unit(benchmark::kMillisecond);

void BM_ImageRenderAndEncode(benchmark::State &state)
{
    ExportOptions options;
    const Digest d = makeDigest(static_cast<int>(state.range(0)), &options);
    qint64 bytes = 0;
    for (auto _ : state) {
        const ExportResult result = ImageExporter().render(d, options);
        bytes = 0;
        for (const ExportImage &image : result.images) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.image.save(&buffer, "PNG");
            bytes += png.size();
        }
    }
    state.counters["png_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_ImageRenderAndEncode)->Arg(10)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    // Fonts need a QGuiApplication; the offscreen platform runs without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
