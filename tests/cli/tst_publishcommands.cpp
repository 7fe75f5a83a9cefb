#include "inprocessctl.h"
#include "librarytests.h"
#include "services/wechatcredentials.h"
#include "storage/commentstore.h"
#include "storage/library.h"
#include "wechatapiserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;
using Test::ScratchLibraries;
using Test::WeChatApiServer;

namespace {

QString fixturePath(const QString &relative)
{
    return QStringLiteral(DIGEST_FIXTURES_DIR "/") + relative;
}

} // namespace

class TestPublishCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ScratchLibraries m_scratch;
    int m_libraries = 0;
    WeChatApiServer *m_server = nullptr;
    QString m_db;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = Test::cleanEnvironment();
        env.insert(QStringLiteral("DIGEST_WECHAT_APPID"), WeChatApiServer::appId());
        env.insert(QStringLiteral("DIGEST_WECHAT_SECRET"), WeChatApiServer::secret());
        env.insert(QStringLiteral("DIGEST_WECHAT_API"), m_server->url().toString());
        return env;
    }

    Test::CtlRun publish(const QStringList &options, const QProcessEnvironment &env)
    {
        return Test::runCtl(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("publish"),
                                        QStringLiteral("wechat"), QStringLiteral("2022-10-14")} +
                                options,
                            env);
    }
    Test::CtlRun publish(const QStringList &options = {}) { return publish(options, environment()); }

    // Neither the secret nor any token the server handed out.
    void verifyNoSecrets(const Test::CtlRun &run)
    {
        const QString all = run.out + run.err;
        QVERIFY(!all.contains(WeChatApiServer::secret()));
        QVERIFY(!all.contains(m_server->token()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Test::useScratchSettings(m_dir.path())); }

    void init()
    {
        WeChatCredentials::forgetAllTokens();
        m_server = new WeChatApiServer(this);
        QVERIFY(m_server->listen());
        m_db = m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_libraries));
        const Test::CtlRun imported =
            Test::runCtl({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                          fixturePath(QStringLiteral("published/digest-sample.txt")),
                          QStringLiteral("--date"), QStringLiteral("2022-10-14")});
        QCOMPARE(imported.status, 0);
    }

    void cleanup() { delete m_server; }

    // A WeChat endpoint that trickles a byte every 200 ms never falls silent: the real digestctl stops the
    // call at --wechat-timeout, says which step failed and exits 1, with nothing sent after it.
    void aTricklingEndpointIsCutAtTheDeadline()
    {
        m_server->http().clearRoutes();
        m_server->http().route(QStringLiteral("/cgi-bin/stable_token"),
                               Test::LoopbackHttpServer::stream(QVector<QByteArray>(600, " "), 200));
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(DIGESTCTL_PATH),
                      {QStringLiteral("--db"), m_db, QStringLiteral("--wechat-timeout"), QStringLiteral("2"),
                       QStringLiteral("publish"), QStringLiteral("wechat"), QStringLiteral("2022-10-14")});
        const bool ended = finished.wait(60000); // the server trickles from this process meanwhile
        if (!ended) {
            process.kill();
            process.waitForFinished();
        }
        QVERIFY2(ended, "digestctl publish wechat was still running after 60 s");
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("did not finish within the 2 s deadline")), qPrintable(err));
        QVERIFY(!err.contains(WeChatApiServer::secret()));
        QCOMPARE(m_server->http().requestCount(), 1);
    }

    void printsTheDraftsMediaId()
    {
        const Test::CtlRun run = publish({QStringLiteral("--author"), QStringLiteral("爱可可"),
                                          QStringLiteral("--comments"), QStringLiteral("on")});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, QStringLiteral("DRAFT_MEDIA_1\n"));
        QVERIFY(run.err.contains(QStringLiteral("草稿箱")));
        verifyNoSecrets(run);
        const QJsonObject article = m_server->drafts().first();
        QCOMPARE(article.value(QStringLiteral("title")).toString(),
                 QStringLiteral("arXiv 每日速递 2022-10-14"));
        QCOMPARE(article.value(QStringLiteral("author")).toString(), QStringLiteral("爱可可"));
        QCOMPARE(article.value(QStringLiteral("need_open_comment")).toInt(), 1);
        QCOMPARE(article.value(QStringLiteral("thumb_media_id")).toString(), m_server->materialIds().first());
    }

    // Untouched machine text: a warning line naming the entry, and the draft is still made.
    void untouchedDraftIsAWarning()
    {
        QString id;
        {
            auto library = Library::open(m_db);
            QVERIFY(library);
            Digest digest;
            QVERIFY(library->loadDigest(library->resolveDigest(QStringLiteral("2022-10-14")), &digest));
            DigestEntry entry = digest.entries().at(0);
            entry.setDraftedBy(QStringLiteral("deepseek-chat"));
            QVERIFY(library->saveEntry(entry).saved());
            id = entry.arxivId();
        }
        const Test::CtlRun run = publish();
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, QStringLiteral("DRAFT_MEDIA_1\n"));
        const QStringList warnings = run.err.split(QLatin1Char('\n')).filter(QStringLiteral("deepseek-chat"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QStringLiteral("Warning: ")), qPrintable(run.err));
        QVERIFY2(warnings.first().contains(QStringLiteral("entry 1 (") + id), qPrintable(run.err));
        QCOMPARE(m_server->drafts().size(), 1);
    }

    // An open comment thread of the team stops the post, sending nothing, and names the check; with
    // --with-open-comments it goes out (as export --force).
    void anOpenCommentThreadStopsThePost()
    {
        {
            auto library = Library::open(m_db);
            QVERIFY(library);
            Digest digest;
            QVERIFY(library->loadDigest(library->resolveDigest(QStringLiteral("2022-10-14")), &digest));
            QVERIFY(library->comments().add(digest.entries().at(1).id(), QStringLiteral("zh_summary"), 0, 0,
                                            QStringLiteral("术语不对，见词表"), nullptr) != 0);
        }
        const Test::CtlRun refused = publish();
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("comment is not resolved")), qPrintable(refused.err));
        QCOMPARE(refused.out, QString());
        QCOMPARE(m_server->drafts().size(), 0);
        const Test::CtlRun sent = publish({QStringLiteral("--with-open-comments")});
        QCOMPARE(sent.status, 0);
        QCOMPARE(sent.out, QStringLiteral("DRAFT_MEDIA_1\n"));
        QCOMPARE(m_server->drafts().size(), 1);
    }

    void secondPublishNeedsForce()
    {
        QCOMPARE(publish().status, 0);
        const int requests = m_server->http().requestCount();
        const Test::CtlRun again = publish();
        QCOMPARE(again.status, 1);
        QVERIFY(again.err.contains(QStringLiteral("--force")));
        QVERIFY(again.err.contains(QStringLiteral("DRAFT_MEDIA_1")));
        QCOMPARE(again.out, QString());
        QCOMPARE(m_server->http().requestCount(), requests);
        const Test::CtlRun forced = publish({QStringLiteral("--force")});
        QCOMPARE(forced.status, 0);
        QCOMPARE(forced.out, QStringLiteral("DRAFT_MEDIA_2\n"));
    }

    void optionsAreTaken()
    {
        const QString cover = m_dir.filePath(QStringLiteral("cover.png"));
        QImage image(30, 20, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(cover));
        const Test::CtlRun run =
            publish({QStringLiteral("--title"), QStringLiteral("今日论文"), QStringLiteral("--digest"),
                     QStringLiteral("八篇新论文"), QStringLiteral("--cover"), cover});
        QCOMPARE(run.status, 0);
        const QJsonObject article = m_server->drafts().first();
        QCOMPARE(article.value(QStringLiteral("title")).toString(), QStringLiteral("今日论文"));
        QCOMPARE(article.value(QStringLiteral("digest")).toString(), QStringLiteral("八篇新论文"));
        QCOMPARE(article.value(QStringLiteral("need_open_comment")).toInt(), 0);
        QVERIFY(m_server->materials().first().data.startsWith("\x89PNG"));
    }

    void readMoreUrlReachesTheDraft()
    {
        const Test::CtlRun run = publish(
            {QStringLiteral("--source-url"), QStringLiteral("https://example.org/digest/2022-10-14")});
        QCOMPARE(run.status, 0);
        QCOMPARE(m_server->drafts().first().value(QStringLiteral("content_source_url")).toString(),
                 QStringLiteral("https://example.org/digest/2022-10-14"));
        const Test::CtlRun none = publish({QStringLiteral("--force")});
        QCOMPARE(none.status, 0);
        QCOMPARE(m_server->drafts().last().value(QStringLiteral("content_source_url")).toString(), QString());
    }

    void limitsAndBadInputSendNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("title of 33") << QStringList{QStringLiteral("--title"), QString(33, QLatin1Char('T'))}
                                     << 1 << QStringLiteral("title has 33 characters");
        QTest::newRow("author of 17")
            << QStringList{QStringLiteral("--author"), QString(17, QLatin1Char('A'))} << 1
            << QStringLiteral("author has 17 characters");
        QTest::newRow("digest of 129")
            << QStringList{QStringLiteral("--digest"), QString(129, QLatin1Char('D'))} << 1
            << QStringLiteral("has 129 characters");
        QTest::newRow("missing cover")
            << QStringList{QStringLiteral("--cover"), QStringLiteral("/nonexistent.png")} << 1
            << QStringLiteral("/nonexistent.png");
        QTest::newRow("source-url without a scheme")
            << QStringList{QStringLiteral("--source-url"), QStringLiteral("example.org/digest")} << 2
            << QStringLiteral("--source-url takes an http or https URL, not 'example.org/digest'");
        QTest::newRow("source-url ftp")
            << QStringList{QStringLiteral("--source-url"), QStringLiteral("ftp://example.org/d")} << 2
            << QStringLiteral("ftp://example.org/d");
        QTest::newRow("comments maybe") << QStringList{QStringLiteral("--comments"), QStringLiteral("maybe")}
                                        << 2 << QStringLiteral("on or off");
    }

    void limitsAndBadInputSendNothing()
    {
        QFETCH(QStringList, options);
        QFETCH(int, status);
        QFETCH(QString, words);
        const Test::CtlRun run = publish(options);
        QCOMPARE(run.status, status);
        QVERIFY2(run.err.contains(words), qPrintable(run.err));
        QCOMPARE(m_server->http().requestCount(), 0);
    }

    void errorsAreExplained()
    {
        m_server->failNext(
            QStringLiteral("/cgi-bin/stable_token"), 40164,
            QStringLiteral("invalid ip 203.0.113.9 ipv6 ::ffff:203.0.113.9, not in whitelist"));
        const Test::CtlRun run = publish();
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains(QStringLiteral("设置与开发 → 基本配置")));
        QVERIFY(run.err.contains(QStringLiteral("203.0.113.9")));
        QCOMPARE(run.out, QString());
        verifyNoSecrets(run);

        m_server->failNext(QStringLiteral("/cgi-bin/draft/add"), 45009,
                           QStringLiteral("reach max api daily quota limit"));
        const Test::CtlRun quota = publish();
        QCOMPARE(quota.status, 1);
        QVERIFY(quota.err.contains(QStringLiteral("quota")));
        QCOMPARE(m_server->drafts().size(), 0);
        verifyNoSecrets(quota);
    }

    void missingCredentialsAreSaid()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DIGEST_WECHAT_SECRET"));
        const Test::CtlRun run = publish({}, env);
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains(QStringLiteral("DIGEST_WECHAT_SECRET")));
        QCOMPARE(m_server->http().requestCount(), 0);
    }

    void usage()
    {
        QCOMPARE(Test::runCtl({QStringLiteral("--db"), m_db, QStringLiteral("publish"),
                               QStringLiteral("weibo"), QStringLiteral("2022-10-14")})
                     .status,
                 2);
        QVERIFY(
            Test::runCtl({QStringLiteral("--help")}).out.contains(QStringLiteral("publish wechat DIGEST")));
        QVERIFY(Test::runCtl({QStringLiteral("--help")}).out.contains(QStringLiteral("[--source-url URL]")));
    }

    // Two runs of the real program: the second takes the token the first kept in the keychain (ctest runs
    // inside tests/support/with-keyring.sh), and neither prints it.
    void realProgramRunsShareOneToken()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        const QStringList arguments{QStringLiteral("--db"),       m_db,
                                    QStringLiteral("publish"),    QStringLiteral("wechat"),
                                    QStringLiteral("2022-10-14"), QStringLiteral("--force")};
        for (int run = 1; run <= 2; ++run) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(DIGESTCTL_PATH), arguments);
            QVERIFY(process.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitCode() == 0, qPrintable(err));
            QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
                     QStringLiteral("DRAFT_MEDIA_%1\n").arg(run));
            QVERIFY(!err.contains(m_server->token()));
            QVERIFY(!err.contains(WeChatApiServer::secret()));
        }
        QCOMPARE(m_server->tokenRequests(), 1);
    }

    // As it was once tried: two `digestctl publish wechat` at once against a WeChat answering
    // in 0.7 s made two drafts. One draft now; the other run says another publisher is at work, exit 1.
    void twoProgramsAtOnceMakeOneDraft_data() { Test::addBackendRows(); }

    void twoProgramsAtOnceMakeOneDraft()
    {
        FRESH_LOCATION(location);
        QString db = m_db;
        if (backend != QLatin1String("sqlite")) {
            db = location;
            const Test::CtlRun imported =
                Test::runCtl({QStringLiteral("--db"), db, QStringLiteral("import"),
                              fixturePath(QStringLiteral("published/digest-sample.txt")),
                              QStringLiteral("--date"), QStringLiteral("2022-10-14")});
            QCOMPARE(imported.status, 0);
        }
        m_server->setAnswerDelayMs(700);
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        QProcess runs[2];
        for (QProcess &run : runs) {
            run.setProcessEnvironment(env);
            run.start(QStringLiteral(DIGESTCTL_PATH),
                      {QStringLiteral("--db"), db, QStringLiteral("publish"), QStringLiteral("wechat"),
                       QStringLiteral("2022-10-14")});
            QVERIFY(run.waitForStarted());
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            runs[0].state() == QProcess::NotRunning && runs[1].state() == QProcess::NotRunning, 90000);
        QStringList errors;
        int published = 0;
        for (QProcess &run : runs) {
            const QString err = QString::fromUtf8(run.readAllStandardError());
            errors << err;
            published += run.exitCode() == 0 ? 1 : 0;
            QVERIFY(!err.contains(WeChatApiServer::secret()));
        }
        QCOMPARE(m_server->drafts().size(), 1);
        QCOMPARE(published, 1);
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(QStringLiteral("Another publisher")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void realProgramDrawsTheTitleCardWithoutADisplay()
    {
        QProcess process;
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DIGESTCTL_PATH),
                      {QStringLiteral("--db"), m_db, QStringLiteral("publish"), QStringLiteral("wechat"),
                       QStringLiteral("2022-10-14")});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning || m_server->drafts().size() == 1,
                                 60000);
        // waitForFinished() is false for a process that already ended, so ask only while it runs.
        QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), QStringLiteral("DRAFT_MEDIA_1\n"));
        QVERIFY(!err.contains(WeChatApiServer::secret()));
        QCOMPARE(m_server->materials().size(), 1);
    }
};

QTEST_MAIN(TestPublishCommands)
#include "tst_publishcommands.moc"
