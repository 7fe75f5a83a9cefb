// ChatChunkDecoder: content deltas, reasoning ignored, [DONE], the usage chunk, error objects, non-JSON.
#include "drafting/chatchunkdecoder.h"

#include <QtTest>

using namespace DigestStudio;

class TestChatChunkDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("content");
        QTest::addColumn<bool>("done");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("invalid");
        QTest::newRow("content delta")
            << QByteArray(
                   "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"数据\"},\"finish_reason\":null}]}")
            << QStringLiteral("数据") << false << -1 << QString() << false;
        QTest::newRow("reasoning_content ignored (DeepSeek, Qwen)")
            << QByteArray("{\"choices\":[{\"delta\":{\"content\":null,\"reasoning_content\":\"想\"}}]}")
            << QString() << false << -1 << QString() << false;
        QTest::newRow("reasoning ignored (Ollama)")
            << QByteArray("{\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"reasoning\":"
                          "\"想\"}}]}")
            << QString() << false << -1 << QString() << false;
        QTest::newRow("done") << QByteArray("[DONE]") << QString() << true << -1 << QString() << false;
        QTest::newRow("usage chunk with no choices")
            << QByteArray("{\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_"
                          "tokens\":7}}")
            << QString() << false << 7 << QString() << false;
        QTest::newRow("usage without a total")
            << QByteArray("{\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4}}")
            << QString() << false << 7 << QString() << false;
        QTest::newRow("usage null while streaming (Qwen)")
            << QByteArray("{\"choices\":[{\"delta\":{\"content\":\"a\"}}],\"usage\":null}")
            << QStringLiteral("a") << false << -1 << QString() << false;
        QTest::newRow("error object")
            << QByteArray("{\"error\":{\"message\":\"Model overloaded\",\"type\":\"server_error\"}}")
            << QString() << false << -1 << QStringLiteral("Model overloaded") << false;
        QTest::newRow("error string") << QByteArray("{\"error\":\"model not found\"}") << QString() << false
                                      << -1 << QStringLiteral("model not found") << false;
        QTest::newRow("a whole answer (server ignoring stream)")
            << QByteArray("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"{}\"},\"finish_"
                          "reason\":\"stop\"}]}")
            << QStringLiteral("{}") << false << -1 << QString() << false;
        QTest::newRow("not JSON") << QByteArray("Bad gateway") << QString() << false << -1 << QString()
                                  << true;
        QTest::newRow("JSON but not an object")
            << QByteArray("[1]") << QString() << false << -1 << QString() << true;
    }
    void decode()
    {
        QFETCH(QByteArray, data);
        const ChatChunk chunk = ChatChunkDecoder::decode(data);
        QTEST(chunk.content, "content");
        QTEST(chunk.done, "done");
        QTEST(chunk.totalTokens, "tokens");
        QTEST(chunk.error, "error");
        QTEST(chunk.invalid, "invalid");
    }

    void finishReason()
    {
        const ChatChunk chunk =
            ChatChunkDecoder::decode("{\"choices\":[{\"delta\":{},\"finish_reason\":\"length\"}]}");
        QCOMPARE(chunk.finishReason, QStringLiteral("length"));
    }
};

QTEST_APPLESS_MAIN(TestChatChunkDecoder)
#include "tst_chatchunkdecoder.moc"
