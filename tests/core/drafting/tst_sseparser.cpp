// SseParser: the event-stream rules (data with or without the space, CRLF/LF/CR, comments, BOM, multi-line
// data) and the same events whatever the packet boundaries.
#include "drafting/sseparser.h"
#include "testsupport.h"

#include <QtTest>

using namespace DigestStudio;

namespace {

QByteArrayList datas(const QVector<SseEvent> &events)
{
    QByteArrayList list;
    for (const SseEvent &e : events)
        list.append(e.event.isEmpty() ? e.data : e.event + '|' + e.data);
    return list;
}

QByteArrayList parseInPieces(const QByteArray &bytes, const QVector<int> &cuts)
{
    SseParser parser;
    QVector<SseEvent> events;
    int from = 0;
    for (const int cut : cuts) {
        parser.feed(bytes.mid(from, cut - from), &events);
        from = cut;
    }
    parser.feed(bytes.mid(from), &events);
    parser.finish(&events);
    return datas(events);
}

} // namespace

class TestSseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::newRow("data with a space")
            << QByteArray("data: {\"a\":1}\n\n") << QByteArrayList{"{\"a\":1}"};
        QTest::newRow("data without a space")
            << QByteArray("data:{\"a\":1}\n\n") << QByteArrayList{"{\"a\":1}"};
        QTest::newRow("only the first space is dropped")
            << QByteArray("data:  x\n\n") << QByteArrayList{" x"};
        QTest::newRow("CRLF line ends")
            << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << QByteArrayList{"a", "b"};
        QTest::newRow("CR line ends") << QByteArray("data: a\r\rdata: b\r\r") << QByteArrayList{"a", "b"};
        QTest::newRow("comments and keep-alives are skipped")
            << QByteArray(": keep-alive\n\n: OPENROUTER PROCESSING\ndata: a\n\n") << QByteArrayList{"a"};
        QTest::newRow("two data lines join with LF")
            << QByteArray("data: a\ndata: b\n\n") << QByteArrayList{"a\nb"};
        QTest::newRow("event name kept")
            << QByteArray("event: error\ndata: x\n\n") << QByteArrayList{"error|x"};
        QTest::newRow("id, retry and unknown fields ignored")
            << QByteArray("id: 7\nretry: 100\nfoo: bar\ndata: x\n\n") << QByteArrayList{"x"};
        QTest::newRow("blank lines without data dispatch nothing")
            << QByteArray("\n\n\nevent: x\n\n") << QByteArrayList{};
        QTest::newRow("byte order mark at the start") << QByteArray("\xEF\xBB\xBF"
                                                                    "data: a\n\n")
                                                      << QByteArrayList{"a"};
        QTest::newRow("last event without its blank line")
            << QByteArray("data: a\n\ndata: [DONE]\n") << QByteArrayList{"a", "[DONE]"};
        QTest::newRow("last line without its line end")
            << QByteArray("data: [DONE]") << QByteArrayList{"[DONE]"};
        QTest::newRow("UTF-8 kept as bytes")
            << QByteArray("data: \xE6\x95\xB0\xE6\x8D\xAE\n\n") << QByteArrayList{"\xE6\x95\xB0\xE6\x8D\xAE"};
    }
    void rules()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QByteArrayList, expected);
        QCOMPARE(parseInPieces(stream, {}), expected);
        // Fed a byte at a time, the events are the same.
        QVector<int> every;
        for (int i = 1; i < stream.size(); ++i)
            every.append(i);
        QCOMPARE(parseInPieces(stream, every), expected);
    }

    // Real recordings cut at every byte offset (inside `data:`, inside CRLF, inside a JSON object, inside a
    // UTF-8 character) and at every pair of offsets near the start give the same events as whole.
    void recordingsCutAnywhere_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"openai-stream.sse", "deepseek-reasoner.sse", "qwen-stream.sse", "ollama-think.sse"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void recordingsCutAnywhere()
    {
        QFETCH(QString, file);
        const QByteArray bytes = Test::fixture(QStringLiteral("llm/") + file);
        const QByteArrayList whole = parseInPieces(bytes, {});
        QVERIFY(whole.size() > 5);
        QCOMPARE(whole.last(), QByteArray("[DONE]"));
        for (int cut = 1; cut < bytes.size(); ++cut)
            QCOMPARE(parseInPieces(bytes, {cut}), whole);
        for (int a = 1; a < 120; ++a) {
            for (int b = a + 1; b < 240; b += 7)
                QCOMPARE(parseInPieces(bytes, {a, b}), whole);
        }
    }

    // Regression (fuzz-sse): an empty packet between a CR and its LF made the pair two line ends, and so a
    // blank line that ended the event early.
    void anEmptyPacketBetweenCrAndLf()
    {
        const QByteArray stream("data: a\r\ndata: b\r\n\r\n");
        const QByteArrayList whole = parseInPieces(stream, {});
        QCOMPARE(whole, (QByteArrayList{"a\nb"}));
        QCOMPARE(parseInPieces(stream, {8, 8}), whole);
        QCOMPARE(parseInPieces(stream, {8, 8, 8, 17, 17}), whole);
    }
};

QTEST_APPLESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
