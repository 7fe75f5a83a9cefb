// digestctl draft in this process against a loopback model server answering from recordings: only empty
// fields filled, per-entry report, failures named with the others saved, the key only in Authorization,
// drafted_by set and then cleared by `set`, and the untouched-draft check.
#include "draftingserver.h"
#include "draftselectiondigest.h"
#include "inprocessctl.h"
#include "loopbackhttpserver.h"
#include "services/settingskeys.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

namespace {

const QString secret = QStringLiteral("sk-cli-secret");
const QString expectedSummary =
    QStringLiteral("本文表明，在$k$个头上使用稀疏注意力的大语言模型（LLM）只需$O(n \\log n)$的"
                   "时间。在\\(p=0.1\\)的随机失活下，准确率在12个基准上提高3.5%。");

QVector<QByteArray> events(const QString &file)
{
    QVector<QByteArray> pieces;
    for (const QByteArray &event : Test::fixture(QStringLiteral("llm/") + file).split('\n')) {
        if (!event.isEmpty())
            pieces.append(event + "\n\n");
    }
    return pieces;
}

DigestEntry paper(const QString &id)
{
    const QJsonObject o = QJsonDocument::fromJson(Test::fixture(QStringLiteral("llm/entry.json"))).object();
    DigestEntry e;
    e.setArxivId(id);
    e.setTag(o.value(QStringLiteral("tag")).toString());
    e.setTitle(o.value(QStringLiteral("title")).toString());
    e.setAbstract(o.value(QStringLiteral("abstract")).toString());
    e.setLink(QStringLiteral("https://arxiv.org/abs/") + id);
    return e;
}

} // namespace

class TestDraftCommands final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Server *m_server = nullptr;
    QString m_db;
    int m_count = 0;

    Test::CtlRun ctl(const QStringList &command)
    {
        QProcessEnvironment env = Test::cleanEnvironment();
        env.insert(QStringLiteral("DIGEST_LLM_API_KEY"), secret);
        return Test::runCtl(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--llm-url"),
                                        m_server->url(QStringLiteral("/v1")).toString(),
                                        QStringLiteral("--llm-model"), QStringLiteral("deepseek-chat")} +
                                command,
                            env);
    }

    // A digest of 2026-11-30: 1 empty, 2 with a person's Chinese title, 3 reviewed and complete.
    void makeDigest()
    {
        auto library = Library::open(m_db);
        QVERIFY(library);
        const qint64 digest = library->createDigest(QDate(2026, 11, 30));
        library->appendEntry(digest, paper(QStringLiteral("2611.00001")));
        DigestEntry second = paper(QStringLiteral("2611.00002"));
        second.setZhTitle(QStringLiteral("人写的标题"));
        library->appendEntry(digest, second);
        DigestEntry third = paper(QStringLiteral("2611.00003"));
        third.setZhTitle(QStringLiteral("标题"));
        third.setZhShortTitle(QStringLiteral("标题"));
        third.setZhSummary(QStringLiteral("摘要。"));
        third.setStatus(DigestEntry::Status::Reviewed);
        library->appendEntry(digest, third);
    }

    // The digest of 2026-12-01 that tst_draftingcontroller drafts too (DraftRules' shared example): entry n
    // is paper n of tests/fixtures/llm/papers.json, each with its own title, abstract and formulas.
    void makeSelectionDigest()
    {
        auto library = Library::open(m_db);
        QVERIFY(library);
        const qint64 digest = library->createDigest(QDate(2026, 12, 1));
        const QVector<Test::DraftPaper> papers = Test::draftPapers();
        const QVector<DigestEntry> entries = Test::draftSelectionEntries([&papers](int n) {
            const Test::DraftPaper &p = papers.at(n - 1);
            DigestEntry e;
            e.setArxivId(p.arxivId);
            e.setTag(p.tag);
            e.setTitle(p.title);
            e.setAbstract(p.abstract);
            e.setLink(QStringLiteral("https://arxiv.org/abs/") + p.arxivId);
            return e;
        });
        for (const DigestEntry &entry : entries)
            library->appendEntry(digest, entry);
    }

    QJsonArray shownEntries(const QString &date = QStringLiteral("2026-11-30"))
    {
        const Test::CtlRun show = ctl({QStringLiteral("show"), date, QStringLiteral("--json")});
        return QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(Test::useScratchSettings(m_dir.path()), qPrintable(QSettings().fileName()));
    }
    void init()
    {
        m_server = new Server(this);
        QVERIFY(m_server->listen());
        m_db = m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_count));
        makeDigest();
        QSettings().remove(SettingsKeys::DraftConcurrency.name());
    }
    void cleanup() { delete m_server; }

    void fillsOnlyEmptyFields()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        Server::stream(events(QStringLiteral("openai-stream.sse"))));
        const Test::CtlRun run = ctl({QStringLiteral("draft"), QStringLiteral("2026-11-30")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(m_server->requestCount(), 2); // the reviewed entry is not unfinished
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("1\t2611.00001\tfilled zh_title, zh_short_title, zh_summary"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("2\t2611.00002\tfilled zh_short_title, zh_summary; kept the existing "
                                "zh_title (--overwrite replaces)"));
        const QJsonArray entries = shownEntries();
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("zh_summary")).toString(), expectedSummary);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("drafted_by")).toString(),
                 QStringLiteral("deepseek-chat"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("zh_title")).toString(),
                 QStringLiteral("人写的标题"));
        QVERIFY(entries.at(2).toObject().value(QStringLiteral("drafted_by")).isNull());
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("zh_summary")).toString(),
                 QStringLiteral("摘要。"));
        // The key went only into the Authorization header and was never printed.
        for (const Server::Request &request : m_server->requests()) {
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + secret.toUtf8());
            QVERIFY(!request.body.contains(secret.toUtf8()));
            QCOMPARE(QJsonDocument::fromJson(request.body).object().value(QStringLiteral("model")).toString(),
                     QStringLiteral("deepseek-chat"));
        }
        QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
    }

    void overwriteListedPositionAsJson()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        Server::stream(events(QStringLiteral("qwen-stream.sse"))));
        const Test::CtlRun run =
            ctl({QStringLiteral("draft"), QStringLiteral("2026-11-30"), QStringLiteral("3"),
                 QStringLiteral("--overwrite"), QStringLiteral("--json")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QJsonArray result = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(result.size(), 1);
        const QJsonObject o = result.first().toObject();
        QCOMPARE(o.value(QStringLiteral("position")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("filled")).toArray().size(), 3);
        QCOMPARE(o.value(QStringLiteral("drafted_by")).toString(), QStringLiteral("deepseek-chat"));
        QCOMPARE(shownEntries().at(2).toObject().value(QStringLiteral("zh_summary")).toString(),
                 expectedSummary);
    }

    void failedEntryNamedOthersSaved()
    {
        QSettings().setValue(SettingsKeys::DraftConcurrency.name(), 1); // requests in entry order
        m_server->route(
            QStringLiteral("/v1/chat/completions"),
            QVector<Server::Response>{Server::stream(events(QStringLiteral("openai-no-done.sse"))),
                                      Server::stream(events(QStringLiteral("openai-stream.sse")))});
        const Test::CtlRun run = ctl({QStringLiteral("draft"), QStringLiteral("2026-11-30")});
        QCOMPARE(run.status, 1);
        QVERIFY2(
            run.err.contains(QStringLiteral("entry 1 (2611.00001): The answer stream ended without [DONE]")),
            qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("1 of 2 entries failed")));
        const QJsonArray entries = shownEntries();
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("zh_summary")).toString(),
                 QString()); // nothing saved
        QVERIFY(entries.at(0).toObject().value(QStringLiteral("drafted_by")).isNull());
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("zh_summary")).toString(), expectedSummary);
    }

    // The connection drops in the middle of the first answer: named, nothing of it stored; the next is
    // stored.
    void aStreamCutMidwayStoresNothing()
    {
        QSettings().setValue(SettingsKeys::DraftConcurrency.name(), 1); // requests in entry order
        Server::Response cut = Server::stream(events(QStringLiteral("openai-stream.sse")).mid(0, 9));
        cut.cutStream = true;
        m_server->route(
            QStringLiteral("/v1/chat/completions"),
            QVector<Server::Response>{cut, Server::stream(events(QStringLiteral("openai-stream.sse")))});
        const Test::CtlRun run = ctl({QStringLiteral("draft"), QStringLiteral("2026-11-30")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("entry 1 (2611.00001)")), qPrintable(run.err));
        const QJsonArray entries = shownEntries();
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("zh_title")).toString(), QString());
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("zh_summary")).toString(), QString());
        QVERIFY(entries.at(0).toObject().value(QStringLiteral("drafted_by")).isNull());
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("zh_summary")).toString(), expectedSummary);
    }

    // A drafting server that never finishes: SSE comments every second (what OpenRouter sends while a model
    // thinks), or a real answer one byte every 200 ms. The real digestctl stops at --llm-timeout, names the
    // entry and exits 1; before the deadline existed it ran until it was killed.
    void aTricklingServerIsCutAtTheDeadline_data()
    {
        QTest::addColumn<QVector<QByteArray>>("pieces");
        QTest::addColumn<int>("intervalMs");
        QTest::newRow("keep-alive comments")
            << QVector<QByteArray>(600, QByteArray(": keep-alive\n\n")) << 1000;
        QVector<QByteArray> bytes;
        for (const char byte : Test::fixture(QStringLiteral("llm/openai-stream.sse")))
            bytes.append(QByteArray(1, byte));
        QTest::newRow("a byte every 200 ms") << bytes << 200;
    }

    void aTricklingServerIsCutAtTheDeadline()
    {
        QFETCH(QVector<QByteArray>, pieces);
        QFETCH(int, intervalMs);
        m_server->route(QStringLiteral("/v1/chat/completions"), Server::stream(pieces, intervalMs));
        QProcess process;
        QProcessEnvironment env = Test::cleanEnvironment();
        env.insert(QStringLiteral("DIGEST_LLM_API_KEY"), secret);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(DIGESTCTL_PATH),
                      {QStringLiteral("--db"), m_db, QStringLiteral("--llm-url"),
                       m_server->url(QStringLiteral("/v1")).toString(), QStringLiteral("--llm-model"),
                       QStringLiteral("deepseek-chat"), QStringLiteral("--llm-timeout"), QStringLiteral("2"),
                       QStringLiteral("draft"), QStringLiteral("2026-11-30"), QStringLiteral("1")});
        // The loopback server answers from this process: the wait keeps it trickling.
        const bool ended = finished.wait(60000);
        if (!ended) {
            process.kill();
            process.waitForFinished();
        }
        QVERIFY2(ended, "digestctl draft was still running after 60 s");
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("entry 1 (2611.00001): No complete answer within 2 s")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("1 of 1 entries failed")), qPrintable(err));
        QVERIFY(!err.contains(secret));
        QVERIFY(shownEntries().at(0).toObject().value(QStringLiteral("zh_title")).toString().isEmpty());
    }

    void draftedByClearedByAPerson()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        Server::stream(events(QStringLiteral("openai-stream.sse"))));
        QCOMPARE(ctl({QStringLiteral("draft"), QStringLiteral("2026-11-30")}).status, 0);
        const Test::CtlRun check =
            ctl({QStringLiteral("check"), QStringLiteral("2026-11-30"), QStringLiteral("--json")});
        QCOMPARE(check.out.count(QStringLiteral("\"untouched-draft\"")), 2);
        QCOMPARE(ctl({QStringLiteral("set"), QStringLiteral("2026-11-30"), QStringLiteral("1"),
                      QStringLiteral("zh_summary"), QStringLiteral("本文改写。")})
                     .status,
                 0);
        QCOMPARE(ctl({QStringLiteral("set"), QStringLiteral("2026-11-30"), QStringLiteral("2"),
                      QStringLiteral("status"), QStringLiteral("reviewed")})
                     .status,
                 0);
        const QJsonArray entries = shownEntries();
        QVERIFY(entries.at(0).toObject().value(QStringLiteral("drafted_by")).isNull());
        QVERIFY(entries.at(1).toObject().value(QStringLiteral("drafted_by")).isNull());
        const Test::CtlRun after =
            ctl({QStringLiteral("check"), QStringLiteral("2026-11-30"), QStringLiteral("--json")});
        QCOMPARE(after.out.count(QStringLiteral("\"untouched-draft\"")), 0);
    }

    void usage()
    {
        QCOMPARE(ctl({QStringLiteral("draft")}).status, 2);
        QCOMPARE(ctl({QStringLiteral("draft"), QStringLiteral("2026-11-30"), QStringLiteral("0")}).status, 2);
        QCOMPARE(
            ctl({QStringLiteral("draft"), QStringLiteral("2026-11-30"), QStringLiteral("--colour")}).status,
            2);
        const Test::CtlRun missing =
            ctl({QStringLiteral("draft"), QStringLiteral("2026-11-30"), QStringLiteral("9")});
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no entry at position 9")));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void nothingToDraft()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        Server::stream(events(QStringLiteral("openai-stream.sse"))));
        QCOMPARE(ctl({QStringLiteral("draft"), QStringLiteral("2026-11-30")}).status, 0);
        const Test::CtlRun again = ctl({QStringLiteral("draft"), QStringLiteral("2026-11-30")});
        QCOMPARE(again.status, 0);
        QVERIFY(again.err.contains(QStringLiteral("nothing to draft")));
        QVERIFY2(!again.err.contains(QStringLiteral("reviewed entries")), qPrintable(again.err));
        QCOMPARE(m_server->requestCount(), 2);
    }

    // The same entries, and the same status after, as the GUI's Draft All Unfinished on the same digest.
    // Each entry gets its own paper's text: the fake server answers by the prompt's title, the last paper
    // first, so a draft saved to the wrong entry shows.
    void choosesAndSettlesLikeTheGui()
    {
        makeSelectionDigest();
        Test::DraftingServer fake(m_server);
        fake.answerPapers({1200, 0, 0, 600, 0});
        const Test::CtlRun run = ctl({QStringLiteral("draft"), QStringLiteral("2026-12-01")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVector<int> chosen;
        for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            chosen.append(line.section(QLatin1Char('\t'), 0, 0).toInt() - 1);
        QCOMPARE(chosen, Test::draftSelectionChosen());
        QCOMPARE(m_server->requestCount(), Test::draftSelectionChosen().size());
        const QJsonArray entries = shownEntries(QStringLiteral("2026-12-01"));
        const QVector<DigestEntry::Status> expected = Test::draftSelectionStatusesAfter();
        QCOMPARE(entries.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(entries.at(i).toObject().value(QStringLiteral("status")).toString(),
                     DigestEntry::statusName(expected.at(i)));
        // Entry 1 was empty: all three fields are paper 1's. Entries 4 and 5 kept a person's title and got
        // their own paper's short title and summary.
        const QVector<Test::DraftPaper> papers = Test::draftPapers();
        auto fields = [&entries](int i) {
            const QJsonObject o = entries.at(i).toObject();
            return QStringList{o.value(QStringLiteral("zh_title")).toString(),
                               o.value(QStringLiteral("zh_short_title")).toString(),
                               o.value(QStringLiteral("zh_summary")).toString()};
        };
        QCOMPARE(fields(0), papers.at(0).expected);
        QCOMPARE(fields(3), (QStringList{QStringLiteral("译好的标题"), papers.at(3).expected.at(1),
                                         papers.at(3).expected.at(2)}));
        QCOMPARE(fields(4), (QStringList{QStringLiteral("只有标题"), papers.at(4).expected.at(1),
                                         papers.at(4).expected.at(2)}));
        QCOMPARE(fields(1).at(2), QStringLiteral("人写的摘要。")); // not drafted
        QCOMPARE(fields(2), (QStringList{QString(), QString(), QString()}));
        QCOMPARE(fake.titlesAsked().size(), 3);
    }

    // Nothing left to draft: said without claiming that a reviewed entry with empty fields has them.
    void nothingToDraftNamesReviewedEntriesLeftAlone()
    {
        makeSelectionDigest();
        Test::DraftingServer fake(m_server);
        fake.answerPapers();
        QCOMPARE(ctl({QStringLiteral("draft"), QStringLiteral("2026-12-01")}).status, 0);
        const Test::CtlRun again = ctl({QStringLiteral("draft"), QStringLiteral("2026-12-01")});
        QCOMPARE(again.status, 0);
        QVERIFY2(
            again.err.contains(QStringLiteral("nothing to draft: every entry that is not reviewed has its "
                                              "Chinese title and summary; reviewed entries with an empty "
                                              "Chinese title or summary are left alone (positions 3;")),
            qPrintable(again.err));
        QVERIFY(!again.err.contains(QStringLiteral("every entry has its Chinese fields")));
        QCOMPARE(m_server->requestCount(), 3);
    }

    // The library's glossary goes into the prompt, only the terms in the paper.
    void usesTheLibraryGlossary()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        Server::stream(events(QStringLiteral("openai-stream.sse"))));
        QCOMPARE(ctl({QStringLiteral("glossary"), QStringLiteral("add"), QStringLiteral("LLM"),
                      QStringLiteral("大语言模型")})
                     .status,
                 0);
        QCOMPARE(ctl({QStringLiteral("glossary"), QStringLiteral("add"), QStringLiteral("GAN"),
                      QStringLiteral("生成对抗网络")})
                     .status,
                 0);
        QCOMPARE(ctl({QStringLiteral("draft"), QStringLiteral("2026-11-30"), QStringLiteral("1")}).status, 0);
        const QString user = QJsonDocument::fromJson(m_server->requests().first().body)
                                 .object()
                                 .value(QStringLiteral("messages"))
                                 .toArray()
                                 .at(1)
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toString();
        QVERIFY(user.contains(QStringLiteral("- LLM → 大语言模型")));
        QVERIFY(!user.contains(QStringLiteral("GAN")));
    }
};

QTEST_MAIN(TestDraftCommands)
#include "tst_draftcommands.moc"
