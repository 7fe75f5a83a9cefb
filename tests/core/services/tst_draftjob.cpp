// DraftJob against a loopback server: a summary that names a repeated formula once keeps its text, a draft
// that invents or changes a placeholder is refused, and a key the server echoes in its error, in any form
// and wherever the message is cut, is never shown.
#include "loopbackhttpserver.h"
#include "model/digestentry.h"
#include "services/draftjob.h"
#include "util/requestscheduler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace DigestStudio;
using Server = DigestStudio::Test::LoopbackHttpServer;

namespace {

// A key with characters that JSON, URLs and base64 each write their own way ('/', ':', '+', '=').
const QString key = QStringLiteral("sk-proj-Zq7/AbCdEfGh+IjKlMnOp=QrStUvWx:fx");

// Synthetic, in the shape issue 19 reports for arXiv 2306.03845: an abstract that names its method
// `$\omega$Test` several times, as abstracts do, and one other formula.
DigestEntry repeatedFormulaEntry()
{
    DigestEntry e;
    e.setArxivId(QStringLiteral("2306.03845"));
    e.setTag(QStringLiteral("SE"));
    e.setTitle(QStringLiteral("Mutation testing of deep reinforcement learning agents"));
    e.setAbstract(QStringLiteral(
        "We present $\\omega$Test, a mutation testing tool for agents. $\\omega$Test mutates the policy, "
        "and $\\omega$Test mutates the environment. In $O(n)$ runs per operator, $\\omega$Test finds faults "
        "that coverage misses."));
    return e;
}

// One chat-completions stream whose content is `draft` (a JSON object as text).
Server::Response streamed(const QJsonObject &draft)
{
    const QJsonObject delta{
        {QStringLiteral("content"), QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact))}};
    const QJsonObject event{
        {QStringLiteral("model"), QStringLiteral("test-model")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta}}}}};
    Server::Response response = Server::stream(
        {"data: " + QJsonDocument(event).toJson(QJsonDocument::Compact) + "\n\n", "data: [DONE]\n\n"});
    response.header("Content-Type", "text/event-stream");
    return response;
}

// What a model writes: a summary that names the method once (the placeholder before the first "Test" the
// request holds) and keeps the last formula; `extra` is added to the summary.
Server::Handler summarising(const QString &extra = QString())
{
    return [extra](const Server::Request &request) {
        const QString body = QString::fromUtf8(request.body);
        static const QRegularExpression method(QStringLiteral("(\u27E6M\\d+\u27E7)Test"));
        static const QRegularExpression any(QStringLiteral("\u27E6M\\d+\u27E7"));
        // The formula with the highest number: the abstract's last new one.
        QString last;
        int highest = 0;
        for (auto it = any.globalMatch(body); it.hasNext();) {
            const QString found = it.next().captured(0);
            const int number = found.mid(2, found.size() - 3).toInt();
            if (number > highest) {
                highest = number;
                last = found;
            }
        }
        const QString named = method.match(body).captured(1);
        const QString summary = QStringLiteral("本文提出") + named + QStringLiteral("Test，每个算子只需") +
                                last + QStringLiteral("次运行。") + extra;
        QJsonObject draft;
        draft.insert(QStringLiteral("zh_title"), QStringLiteral("深度强化学习智能体的变异测试"));
        draft.insert(QStringLiteral("zh_short_title"), QStringLiteral("深度强化学习的变异测试"));
        draft.insert(QStringLiteral("zh_summary"), summary);
        return streamed(draft);
    };
}

} // namespace

class TestDraftJob final : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    DraftSettings settings(const Server &server) const
    {
        DraftSettings s;
        s.baseUrl = server.url(QStringLiteral("/v1"));
        s.model = QStringLiteral("test-model");
        s.apiKey = key;
        s.timeoutMs = 10000;
        s.maxRetries = 0;
        return s;
    }

    // Runs one job to its end.
    bool run(DraftJob &job)
    {
        QSignalSpy finished(&job, &DraftJob::finished);
        job.start();
        return !finished.isEmpty() || finished.wait(20000);
    }

    // No 6 characters in a row of `form` (the key as the server wrote it) are in `text`.
    static bool showsNothingOf(const QString &form, const QString &text)
    {
        for (int i = 0; i + 6 <= form.size(); ++i) {
            if (text.contains(form.mid(i, 6)))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    // Issue 19, hole 12: every mention of `$\omega$` had its own placeholder, and a summary that named the
    // method once "lost the math": the paper got no draft at all. Identical formulas share one placeholder.
    void aSummaryNamingARepeatedFormulaOnceIsKept()
    {
        Server server;
        QVERIFY(server.listen());
        server.handle(QStringLiteral("/v1/chat/completions"), summarising());
        DraftJob job(1, repeatedFormulaEntry(), {}, settings(server), RequestScheduler::of(&m_network));
        QVERIFY(run(job));
        QVERIFY2(job.succeeded(), qPrintable(job.error()));
        QCOMPARE(job.fields().zhSummary, QStringLiteral("本文提出$\\omega$Test，每个算子只需$O(n)$次运行。"));
        // The model saw one placeholder for the one formula, four times.
        const QString sent = QString::fromUtf8(server.requests().constFirst().body);
        QCOMPARE(sent.count(QStringLiteral("\u27E6M1\u27E7Test")), 4);
        QVERIFY(!sent.contains(QStringLiteral("\u27E6M3\u27E7")));
    }

    // Changing or inventing a placeholder still throws the draft away: the math it stands for is unknown.
    void aDraftThatInventsOrChangesAPlaceholderIsRefused_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::newRow("invented") << QStringLiteral("另见\u27E6M9\u27E7。");
        QTest::newRow("changed") << QStringLiteral("另见\u27E6公式1\u27E7。");
        QTest::newRow("broken") << QStringLiteral("另见\u27E6M1。");
    }

    void aDraftThatInventsOrChangesAPlaceholderIsRefused()
    {
        QFETCH(QString, extra);
        Server server;
        QVERIFY(server.listen());
        server.handle(QStringLiteral("/v1/chat/completions"), summarising(extra));
        DraftJob job(1, repeatedFormulaEntry(), {}, settings(server), RequestScheduler::of(&m_network));
        QVERIFY(run(job));
        QVERIFY(!job.succeeded());
        QVERIFY2(job.error().contains(QStringLiteral("changed a math placeholder")), qPrintable(job.error()));
    }

    // Issue 19, hole 5: the server's error text was cut to 200 characters before the key was masked, so a
    // key cut in half stayed visible; a key echoed JSON-escaped, URL-encoded or in base64 was not masked at
    // all. Masked first, in every form, then cut.
    void anEchoedKeyIsNeverShown_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("echoed"); // the key as the server wrote it
        const QString escaped = QString(key).replace(QLatin1Char('/'), QLatin1String("\\/"));
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(key));
        const QByteArray basic = QByteArray("user:" + key.toUtf8()).toBase64();
        QTest::newRow("raw, across the cut at 200")
            << QByteArray("{\"error\":{\"message\":\"" + QByteArray(160, 'x') +
                          " Incorrect API key provided: " + key.toUtf8() + "\"}}")
            << key;
        QTest::newRow("JSON-escaped, in a body shown as it is")
            << QByteArray("{\"detail\":\"bad key " + escaped.toUtf8() + "\"}") << escaped;
        QTest::newRow("URL-encoded") << QByteArray("{\"error\":{\"message\":\"rejected /v1/chat?key=" +
                                                   encoded.toUtf8() + "\"}}")
                                     << encoded;
        QTest::newRow("base64 in an echoed header")
            << QByteArray("{\"error\":{\"message\":\"Authorization: Basic " + basic + " is not accepted\"}}")
            << QString::fromLatin1(basic.mid(8));
        QTest::newRow("at the end of the part of the body that is kept")
            << QByteArray(QByteArray(64 * 1024 - 20, ' ') + key.toUtf8() + " was refused") << key.left(20);
    }

    void anEchoedKeyIsNeverShown()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, echoed);
        Server server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/v1/chat/completions"), Server::status(400, body, "application/json"));
        DraftJob job(1, repeatedFormulaEntry(), {}, settings(server), RequestScheduler::of(&m_network));
        QVERIFY(run(job));
        QVERIFY(!job.succeeded());
        QVERIFY2(job.error().contains(QStringLiteral("HTTP 400")), qPrintable(job.error()));
        QVERIFY2(showsNothingOf(echoed, job.error()), qPrintable(job.error()));
    }
};

QTEST_GUILESS_MAIN(TestDraftJob)
#include "tst_draftjob.moc"
