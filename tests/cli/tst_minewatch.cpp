// `digestctl mine --watch` as a separate process on a real PostgreSQL library, with a notification server on
// the test's private session bus: another login role assigns this person papers and each one comes out as a
// line (and as a desktop notification with --notify) as it lands; what this person assigns themselves does
// not. Its usage errors in this process.
#include "fakenotifications.h"
#include "inprocessctl.h"
#include "librarytests.h"
#include "storage/teamstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace DigestStudio;
using namespace DigestStudio::Test;

class TestMineWatch final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScratchLibraries m_scratch;

    QProcess *startWatch(const QString &db, const QStringList &options)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        process->setProcessEnvironment(env);
        process->start(
            QStringLiteral(DIGESTCTL_PATH),
            QStringList{QStringLiteral("--db"), db, QStringLiteral("mine"), QStringLiteral("--watch")} +
                options);
        return process;
    }

    // Waits until the watch said it is watching (what is assigned before that is not news). The waits spin
    // the event loop: the notification server lives in this process.
    static bool watching(QProcess *process, QString *err)
    {
        for (int i = 0; i < 300 && !err->contains(QStringLiteral("watching for entries")); ++i) {
            QTest::qWait(100);
            *err += QString::fromUtf8(process->readAllStandardError());
        }
        return err->contains(QStringLiteral("watching for entries"));
    }

    static QStringList lines(QProcess *process, QString *out, int count)
    {
        for (int i = 0; i < 300 && out->count(QLatin1Char('\n')) < count; ++i) {
            QTest::qWait(100);
            *out += QString::fromUtf8(process->readAllStandardOutput());
        }
        return out->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(useScratchSettings(m_dir.path()));
    }
    void cleanupTestCase() { m_scratch.dropAll(); }

    void anAssignmentByAnotherComesOutAsItLands()
    {
        const QString db = m_scratch.create(QStringLiteral("postgresql"));
        QVERIFY2(!db.isEmpty(), qPrintable(ScratchLibraries::noServer()));
        OPEN_LIBRARY(me, db);
        OPEN_LIBRARY(them, m_scratch.loginAs(db, QStringLiteral("wang"), true));
        const qint64 digest = them->createDigest(QDate(2026, 12, 7));
        DigestEntry first = makeEntry(QStringLiteral("2612.00001"), QStringLiteral("Sparse Experts"),
                                      QStringLiteral("大规模稀疏专家混合"));
        first.setZhShortTitle(QStringLiteral("稀疏专家"));
        const qint64 one = them->appendEntry(digest, first).id();
        const qint64 two = them->appendEntry(digest, makeEntry(QStringLiteral("2612.00002"),
                                                               QStringLiteral("Fog"), QStringLiteral("雾")))
                               .id();
        LibraryError error;
        QVERIFY(them->team().setDisplayName(them->person(), QStringLiteral("王芳"), &error));

        FakeNotifications server;
        QVERIFY2(server.registerOnBus(), "no session bus: run under tests/support/with-keyring.sh");
        QProcess *watch =
            startWatch(db, {QStringLiteral("--for"), QStringLiteral("60"), QStringLiteral("--notify")});
        QString err, out;
        QVERIFY2(watching(watch, &err), qPrintable(err));

        QVERIFY2(them->team().assign(one, me->person(), std::nullopt, &error), qPrintable(error.message));
        QStringList got = lines(watch, &out, 1);
        QCOMPARE(got.size(), 1);
        const QString day = QStringLiteral("2026-12-07\t") + QString::number(digest) + QLatin1Char('\t');
        QCOMPARE(got.at(0), day + QStringLiteral("1\tassignee\t") + them->person() +
                                QStringLiteral("\t2612.00001\t稀疏专家"));

        // My own assignment is not news; the review asked of me next is.
        QVERIFY(me->team().assign(two, me->person(), std::nullopt, &error));
        QVERIFY(them->team().assign(two, std::nullopt, me->person(), &error));
        got = lines(watch, &out, 2);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(1),
                 day + QStringLiteral("2\treviewer\t") + them->person() + QStringLiteral("\t2612.00002\t雾"));

        QTRY_COMPARE_WITH_TIMEOUT(server.shown.size(), 2, 10000);
        server.unregisterFromBus();
        QCOMPARE(server.shown.at(0).app, QStringLiteral("Digest Studio"));
        QCOMPARE(server.shown.at(0).body, QStringLiteral("王芳 assigned you paper 1 (2026-12-07): 稀疏专家"));
        QCOMPARE(server.shown.at(1).body,
                 QStringLiteral("王芳 asked you to review paper 2 (2026-12-07): 雾"));
        QVERIFY2(!err.contains(QStringLiteral("not shown")), qPrintable(err));
        err += QString::fromUtf8(watch->readAllStandardError());
        QVERIFY2(!err.contains(QStringLiteral("not shown")), qPrintable(err));
        watch->terminate();
        QVERIFY(watch->waitForFinished(10000));
    }

    void jsonLinesAndTheEndOfTheWatch()
    {
        const QString db = m_scratch.create(QStringLiteral("postgresql"));
        QVERIFY2(!db.isEmpty(), qPrintable(ScratchLibraries::noServer()));
        OPEN_LIBRARY(me, db);
        OPEN_LIBRARY(them, m_scratch.loginAs(db, QStringLiteral("li"), true));
        const qint64 digest = them->createDigest(QDate(2026, 12, 8));
        const qint64 one = them->appendEntry(digest, makeEntry(QStringLiteral("2612.00003"),
                                                               QStringLiteral("Rain"), QString()))
                               .id();
        QProcess *watch =
            startWatch(db, {QStringLiteral("--for"), QStringLiteral("3"), QStringLiteral("--json")});
        QString err, out;
        QVERIFY2(watching(watch, &err), qPrintable(err));
        LibraryError error;
        QVERIFY(them->team().assign(one, std::nullopt, me->person(), &error));
        const QStringList got = lines(watch, &out, 1);
        QCOMPARE(got.size(), 1);
        const QJsonObject line = QJsonDocument::fromJson(got.at(0).toUtf8()).object();
        QCOMPARE(line.value(QStringLiteral("position")).toInt(), 1);
        QCOMPARE(line.value(QStringLiteral("as")).toString(), QStringLiteral("reviewer"));
        QCOMPARE(line.value(QStringLiteral("by")).toString(), them->person());
        QCOMPARE(line.value(QStringLiteral("by_name")).toString(), them->person()); // no display name set
        QCOMPARE(line.value(QStringLiteral("short_title")).toString(), QStringLiteral("Rain"));
        QCOMPARE(line.value(QStringLiteral("date")).toString(), QStringLiteral("2026-12-08"));
        // --for 3: it ends by itself, with success.
        QVERIFY(watch->waitForFinished(15000));
        QCOMPARE(watch->exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch->exitCode(), 0);
    }

    void forAndNotifyGoWithWatch()
    {
        const QString db = m_scratch.create(QStringLiteral("sqlite"));
        const QStringList base{QStringLiteral("--db"), db, QStringLiteral("mine")};
        CtlRun run = runCtl(base + QStringList{QStringLiteral("--notify")});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--for and --notify go with --watch")), qPrintable(run.err));
        for (const QString &bad : {QStringLiteral("0"), QStringLiteral("ten"), QStringLiteral("86401")}) {
            run = runCtl(base + QStringList{QStringLiteral("--watch"), QStringLiteral("--for"), bad});
            QCOMPARE(run.status, 2);
            QVERIFY2(run.err.contains(QStringLiteral("is not a number of seconds")), qPrintable(run.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestMineWatch)
#include "tst_minewatch.moc"
