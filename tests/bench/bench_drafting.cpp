// Drafting: the streaming parser's overhead per MB of server-sent events, the preview of a long stream read
// incrementally against read again whole at every packet (as before), and ten papers drafted with
// concurrency 4 against a loopback server that answers each request after one second.
#include "drafting/chatchunkdecoder.h"
#include "drafting/openaiprovider.h"
#include "drafting/sseparser.h"
#include "drafting/streameddraft.h"
#include "drafting/thinkstripper.h"
#include "loopbackhttpserver.h"
#include "model/digestentry.h"
#include "services/draftingservice.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>

#include <benchmark/benchmark.h>

using namespace DigestStudio;

namespace {

// About 1 MB of a real OpenAI stream, repeated.
QByteArray oneMegabyte()
{
    const QByteArray recording = Test::fixture(QStringLiteral("llm/openai-stream.sse"));
    QByteArray stream;
    while (stream.size() < 1024 * 1024)
        stream += recording;
    return stream;
}

// The parser alone, fed in 1400-byte packets (an Ethernet segment).
void BM_SseParse1MB(benchmark::State &state)
{
    const QByteArray stream = oneMegabyte();
    for (auto _ : state) {
        SseParser parser;
        QVector<SseEvent> events;
        for (int at = 0; at < stream.size(); at += 1400) {
            events.clear();
            parser.feed(stream.mid(at, 1400), &events);
            benchmark::DoNotOptimize(events.data());
        }
    }
    state.SetBytesProcessed(state.iterations() * stream.size());
}
BENCHMARK(BM_SseParse1MB)->Unit(benchmark::kMillisecond);

// The whole stream reading: parser, chunk JSON and think stripping.
void BM_SseReadChunks1MB(benchmark::State &state)
{
    const QByteArray stream = oneMegabyte();
    for (auto _ : state) {
        SseParser parser;
        ThinkStripper stripper;
        QVector<SseEvent> events;
        QString text;
        for (int at = 0; at < stream.size(); at += 1400) {
            events.clear();
            parser.feed(stream.mid(at, 1400), &events);
            for (const SseEvent &event : events)
                text += stripper.feed(ChatChunkDecoder::decode(event.data).content);
        }
        benchmark::DoNotOptimize(text.data());
    }
    state.SetBytesProcessed(state.iterations() * stream.size());
}
BENCHMARK(BM_SseReadChunks1MB)->Unit(benchmark::kMillisecond);

// An OpenAI-style stream of one draft whose summary makes the stream about `bytes` long: content deltas of
// 64 characters (a model sends a few tokens an event), then [DONE]. A synthetic stream, as a server that does
// not stop would send it.
QByteArray longStream(qint64 bytes)
{
    QByteArray stream = "data: {\"choices\":[{\"delta\":{\"content\":\"{\\\"zh_title\\\": \\\"标题\\\", "
                        "\\\"zh_summary\\\": \\\"\"}}]}\n\n";
    const QByteArray piece =
        QStringLiteral("本文表明稀疏注意力只需线性时间，and accuracy improves by 3.5% on 12 "
                       "benchmarks。")
            .toUtf8();
    while (stream.size() < bytes)
        stream += "data: {\"choices\":[{\"delta\":{\"content\":\"" + piece + "\"}}]}\n\n";
    stream += "data: {\"choices\":[{\"delta\":{\"content\":\"\\\"}\"}}]}\n\ndata: [DONE]\n\n";
    return stream;
}

// The preview of a stream of range(0) bytes as the drafting job reads it, in 1400-byte packets: the
// provider's reader, then only the new text through StreamedDraft::feed(). Linear in the stream's length.
void BM_StreamPreviewIncremental(benchmark::State &state)
{
    const QByteArray stream = longStream(state.range(0));
    for (auto _ : state) {
        const std::unique_ptr<DraftAnswerReader> reader = OpenAiProvider().reader();
        StreamedDraft draft;
        int read = 0;
        for (int at = 0; at < stream.size(); at += 1400) {
            reader->feed(stream.mid(at, 1400));
            const QString text = reader->textSoFar();
            benchmark::DoNotOptimize(draft.feed(text.mid(read)));
            read = int(text.size());
        }
        if (draft.fields().zhSummary.size() < state.range(0) / 4)
            state.SkipWithError("the summary was not read");
    }
    state.SetBytesProcessed(state.iterations() * stream.size());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_StreamPreviewIncremental)
    ->RangeMultiplier(2)
    ->Range(256 << 10, 4 << 20)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// The same preview as it was read before: the whole text so far read again at every packet. Quadratic; up to
// 1 MB only, for the comparison.
void BM_StreamPreviewRereading(benchmark::State &state)
{
    const QByteArray stream = longStream(state.range(0));
    for (auto _ : state) {
        const std::unique_ptr<DraftAnswerReader> reader = OpenAiProvider().reader();
        QString shown;
        for (int at = 0; at < stream.size(); at += 1400) {
            reader->feed(stream.mid(at, 1400));
            const QString text = reader->textSoFar();
            if (text != shown) {
                shown = text;
                benchmark::DoNotOptimize(StreamedDraft::read(text));
            }
        }
    }
    state.SetBytesProcessed(state.iterations() * stream.size());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_StreamPreviewRereading)
    ->RangeMultiplier(2)
    ->Range(256 << 10, 1 << 20)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNSquared);

QVector<QByteArray> recordedEvents()
{
    QVector<QByteArray> pieces;
    for (const QByteArray &event : Test::fixture(QStringLiteral("llm/openai-stream.sse")).split('\n')) {
        if (!event.isEmpty())
            pieces.append(event + "\n\n");
    }
    return pieces;
}

void BM_Draft10PapersConcurrency4(benchmark::State &state)
{
    Test::LoopbackHttpServer server;
    server.listen();
    Test::LoopbackHttpServer::Response answer = Test::LoopbackHttpServer::stream(recordedEvents());
    answer.delayMs = 1000;
    server.route(QStringLiteral("/v1/chat/completions"), answer);
    QNetworkAccessManager network;
    DraftSettings settings;
    settings.baseUrl = server.url(QStringLiteral("/v1"));
    settings.model = QStringLiteral("bench");
    settings.concurrency = 4;
    DigestEntry entry;
    entry.setTitle(QStringLiteral("Sparse Attention with $k$ Heads Scales Linearly: A Study"));
    entry.setAbstract(
        QStringLiteral("We show that large language models (LLM) with sparse attention over $k$ heads "
                       "need only $O(n \\log n)$ time. With dropout of \\(p=0.1\\), accuracy "
                       "improves by 3.5% on 12 benchmarks."));
    for (auto _ : state) {
        DraftingService service(&network);
        service.setSettings(settings);
        int drafted = 0;
        QEventLoop loop;
        QObject::connect(&service, &DraftingService::drafted, &loop, [&] { ++drafted; });
        QObject::connect(&service, &DraftingService::progress, &loop, [&](int done, int total) {
            if (total > 0 && done == total)
                loop.quit();
        });
        for (int i = 0; i < 10; ++i)
            service.draft(entry, QVector<GlossaryTerm>{});
        loop.exec();
        if (drafted != 10)
            state.SkipWithError("not every paper was drafted");
    }
}
BENCHMARK(BM_Draft10PapersConcurrency4)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
