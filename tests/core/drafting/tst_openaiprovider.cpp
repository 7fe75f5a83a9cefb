// OpenAiProvider: the request (endpoint, model, stream, usage, response_format, extra JSON, the key only in
// Authorization) and the answer read from real recordings, whatever the packet boundaries.
#include "drafting/openaiprovider.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace DigestStudio;

namespace {

const QString expectedTitle = QStringLiteral("⟦M1⟧头稀疏注意力的线性扩展：一项研究");
const QString expectedSummary =
    QStringLiteral("本文表明，在⟦M1⟧个头上使用稀疏注意力的大语言模型（LLM）只需⟦M2⟧的"
                   "时间。在⟦M3⟧的随机失活下，准确率在12个基准上提高3.5%。");

DraftSettings settings()
{
    DraftSettings s;
    s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:11434/v1/"));
    s.model = QStringLiteral("deepseek-chat");
    s.apiKey = QStringLiteral("sk-test-secret");
    s.temperature = 0.3;
    s.maxTokens = 1500;
    return s;
}

struct Read
{
    bool ok = false;
    DraftFields fields;
    QString error;
    QStringList partials;
    int tokens = 0;
};

Read readInPieces(const QByteArray &bytes, const QVector<int> &cuts)
{
    auto reader = OpenAiProvider().reader();
    Read read;
    int from = 0;
    QVector<int> all = cuts;
    all.append(static_cast<int>(bytes.size()));
    for (const int cut : all) {
        if (!reader->feed(bytes.mid(from, cut - from)))
            break;
        read.partials.append(reader->textSoFar());
        from = cut;
    }
    read.ok = reader->finish(&read.fields);
    read.error = reader->error();
    read.tokens = reader->tokensUsed();
    return read;
}

} // namespace

class TestOpenAiProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void request()
    {
        DraftSettings s = settings();
        s.extraJson = QJsonObject{
            {QStringLiteral("thinking"), QJsonObject{{QStringLiteral("type"), QStringLiteral("disabled")}}},
            {QStringLiteral("temperature"), 0.7}};
        const DraftInput input{QStringLiteral("T ⟦M1⟧"), QStringLiteral("A"), QStringLiteral("LG"), {}};
        const DraftRequest r = OpenAiProvider().request(s, input);
        QCOMPARE(r.request.url().toString(), QStringLiteral("http://127.0.0.1:11434/v1/chat/completions"));
        QCOMPARE(r.request.rawHeader("Authorization"), QByteArray("Bearer sk-test-secret"));
        QVERIFY(!r.body.contains("sk-test-secret"));
        QVERIFY(!r.request.url().toString().contains(QStringLiteral("secret")));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("deepseek-chat"));
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("stream_options"))
                     .toObject()
                     .value(QStringLiteral("include_usage"))
                     .toBool(),
                 true);
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 1500);
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.7); // the extra JSON wins
        QCOMPARE(body.value(QStringLiteral("thinking")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("disabled"));
        QCOMPARE(
            body.value(QStringLiteral("response_format")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("json_object"));
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages.at(1)
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .contains(QStringLiteral("T ⟦M1⟧")));
    }

    void extraJsonNullRemovesAKey()
    {
        DraftSettings s = settings();
        s.extraJson = QJsonObject{{QStringLiteral("response_format"), QJsonValue()}};
        const QJsonObject body = OpenAiProvider::body(s, DraftInput{});
        QVERIFY(!body.contains(QStringLiteral("response_format")));
    }

    void noKeyNoAuthorization()
    {
        DraftSettings s = settings();
        s.apiKey.clear();
        QVERIFY(!OpenAiProvider().request(s, DraftInput{}).request.hasRawHeader("Authorization"));
    }

    void problems()
    {
        DraftSettings s = settings();
        QVERIFY(OpenAiProvider().problem(s).isEmpty());
        s.model.clear();
        QVERIFY(OpenAiProvider().problem(s).contains(QStringLiteral("--llm-model")));
        s = settings();
        s.baseUrl = QUrl();
        QVERIFY(OpenAiProvider().problem(s).contains(QStringLiteral("--llm-url")));
    }

    // At request time: whatever URL reached the settings, the key never goes over http://
    // to another machine; this machine's servers (Ollama, llama.cpp) keep http://.
    void cleartextToAnotherMachineIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("refused");
        QTest::newRow("remote http") << QStringLiteral("http://api.deepseek.com/v1") << true;
        QTest::newRow("LAN http") << QStringLiteral("http://192.168.1.5:8000/v1") << true;
        QTest::newRow("any-address http") << QStringLiteral("http://0.0.0.0:8000/v1") << true;
        QTest::newRow("remote https") << QStringLiteral("https://api.deepseek.com/v1") << false;
        QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:11434/v1") << false;
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:11434/v1") << false;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:11434/v1") << false;
    }

    void cleartextToAnotherMachineIsRefused()
    {
        QFETCH(QString, url);
        QFETCH(bool, refused);
        DraftSettings s = settings();
        s.baseUrl = QUrl(url);
        const QString problem = OpenAiProvider().problem(s);
        QCOMPARE(problem.contains(QStringLiteral("clear text")), refused);
    }

    // Each recording read whole, cut at every offset, and fed a byte at a time.
    void recordings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tokens");
        QTest::newRow("OpenAI") << QStringLiteral("openai-stream.sse") << 508;
        QTest::newRow("DeepSeek reasoner: reasoning deltas, keep-alives")
            << QStringLiteral("deepseek-reasoner.sse") << 742;
        QTest::newRow("Qwen: data without a space, CRLF") << QStringLiteral("qwen-stream.sse") << 486;
        QTest::newRow("Ollama: think block and a fence in the content")
            << QStringLiteral("ollama-think.sse") << 0;
    }
    void recordings()
    {
        QFETCH(QString, file);
        QFETCH(int, tokens);
        const QByteArray bytes = Test::fixture(QStringLiteral("llm/") + file);
        QVector<QVector<int>> cutSets{{}};
        for (int cut = 1; cut < bytes.size(); ++cut)
            cutSets.append(QVector<int>{cut});
        QVector<int> every;
        for (int i = 1; i < bytes.size(); ++i)
            every.append(i);
        cutSets.append(every);
        for (const QVector<int> &cuts : cutSets) {
            const Read read = readInPieces(bytes, cuts);
            QVERIFY2(read.ok, qPrintable(read.error));
            QCOMPARE(read.fields.zhTitle, expectedTitle);
            QCOMPARE(read.fields.zhSummary, expectedSummary);
            QCOMPARE(read.tokens, tokens);
            for (const QString &partial : read.partials) {
                // The thinking never shows, not even for a moment.
                QVERIFY2(!partial.contains(QStringLiteral("think")) &&
                             !partial.contains(QStringLiteral("先理解")) &&
                             !partial.contains(QStringLiteral("好的")),
                         qPrintable(partial));
            }
        }
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("no [DONE]") << Test::fixture(QStringLiteral("llm/openai-no-done.sse"))
                                   << QStringLiteral("without [DONE]");
        QTest::newRow("prose, not JSON")
            << Test::fixture(QStringLiteral("llm/openai-prose.sse")) << QStringLiteral("not a JSON object");
        QTest::newRow("an error event mid-stream")
            << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"{\"}}]}\n\n"
                          "data: {\"error\":{\"message\":\"upstream overloaded\"}}\n\n")
            << QStringLiteral("upstream overloaded");
        QTest::newRow("a line that is not JSON")
            << QByteArray("data: <html>\n\n") << QStringLiteral("not JSON");
        QTest::newRow("cut at max tokens")
            << QByteArray(
                   "data: "
                   "{\"choices\":[{\"delta\":{\"content\":\"{\\\"zh\"},\"finish_reason\":\"length\"}]}\n\n"
                   "data: [DONE]\n\n")
            << QStringLiteral("max-tokens");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("without [DONE]");
    }
    void failures()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const Read read = readInPieces(bytes, {});
        QVERIFY(!read.ok);
        QVERIFY2(read.error.contains(says), qPrintable(read.error));
    }

    void wholeAnswerFromAServerIgnoringStream()
    {
        const QByteArray body = "{\"id\":\"x\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                                "\"message\":{\"role\":\"assistant\","
                                "\"content\":\"{\\\"zh_title\\\":\\\"标题\\\",\\\"zh_short_title\\\":"
                                "\\\"\\\",\\\"zh_summary\\\":\\\"本文。\\\"}\"},"
                                "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":10,\"completion_"
                                "tokens\":5,\"total_tokens\":15}}";
        const Read read = readInPieces(body, {5, 40});
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.fields.zhTitle, QStringLiteral("标题"));
        QCOMPARE(read.tokens, 15);
    }
};

QTEST_APPLESS_MAIN(TestOpenAiProvider)
#include "tst_openaiprovider.moc"
