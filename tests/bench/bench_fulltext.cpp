// The paper itself: reading a 2 MB LaTeXML page (target under 20 ms) and rendering the first page of a 10 MB
// PDF at 2x (target under 300 ms). The page is tests/fixtures/fulltext/html/long/long.html (made by LaTeXML,
// see the README there); the PDF is written here by Qt's PDF writer: a first page with a title, an author
// block and a figure of random pixels (Qt stores it as a JPEG of about 10 MB, which Poppler decodes at every
// rendering), like an arXiv PDF whose first page carries a large photograph. And a nine-paper digest filled
// from a loopback arXiv with the spacing set to 0 (target under 2 s): three papers with an HTML page, three
// with figures (the first one fetched and stored), three PDF-only (the first page rendered and stored).
#include "arxiv/arxivlane.h"
#include "fulltext/latexmlreader.h"
#include "fulltext/pdfreader.h"
#include "loopbackhttpserver.h"
#include "services/fulltextservice.h"
#include "services/libraryfulltexttarget.h"
#include "storage/library.h"
#include "util/requestscheduler.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>

#include <benchmark/benchmark.h>

using namespace DigestStudio;

namespace {

QByteArray longPage()
{
    QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/fulltext/html/long/long.html"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One A4 page of text and a `side` x `side` noise image, then a second page.
QByteArray pdfWithNoise(int side)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QImage noise(side, side, QImage::Format_RGB32);
    QRandomGenerator random(18);
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<quint32 *>(noise.scanLine(y));
        for (int x = 0; x < side; ++x)
            line[x] = 0xff000000u | (random.generate() & 0xffffffu);
    }
    QPainter painter(&writer);
    QFont font = painter.font();
    font.setPointSize(20);
    painter.setFont(font);
    painter.drawText(QRect(50, 60, 495, 40), Qt::AlignCenter,
                     QStringLiteral("Attention Maps of Large Photographs"));
    font.setPointSize(11);
    painter.setFont(font);
    painter.drawText(QRect(50, 110, 495, 60), Qt::AlignCenter,
                     QStringLiteral("Ann Lee\nDepartment of Statistics, University of Oxford"));
    painter.drawImage(QRect(70, 200, 455, 455), noise);
    writer.newPage();
    painter.drawText(QRect(50, 60, 495, 40), Qt::AlignLeft, QStringLiteral("Page two."));
    painter.end();
    return pdf;
}

// A PDF of at least `megabytes` MB: Qt's writer stores the noise as JPEG, so the image is sized from a first
// try.
QByteArray heavyPdf(int megabytes)
{
    const double wanted = megabytes * 1024.0 * 1024.0;
    const int first = 1000;
    const QByteArray trial = pdfWithNoise(first);
    return pdfWithNoise(static_cast<int>(first * std::sqrt(wanted / trial.size()) * 1.02));
}

void BM_ReadLatexml2MB(benchmark::State &state)
{
    const QByteArray page = longPage();
    if (page.size() < 2000000) {
        state.SkipWithError("tests/fixtures/fulltext/html/long/long.html is missing or short");
        return;
    }
    int figures = 0;
    for (auto _ : state) {
        const LatexmlReader::Result result = LatexmlReader::read(page);
        figures = static_cast<int>(result.fullText.figures.size());
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(state.iterations() * page.size());
    state.counters["page_MB"] = page.size() / 1e6;
    state.counters["figures"] = figures;
}
BENCHMARK(BM_ReadLatexml2MB)->Unit(benchmark::kMillisecond);

void BM_RenderFirstPage10MB(benchmark::State &state)
{
    const QByteArray pdf = heavyPdf(10);
    int width = 0;
    for (auto _ : state) {
        const PdfReader::Result result = PdfReader::readFirstPage(pdf, 2);
        if (!result.ok()) {
            state.SkipWithError("the PDF was not read");
            return;
        }
        width = result.image.width();
        benchmark::DoNotOptimize(result);
    }
    state.counters["pdf_MB"] = pdf.size() / 1e6;
    state.counters["image_width"] = width;
}
BENCHMARK(BM_RenderFirstPage10MB)->Unit(benchmark::kMillisecond);

QByteArray fixture(const char *path)
{
    QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/fulltext/") + QLatin1String(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// 2601.00001-3: the authblk page; 2601.00004-6: the figures page and its figure; 2601.00007-9: no page, the
// IEEEtran PDF.
void serveNinePapers(Test::LoopbackHttpServer &server)
{
    using Server = Test::LoopbackHttpServer;
    for (int i = 1; i <= 9; ++i) {
        const QString id = QStringLiteral("2601.0000%1").arg(i);
        if (i <= 3)
            server.route(QStringLiteral("/html/") + id,
                         Server::ok(fixture("arxiv/authblk/authblk.html"), "text/html"));
        else if (i <= 6)
            server.route(QStringLiteral("/html/") + id,
                         Server::ok(fixture("arxiv/figures/figures.html"), "text/html"));
        else
            server.route(QStringLiteral("/pdf/") + id,
                         Server::ok(fixture("pdf/ieeetran.pdf"), "application/pdf"));
    }
    server.route(QStringLiteral("/html/2601.00002v2/loss.png"),
                 Server::ok(fixture("arxiv/figures/loss.png"), "image/png"));
}

void BM_FillNinePapersSpacing0(benchmark::State &state)
{
    Test::LoopbackHttpServer server;
    server.listen();
    serveNinePapers(server);
    QNetworkAccessManager network;
    RequestScheduler scheduler(&network);
    scheduler.setLane(ArxivLane::name(), ArxivLane::lane(0));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        std::unique_ptr<Library> library = Library::open(dir.filePath(QStringLiteral("bench.sqlite")));
        const qint64 digestId = library->createDigest(QDate(2026, 12, 7));
        for (int i = 1; i <= 9; ++i) {
            DigestEntry entry;
            entry.setArxivId(QStringLiteral("2601.0000%1").arg(i));
            library->appendEntry(digestId, entry);
        }
        LibraryFulltextTarget target(library.get(), digestId);
        QString problem;
        target.load(&problem);
        FulltextService service(&scheduler, ArxivLane::name());
        service.configure(server.url(), 30000);
        state.ResumeTiming();
        const FulltextService::Report report = service.enrichAndWait(&target, FulltextService::Request());
        if (report.count(FulltextService::Outcome::Filled) != 9)
            state.SkipWithError("not every entry was filled");
    }
}
BENCHMARK(BM_FillNinePapersSpacing0)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    // Qt's PDF writer needs fonts, so a QGuiApplication; the offscreen platform runs without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
