// Time from the first byte of a streamed draft to its text painted in the editor's suggestion panel: a
// loopback server answers with the first server-sent event at once and the rest much later, so what is
// measured is the first piece's way through the network stack, the SSE parser, the drafting service, the
// controller and a paint (target: under 50 ms).
#include "common/guiresources.h"
#include "common/windowstatusbar.h"
#include "controllers/draftingcontroller.h"
#include "document/digestdocument.h"
#include "editor/draftsuggestionpanel.h"
#include "editor/entryeditor.h"
#include "loopbackhttpserver.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

namespace {

// Records when the suggestion's title label is painted showing the streamed words.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QLabel *label)
        : m_label(label)
    {
        label->installEventFilter(this);
    }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label && event->type() == QEvent::Paint &&
            m_label->text().contains(QStringLiteral("稀疏")))
            painted = true;
        return false;
    }

private:
    QLabel *m_label;
};

DigestEntry recordedEntry()
{
    const QJsonObject o = QJsonDocument::fromJson(Test::fixture(QStringLiteral("llm/entry.json"))).object();
    DigestEntry entry;
    entry.setArxivId(QStringLiteral("2611.00001"));
    entry.setTag(o.value(QStringLiteral("tag")).toString());
    entry.setTitle(o.value(QStringLiteral("title")).toString());
    entry.setAbstract(o.value(QStringLiteral("abstract")).toString());
    return entry;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0
                          : values[std::min(values.size() - 1, static_cast<std::size_t>(p * values.size()))];
}

void BM_FirstByteToVisible(benchmark::State &state)
{
    Server server;
    server.listen();
    Server::Response response;
    response.header("Content-Type", "text/event-stream");
    response.chunks = {
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"{\\\"zh_title\\\": "
        "\\\"稀疏注意力\"}}]}\n\n",
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\\\"}\"}}]}\n\ndata: [DONE]\n\n"};
    response.chunkIntervalMs = 5000; // the rest comes long after what is measured
    server.route(QStringLiteral("/v1/chat/completions"), response);

    DigestDocument document;
    Digest digest;
    digest.entries().append(recordedEntry());
    document.setDigest(digest);
    EntryEditor editor;
    editor.setDocument(&document);
    editor.setCurrentEntry(0);
    editor.resize(1400, 900);
    editor.show();
    WindowStatusBar statusBar;
    QNetworkAccessManager network;
    DraftingController controller(&document, &editor, &statusBar, &network);
    DraftSettings settings;
    settings.baseUrl = server.url(QStringLiteral("/v1"));
    settings.model = QStringLiteral("bench");
    settings.timeoutMs = 30000;
    controller.setSettings(settings);
    auto *title = editor.draftPanel()->findChild<QLabel *>(QStringLiteral("draftSuggestionTitle"));
    PaintWatch watch(title);
    QElapsedTimer sinceFirstByte;
    QObject::connect(&server, &Server::requestReceived, [&] { sinceFirstByte.start(); });

    std::vector<double> times;
    for (auto _ : state) {
        watch.painted = false;
        sinceFirstByte.invalidate();
        controller.draftCurrent();
        while (!watch.painted)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        const double ms = sinceFirstByte.nsecsElapsed() / 1e6;
        times.push_back(ms);
        state.SetIterationTime(ms / 1000.0);
        controller.cancelAll();
        editor.draftPanel()->hideSuggestion();
        QApplication::processEvents();
    }
    state.counters["p50_ms"] = percentile(times, 0.5);
    state.counters["p95_ms"] = percentile(times, 0.95);
    state.counters["max_ms"] = percentile(times, 1.0);
}

} // namespace

BENCHMARK(BM_FirstByteToVisible)->Iterations(50)->UseManualTime()->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    GuiResources::init();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
