// DraftingService against a loopback server answering from synthetic answers (tests/fixtures/llm): streams,
// reasoning, 429 with Retry-After, 401, 500, no [DONE], non-JSON, lost math, timeout, the overall deadline
// against a trickle, cancel, concurrency and tokens; and a fake server that tells papers apart, to show each
// request's draft goes to its own ticket.
#include "drafting/draftcheck.h"
#include "draftingserver.h"
#include "loopbackhttpserver.h"
#include "model/digestentry.h"
#include "services/draftingservice.h"
#include "services/draftjob.h"
#include "services/settingskeys.h"
#include "testsupport.h"
#include "util/secrettext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace DigestStudio;
using Server = DigestStudio::Test::LoopbackHttpServer;

namespace {

const QString secret = QStringLiteral("sk-test-secret");

DigestEntry entry()
{
    const QJsonObject o = QJsonDocument::fromJson(Test::fixture(QStringLiteral("llm/entry.json"))).object();
    DigestEntry e;
    e.setArxivId(QStringLiteral("2611.01234"));
    e.setTag(o.value(QStringLiteral("tag")).toString());
    e.setTitle(o.value(QStringLiteral("title")).toString());
    e.setAbstract(o.value(QStringLiteral("abstract")).toString());
    return e;
}

QVector<GlossaryTerm> glossary()
{
    return {{QStringLiteral("LLM"), QStringLiteral("大语言模型")},
            {QStringLiteral("dropout"), QStringLiteral("随机失活")},
            {QStringLiteral("transformer"), QStringLiteral("Transformer")},
            {QStringLiteral("diffusion model"), QStringLiteral("扩散模型")}};
}

// Whole SSE events of a recording, one network write each.
QVector<QByteArray> events(const QString &file)
{
    QVector<QByteArray> pieces;
    for (const QByteArray &event : Test::fixture(QStringLiteral("llm/") + file).split('\n')) {
        if (!event.isEmpty())
            pieces.append(event + "\n\n");
    }
    return pieces;
}

Server::Response json(int status, const QString &file)
{
    return Server::status(status, Test::fixture(QStringLiteral("llm/") + file), "application/json");
}

} // namespace

Q_DECLARE_METATYPE(QVector<DigestStudio::Test::LoopbackHttpServer::Response>)

class TestDraftingService final : public QObject
{
    Q_OBJECT

    Server *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;

    DraftSettings settings() const
    {
        DraftSettings s;
        s.baseUrl = m_server->url(QStringLiteral("/v1"));
        s.model = QStringLiteral("deepseek-chat");
        s.apiKey = secret;
        s.timeoutMs = 5000;
        s.maxRetries = 2;
        return s;
    }

    struct Outcome
    {
        bool drafted = false;
        DraftFields fields;
        QString model;
        QString error;
        QVector<DraftFields> partials;
    };

    Outcome runOne(DraftingService &service, const DigestEntry &e = entry())
    {
        QSignalSpy drafted(&service, &DraftingService::drafted);
        QSignalSpy failed(&service, &DraftingService::failed);
        Outcome outcome;
        // The fields so far after each signal: the sum of what arrived, or anew after a start over.
        connect(&service, &DraftingService::partialFields, this,
                [&outcome](int, const DraftFields &added, bool startOver) {
                    DraftFields soFar = startOver || outcome.partials.isEmpty()
                                            ? DraftFields()
                                            : outcome.partials.constLast();
                    soFar.zhTitle += added.zhTitle;
                    soFar.zhShortTitle += added.zhShortTitle;
                    soFar.zhSummary += added.zhSummary;
                    outcome.partials.append(soFar);
                });
        const int ticket = service.draft(e, glossary());
        if (!QTest::qWaitFor([&] { return drafted.size() + failed.size() > 0; }, 20000))
            return outcome;
        service.disconnect(this);
        if (!drafted.isEmpty()) {
            outcome.drafted = drafted.first().at(0).toInt() == ticket;
            outcome.fields = drafted.first().at(1).value<DraftFields>();
            outcome.model = drafted.first().at(2).toString();
        } else {
            outcome.error = failed.first().at(1).toString();
        }
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The day's token count lives in the settings: this test's own file, emptied before each test.
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-draftingservice-test"));
    }
    void init()
    {
        QSettings().clear();
        m_server = new Server(this);
        QVERIFY(m_server->listen());
        m_network = new QNetworkAccessManager(this);
    }
    void cleanup()
    {
        delete m_network;
        delete m_server;
    }

    void streams_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("OpenAI") << QStringLiteral("openai-stream.sse");
        QTest::newRow("DeepSeek reasoner") << QStringLiteral("deepseek-reasoner.sse");
        QTest::newRow("Qwen") << QStringLiteral("qwen-stream.sse");
        QTest::newRow("Ollama with a think block") << QStringLiteral("ollama-think.sse");
    }
    // The request carries the model, the key only in Authorization and exactly the glossary terms present;
    // the math comes back verbatim; the text streams without the thinking.
    void streams()
    {
        QFETCH(QString, file);
        m_server->route(QStringLiteral("/v1/chat/completions"), Server::stream(events(file), 2));
        DraftingService service(m_network);
        service.setSettings(settings());
        const Outcome outcome = runOne(service);
        QVERIFY2(outcome.drafted, qPrintable(outcome.error));
        const QJsonObject expected = QJsonDocument::fromJson(Test::fixture(QStringLiteral("llm/entry.json")))
                                         .object()
                                         .value(QStringLiteral("expected"))
                                         .toObject();
        QCOMPARE(outcome.fields.zhTitle, QStringLiteral("$k$头稀疏注意力的线性扩展：一项研究"));
        QCOMPARE(outcome.fields.zhShortTitle, QStringLiteral("$k$头稀疏注意力的线性扩展"));
        QCOMPARE(
            outcome.fields.zhSummary,
            QStringLiteral("本文表明，在$k$个头上使用稀疏注意力的大语言模型（LLM）只需$O(n \\log n)$的时间。"
                           "在\\(p=0.1\\)的随机失活下，准确率在12个基准上提高3.5%。"));
        QVERIFY(expected.value(QStringLiteral("zh_summary")).toString().contains(QStringLiteral("⟦M3⟧")));
        QCOMPARE(outcome.model, QStringLiteral("deepseek-chat"));
        QVERIFY(!outcome.partials.isEmpty());
        for (const DraftFields &partial : outcome.partials) {
            const QString shown = partial.zhTitle + partial.zhShortTitle + partial.zhSummary;
            QVERIFY2(!shown.contains(QStringLiteral("think")) && !shown.contains(QStringLiteral("好的")),
                     qPrintable(shown));
        }

        QCOMPARE(m_server->requestCount(), 1);
        const Server::Request request = m_server->requests().first();
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + secret.toUtf8());
        QVERIFY(!request.body.contains(secret.toUtf8()));
        QVERIFY(!request.target.contains(secret));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("deepseek-chat"));
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        const QString user = body.value(QStringLiteral("messages"))
                                 .toArray()
                                 .at(1)
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toString();
        QVERIFY(user.contains(QStringLiteral("- LLM → 大语言模型")));
        QVERIFY(user.contains(QStringLiteral("- dropout → 随机失活")));
        QVERIFY(!user.contains(QStringLiteral("Transformer")) && !user.contains(QStringLiteral("扩散模型")));
        // The model never sees the math, only placeholders.
        QVERIFY(!user.contains(QStringLiteral("\\log")) && !user.contains(QStringLiteral("$")));
        QVERIFY(user.contains(QStringLiteral("⟦M3⟧")));
    }

    void tokensUsedToday()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        Server::stream(events(QStringLiteral("openai-stream.sse"))));
        DraftingService service(m_network);
        service.setSettings(settings());
        QSignalSpy tokens(&service, &DraftingService::tokensUsedChanged);
        QVERIFY(runOne(service).drafted);
        QVERIFY(runOne(service).drafted);
        QCOMPARE(service.tokensUsedToday(), 2 * 508);
        QCOMPARE(tokens.last().at(0).toInt(), 2 * 508);
        // A restart (or digestctl) goes on from the day's count; another day starts from zero.
        DraftingService later(m_network);
        QCOMPARE(later.tokensUsedToday(), 2 * 508);
        SettingsKeys::DraftTokensDay.setValue(QDate::currentDate().addDays(-1).toString(Qt::ISODate));
        QCOMPARE(later.tokensUsedToday(), 0);
    }

    // A server that ignores "stream" and answers with one JSON object says its usage at the end.
    void tokensOfAnAnswerSentWholeAreCounted()
    {
        const QJsonObject answer{{QStringLiteral("zh_title"), QStringLiteral("标题")},
                                 {QStringLiteral("zh_short_title"), QStringLiteral("短标题")},
                                 {QStringLiteral("zh_summary"), QStringLiteral("摘要。")}};
        const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"),
                                   QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact))}};
        const QJsonObject choice{{QStringLiteral("index"), 0}, {QStringLiteral("message"), message}};
        const QJsonObject body{{QStringLiteral("choices"), QJsonArray{choice}},
                               {QStringLiteral("usage"), QJsonObject{{QStringLiteral("total_tokens"), 15}}}};
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        Server::ok(QJsonDocument(body).toJson(), "application/json"));
        DigestEntry plain;
        plain.setArxivId(QStringLiteral("2611.00001"));
        plain.setTitle(QStringLiteral("A title"));
        plain.setAbstract(QStringLiteral("An abstract."));
        DraftingService service(m_network);
        service.setSettings(settings());
        const Outcome outcome = runOne(service, plain);
        QVERIFY2(outcome.drafted, qPrintable(outcome.error));
        QCOMPARE(outcome.fields.zhTitle, QStringLiteral("标题"));
        QCOMPARE(service.tokensUsedToday(), 15);
    }

    void rateLimitedThenServed()
    {
        m_server->route(
            QStringLiteral("/v1/chat/completions"),
            QVector<Server::Response>{json(429, QStringLiteral("error-429.json")).header("Retry-After", "1"),
                                      Server::stream(events(QStringLiteral("openai-stream.sse")))});
        DraftingService service(m_network);
        service.setSettings(settings());
        const Outcome outcome = runOne(service);
        QVERIFY2(outcome.drafted, qPrintable(outcome.error));
        QCOMPARE(m_server->requestCount(), 2);
        // Retry-After: 1 was honoured.
        QVERIFY(m_server->requests().at(1).receivedMs - m_server->requests().at(0).receivedMs >= 950);
    }

    void failures_data()
    {
        QTest::addColumn<QVector<Server::Response>>("responses");
        QTest::addColumn<int>("maxRetries");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("requests");
        QTest::newRow("401: the key")
            << QVector<Server::Response>{json(401, QStringLiteral("error-401.json"))} << 2
            << QStringLiteral("refused the key (HTTP 401)") << 1;
        QTest::newRow("500, retried, then named")
            << QVector<Server::Response>{json(500, QStringLiteral("error-500.json"))} << 1
            << QStringLiteral("HTTP 500: The server had an error") << 2;
        QTest::newRow("429 past the retries")
            << QVector<Server::Response>{json(429, QStringLiteral("error-429.json"))
                                             .header("Retry-After", "0")}
            << 1 << QStringLiteral("HTTP 429") << 2;
        QTest::newRow("429 asking for too long a wait")
            << QVector<Server::Response>{json(429, QStringLiteral("error-429.json"))
                                             .header("Retry-After", "3600")}
            << 2 << QStringLiteral("wait 3600 s") << 1;
        QTest::newRow("429 asking for a wait past any clock")
            << QVector<Server::Response>{json(429, QStringLiteral("error-429.json"))
                                             .header("Retry-After", "1e300")}
            << 2 << QStringLiteral("asks to wait") << 1;
        QTest::newRow("a stream without [DONE]")
            << QVector<Server::Response>{Server::stream(events(QStringLiteral("openai-no-done.sse")))} << 2
            << QStringLiteral("without [DONE]") << 1;
        QTest::newRow("a stream cut mid-transfer") << QVector<Server::Response>{[] {
            Server::Response r = Server::stream(events(QStringLiteral("openai-stream.sse")).mid(0, 9));
            r.cutStream = true;
            return r;
        }()} << 2 << QStringLiteral("without [DONE]")
                                                   << 1;
        QTest::newRow("an answer that is not JSON")
            << QVector<Server::Response>{Server::stream(events(QStringLiteral("openai-prose.sse")))} << 2
            << QStringLiteral("not a JSON object") << 1;
        QTest::newRow("a draft that lost a formula")
            << QVector<Server::Response>{Server::stream(events(QStringLiteral("openai-lost-math.sse")))} << 2
            << QStringLiteral("lost the math \"$O(n \\log n)$\"") << 1;
        QTest::newRow("an HTML error page")
            << QVector<Server::Response>{Server::status(404, "<html>Not Found</html>")} << 2
            << QStringLiteral("HTTP 404") << 1;
    }
    // Each failure is named in words, never with the key; nothing is drafted.
    void failures()
    {
        QFETCH(QVector<Server::Response>, responses);
        QFETCH(int, maxRetries);
        QFETCH(QString, says);
        QFETCH(int, requests);
        m_server->route(QStringLiteral("/v1/chat/completions"), responses);
        DraftingService service(m_network);
        DraftSettings s = settings();
        s.maxRetries = maxRetries;
        service.setSettings(s);
        const Outcome outcome = runOne(service);
        QVERIFY(!outcome.drafted);
        QVERIFY2(outcome.error.contains(says), qPrintable(outcome.error));
        QVERIFY(!outcome.error.contains(secret));
        QCOMPARE(m_server->requestCount(), requests);
    }

    void timeout()
    {
        Server::Response slow = Server::stream(events(QStringLiteral("openai-stream.sse")));
        slow.delayMs = 3000;
        m_server->route(QStringLiteral("/v1/chat/completions"), slow);
        DraftingService service(m_network);
        DraftSettings s = settings();
        s.timeoutMs = 300;
        service.setSettings(s);
        const Outcome outcome = runOne(service);
        QVERIFY(!outcome.drafted);
        QVERIFY2(outcome.error.contains(QStringLiteral("No answer within 0.3 s")), qPrintable(outcome.error));
    }

    // A server that keeps a request alive without finishing it: SSE comments every second (OpenRouter sends
    // `: keep-alive` while a model thinks), or a real answer one byte every 200 ms. Each byte resets the
    // silence timer (1.5 s); the deadline (2 s) stands. Before the deadline existed, neither ever ended.
    void aTrickleIsCutAtTheDeadline_data()
    {
        QTest::addColumn<QVector<QByteArray>>("pieces");
        QTest::addColumn<int>("intervalMs");
        QTest::newRow("keep-alive comments every second")
            << QVector<QByteArray>(600, QByteArray(": keep-alive\n\n")) << 1000;
        QVector<QByteArray> bytes;
        for (const char byte : Test::fixture(QStringLiteral("llm/openai-stream.sse")))
            bytes.append(QByteArray(1, byte));
        QTest::newRow("one byte every 200 ms") << bytes << 200;
    }

    void aTrickleIsCutAtTheDeadline()
    {
        QFETCH(QVector<QByteArray>, pieces);
        QFETCH(int, intervalMs);
        m_server->route(QStringLiteral("/v1/chat/completions"), Server::stream(pieces, intervalMs));
        DraftingService service(m_network);
        DraftSettings s = settings();
        s.timeoutMs = 1500;
        s.deadlineMs = 2000;
        service.setSettings(s);
        const Outcome outcome = runOne(service);
        QVERIFY(!outcome.drafted);
        QVERIFY2(outcome.error.startsWith(QStringLiteral("No complete answer within 2 s")),
                 qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("--llm-timeout")), qPrintable(outcome.error));
        QCOMPARE(m_server->requestCount(), 1);
    }

    // The deadline covers the retries and their waits: a 503 with Retry-After 3 is not waited out when the
    // request has 2 s in all.
    void theDeadlineCoversTheRetries()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        json(503, QStringLiteral("error-500.json")).header("Retry-After", "3"));
        DraftingService service(m_network);
        DraftSettings s = settings();
        s.deadlineMs = 2000;
        service.setSettings(s);
        const Outcome outcome = runOne(service);
        QVERIFY(!outcome.drafted);
        QVERIFY2(outcome.error.contains(QStringLiteral("asks to wait 3 s")), qPrintable(outcome.error));
        QCOMPARE(m_server->requestCount(), 1);
    }

    // While it streams, the preview shows the math as written: `\frac`, `\beta` and `\tau` are not JSON
    // escapes to it (they were, when the math was restored before the fields were read), and every
    // preview is a beginning of the finished field.
    void streamingPreviewShowsMathAsWritten()
    {
        DigestEntry e;
        e.setArxivId(QStringLiteral("2611.04321"));
        e.setTitle(QStringLiteral("Noise at rate $\\tau$"));
        e.setAbstract(QStringLiteral("We bound the error by $\\frac{1}{\\beta}$."));
        const QString answer =
            QStringLiteral("{\"zh_title\": \"速率为⟦M1⟧的噪声\", \"zh_short_title\": \"⟦M1⟧噪声\", "
                           "\"zh_summary\": \"我们证明误差不超过⟦M2⟧。\"}");
        QVector<QByteArray> pieces;
        for (int at = 0; at < answer.size(); at += 3) {
            const QJsonObject delta{{QStringLiteral("content"), answer.mid(at, 3)}};
            const QJsonObject choice{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta}};
            const QJsonObject chunk{{QStringLiteral("choices"), QJsonArray{choice}}};
            pieces.append("data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n");
        }
        pieces.append("data: [DONE]\n\n");
        // Some milliseconds apart, so that the pieces arrive as separate reads (only the ones that add to a
        // field are shown, and there are some twenty of them). On a loaded machine reads may still merge: the
        // test asks only that the fields grow in more than one step.
        m_server->route(QStringLiteral("/v1/chat/completions"), Server::stream(pieces, 15));
        DraftingService service(m_network);
        service.setSettings(settings());
        const Outcome outcome = runOne(service, e);
        QVERIFY2(outcome.drafted, qPrintable(outcome.error));
        QCOMPARE(outcome.fields.zhSummary, QStringLiteral("我们证明误差不超过$\\frac{1}{\\beta}$。"));
        QCOMPARE(outcome.fields.zhTitle, QStringLiteral("速率为$\\tau$的噪声"));
        QVERIFY2(outcome.partials.size() >= 2, qPrintable(QString::number(outcome.partials.size())));
        for (const DraftFields &partial : outcome.partials) {
            QVERIFY2(outcome.fields.zhTitle.startsWith(partial.zhTitle), qPrintable(partial.zhTitle));
            QVERIFY2(outcome.fields.zhShortTitle.startsWith(partial.zhShortTitle),
                     qPrintable(partial.zhShortTitle));
            QVERIFY2(outcome.fields.zhSummary.startsWith(partial.zhSummary), qPrintable(partial.zhSummary));
        }
        QCOMPARE(outcome.partials.constLast().zhSummary, outcome.fields.zhSummary);
    }

    void cancel()
    {
        Server::Response slow = Server::stream(events(QStringLiteral("openai-stream.sse")), 200);
        m_server->route(QStringLiteral("/v1/chat/completions"), slow);
        DraftingService service(m_network);
        DraftSettings s = settings();
        s.concurrency = 1;
        service.setSettings(s);
        QSignalSpy failed(&service, &DraftingService::failed);
        QSignalSpy drafted(&service, &DraftingService::drafted);
        QSignalSpy partial(&service, &DraftingService::partialFields);
        const int running = service.draft(entry(), glossary());
        const int queued = service.draft(entry(), glossary());
        QVERIFY(partial.wait(5000)); // streaming has begun
        service.cancel(queued);
        service.cancelAll();
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(service.pending(), 0);
        QVERIFY(drafted.isEmpty());
        QStringList messages{failed.at(0).at(1).toString(), failed.at(1).at(1).toString()};
        QCOMPARE(messages, (QStringList{QStringLiteral("Cancelled."), QStringLiteral("Cancelled.")}));
        QVERIFY(failed.at(0).at(0).toInt() == running || failed.at(1).at(0).toInt() == running);
        QCOMPARE(m_server->requestCount(), 1); // the queued one never went out
    }

    // Papers run in parallel up to the concurrency setting; progress counts them.
    void concurrencyLimit()
    {
        Server::Response answer = Server::stream(events(QStringLiteral("openai-stream.sse")));
        answer.delayMs = 300;
        m_server->route(QStringLiteral("/v1/chat/completions"), answer);
        DraftingService service(m_network);
        DraftSettings s = settings();
        s.concurrency = 2;
        service.setSettings(s);
        QSignalSpy progress(&service, &DraftingService::progress);
        QVector<int> seenAtFinish;
        connect(&service, &DraftingService::drafted, this,
                [&] { seenAtFinish.append(m_server->requestCount()); });
        for (int i = 0; i < 5; ++i)
            service.draft(entry(), glossary());
        QTRY_COMPARE_WITH_TIMEOUT(seenAtFinish.size(), 5, 20000);
        QCOMPARE(seenAtFinish.first(), 2); // the third request waited for a free slot
        QCOMPARE(progress.last().at(0).toInt(), 5);
        QCOMPARE(progress.last().at(1).toInt(), 5);
    }

    // Three papers at once, answered last-first by a server that reads each prompt's title: every ticket gets
    // its own paper's draft, formulas restored from its own abstract.
    void eachTicketGetsItsOwnPapersDraft()
    {
        Test::DraftingServer fake(m_server);
        fake.answerPapers({1200, 600, 0});
        const QVector<Test::DraftPaper> papers = Test::draftPapers();
        DraftingService service(m_network);
        DraftSettings s = settings();
        s.concurrency = 3;
        service.setSettings(s);
        QSignalSpy drafted(&service, &DraftingService::drafted);
        QSignalSpy failed(&service, &DraftingService::failed);
        QHash<int, int> paperOfTicket;
        for (int i = 0; i < 3; ++i) {
            DigestEntry e;
            e.setArxivId(papers.at(i).arxivId);
            e.setTag(papers.at(i).tag);
            e.setTitle(papers.at(i).title);
            e.setAbstract(papers.at(i).abstract);
            paperOfTicket.insert(service.draft(e, QVector<GlossaryTerm>()), i);
        }
        QTRY_COMPARE_WITH_TIMEOUT(drafted.size() + failed.size(), 3, 20000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).toString()));
        QVector<int> arrived;
        for (const QList<QVariant> &signal : drafted) {
            const int paper = paperOfTicket.value(signal.at(0).toInt(), -1);
            QVERIFY(paper >= 0);
            arrived.append(paper);
            const DraftFields fields = signal.at(1).value<DraftFields>();
            QCOMPARE(QStringList({fields.zhTitle, fields.zhShortTitle, fields.zhSummary}),
                     papers.at(paper).expected);
        }
        QCOMPARE(arrived, (QVector<int>{2, 1, 0})); // the test means something only if they crossed
        QCOMPARE(fake.titlesAsked().size(), 3);
    }

    void answerSizeBounded()
    {
        QVector<QByteArray> pieces(70, QByteArray(": ") + QByteArray(64 * 1024, 'x') + "\n\n");
        m_server->route(QStringLiteral("/v1/chat/completions"), Server::stream(pieces));
        DraftingService service(m_network);
        service.setSettings(settings());
        const Outcome outcome = runOne(service);
        QVERIFY(!outcome.drafted);
        QVERIFY2(outcome.error.contains(QStringLiteral("4 MB")), qPrintable(outcome.error));
    }

    // A stream that reports an error in an event: the message is kept whole up to DraftJob::MaxErrorChars
    // characters (the words before the server's text included) and cut to exactly that many beyond, "…"
    // last; a key echoed at the cut is masked before the cut, so no part of it is left.
    void aStreamsErrorTextIsBounded_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("keyAtTheCut");
        QTest::newRow("at the limit") << DraftJob::MaxErrorChars << false;
        QTest::newRow("one past it") << DraftJob::MaxErrorChars + 1 << false;
        QTest::newRow("a key across the limit") << DraftJob::MaxErrorChars + 1 << true;
        QTest::newRow("a megabyte") << 1024 * 1024 << false;
    }

    void aStreamsErrorTextIsBounded()
    {
        QFETCH(int, length);
        QFETCH(bool, keyAtTheCut);
        const QString prefix = QStringLiteral("The server reported an error: ");
        const QString key = settings().apiKey;
        QString message;
        if (keyAtTheCut) // masked first, it never shows in part
            message = QString(DraftJob::MaxErrorChars - int(prefix.size()) - 5, QLatin1Char('e')) + key;
        message += QString(qMax(0, length - int(prefix.size()) - int(message.size())), QLatin1Char('x'));
        const bool cut = prefix.size() + message.size() > DraftJob::MaxErrorChars;
        const QJsonObject error{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message}}}};
        m_server->route(
            QStringLiteral("/v1/chat/completions"),
            Server::stream({"data: " + QJsonDocument(error).toJson(QJsonDocument::Compact) + "\n\n"}));
        DraftingService service(m_network);
        service.setSettings(settings());
        const Outcome outcome = runOne(service);
        QVERIFY(!outcome.drafted);
        QVERIFY2(outcome.error.startsWith(prefix), qPrintable(outcome.error.left(80)));
        QVERIFY(outcome.error.size() <= DraftJob::MaxErrorChars);
        QCOMPARE(outcome.error.endsWith(QStringLiteral("…")), cut);
        QVERIFY(!outcome.error.contains(key.left(6)));
        if (!cut)
            QCOMPARE(outcome.error, SecretText::mask(prefix + message, {key}));
        else
            QCOMPARE(outcome.error.size(), DraftJob::MaxErrorChars);
    }

    void settingsProblemsNamed()
    {
        DraftingService service(m_network);
        DraftSettings s = settings();
        s.model.clear();
        service.setSettings(s);
        QVERIFY(runOne(service).error.contains(QStringLiteral("No drafting model")));
        s = settings();
        s.provider = QStringLiteral("nope");
        service.setSettings(s);
        QVERIFY(runOne(service).error.contains(QStringLiteral("Unknown drafting provider")));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // DeepL: the key header, two texts, math through XML tags; the checks then name the glossary terms it
    // rendered its own way (LLM as 大型语言模型, dropout as 辍学).
    void deepl()
    {
        m_server->route(QStringLiteral("/v2/translate"), json(200, QStringLiteral("deepl-translate.json")));
        DraftingService service(m_network);
        DraftSettings s = settings();
        s.provider = QStringLiteral("deepl");
        s.baseUrl = m_server->url(QStringLiteral("/"));
        s.model.clear();
        service.setSettings(s);
        const Outcome outcome = runOne(service);
        QVERIFY2(outcome.drafted, qPrintable(outcome.error));
        QCOMPARE(outcome.model, QStringLiteral("deepl"));
        QCOMPARE(outcome.fields.zhTitle, QStringLiteral("$k$头的稀疏注意力呈线性扩展"));
        QVERIFY(outcome.fields.zhSummary.contains(QStringLiteral("$O(n \\log n)$")));
        QCOMPARE(m_server->requests().first().headers.value("authorization"),
                 QByteArray("DeepL-Auth-Key ") + secret.toUtf8());
        DigestEntry drafted = entry();
        drafted.setZhTitle(outcome.fields.zhTitle);
        drafted.setZhShortTitle(outcome.fields.zhShortTitle);
        drafted.setZhSummary(outcome.fields.zhSummary);
        QStringList glossaryFindings;
        for (const Finding &f : DraftCheck::findings(drafted, glossary())) {
            if (f.rule == QLatin1String("glossary"))
                glossaryFindings.append(f.message);
        }
        QCOMPARE(glossaryFindings.size(), 2);
    }
};

QTEST_MAIN(TestDraftingService)
#include "tst_draftingservice.moc"
