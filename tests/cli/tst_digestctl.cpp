// Runs the real digestctl binary: the global options and the contract's exit statuses.
#include <QProcess>
#include <QtTest>

class TestDigestctl final : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result run(const QStringList &arguments,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DIGESTCTL_PATH), arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void helpListsTheContract()
    {
        const Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *word :
             {"--db LOCATION", "--arxiv-api URL", "--arxiv-interval-ms N", "lookup ID|URL", "new DATE",
              "export DIGEST --format text|weibo|wechat|markdown", "search QUERY"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
    }

    void versionNamesTheProgram()
    {
        const Result r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("digestctl " DIGEST_VERSION)));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << QStringLiteral("no command given");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("list")}
                                        << QStringLiteral("unknown option --colour");
        QTest::newRow("option without value")
            << QStringList{QStringLiteral("--db")} << QStringLiteral("option --db needs a value");
        QTest::newRow("bad interval") << QStringList{QStringLiteral("--arxiv-interval-ms"),
                                                     QStringLiteral("soon"), QStringLiteral("list")}
                                      << QStringLiteral("--arxiv-interval-ms is not a number");
        QTest::newRow("bad api url") << QStringList{QStringLiteral("--arxiv-api=nowhere"),
                                                    QStringLiteral("list")}
                                     << QStringLiteral("--arxiv-api is not a URL");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Usage: digestctl")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void badIntervalInEnvironmentIsAUsageError()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DIGEST_ARXIV_INTERVAL_MS"), QStringLiteral("-5"));
        const Result r = run({QStringLiteral("list")}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("DIGEST_ARXIV_INTERVAL_MS")));
    }
};

QTEST_GUILESS_MAIN(TestDigestctl)
#include "tst_digestctl.moc"
