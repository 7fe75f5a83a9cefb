// digestctl prepare (the morning run) against a loopback rss.arxiv.org (the recorded-shape listings of
// tests/fixtures/arxiv) and a fake drafting server, on both backends: a run, a second run that changes
// nothing, a person's edit kept, a dropped or "not for us" paper never proposed again, a weekend, and two
// runs at once (the real program twice); and the refusal of export while proposals are undecided.
#include "draftingserver.h"
#include "inprocessctl.h"
#include "loopbackhttpserver.h"
#include "scratchlibraries.h"
#include "storage/library.h"
#include "storage/runlocks.h"
#include "synthetichistory.h"
#include "testsupport.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

// A notification server on the test's private session bus (tests/support/with-keyring.sh starts one), as
// the Desktop Notifications Specification describes org.freedesktop.Notifications.Notify.
class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString app, summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QVector<Shown> shown;
    // What the person does with a notification 100 ms after it is shown: "default" clicks it, "close"
    // dismisses it, empty: nothing (the server's signals, as the specification names them).
    QString then;

public Q_SLOTS:
    uint Notify(const QString &app, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int)
    {
        shown.append({app, summary, body, actions, hints});
        const uint id = static_cast<uint>(shown.size()) + 40;
        if (!then.isEmpty())
            QTimer::singleShot(100, this, [id, then = then] {
                const QString path = QStringLiteral("/org/freedesktop/Notifications");
                const QString interface = QStringLiteral("org.freedesktop.Notifications");
                QDBusMessage signal =
                    then == QLatin1String("close")
                        ? QDBusMessage::createSignal(path, interface, QStringLiteral("NotificationClosed"))
                              << id << 2U
                        : QDBusMessage::createSignal(path, interface, QStringLiteral("ActionInvoked"))
                              << id << then;
                QDBusConnection::sessionBus().send(signal);
            });
        return id;
    }
};

namespace {

const QString sparse = QStringLiteral("2611.10001");
const QString fog = QStringLiteral("2611.10002");
// The drafts the fake model sends for the two new papers of listing-rss.xml, written by hand.
const QStringList sparseDraft{QStringLiteral("大规模稀疏专家混合"), QStringLiteral("稀疏专家混合"),
                              QStringLiteral("本文研究大规模的稀疏专家混合模型。")};
const QStringList fogDraft{QStringLiteral("透过雾与雨的感知"), QStringLiteral("雾中感知"),
                           QStringLiteral("本文研究恶劣天气下的鲁棒感知。")};

QJsonObject object(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QStringList ids(const QJsonArray &array, const QString &key = QStringLiteral("arxiv_id"))
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.isObject() ? v.toObject().value(key).toString() : v.toString());
    return out;
}

} // namespace

class TestPrepareCommands final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Server *m_server = nullptr;
    Test::DraftingServer *m_model = nullptr;
    Test::ScratchLibraries *m_libraries = nullptr;
    QString m_db;

    QStringList common() const
    {
        return {QStringLiteral("--db"),
                m_db,
                QStringLiteral("--arxiv-listing-url"),
                m_server->url(QStringLiteral("/rss/")).toString(),
                QStringLiteral("--arxiv-interval-ms"),
                QStringLiteral("10"),
                QStringLiteral("--llm-url"),
                m_server->url(QStringLiteral("/v1")).toString(),
                QStringLiteral("--llm-model"),
                QStringLiteral("deepseek-chat"),
                QStringLiteral("--arxiv-site"),
                m_server->url().toString()};
    }

    Test::CtlRun ctl(const QStringList &command) { return Test::runCtl(common() + command); }

    Test::CtlRun prepare(const QStringList &more = {})
    {
        return ctl(QStringList{QStringLiteral("prepare"), QStringLiteral("--categories"),
                               QStringLiteral("cs.LG,cs.CV"), QStringLiteral("--json")} +
                   more);
    }

    void serveListing(const QString &fixture)
    {
        m_server->route(QStringLiteral("/rss/cs.LG+cs.CV"),
                        Server::ok(Test::fixture(QStringLiteral("arxiv/") + fixture), "application/rss+xml"));
    }

    // The papers themselves (tests/fixtures/fulltext): the first with an arXiv-like page and four figures,
    // the second without a page (404), its IEEEtran PDF instead.
    void servePapers()
    {
        const auto fulltext = [](const QString &path) {
            return Test::fixture(QStringLiteral("fulltext/") + path);
        };
        m_server->route(
            QStringLiteral("/html/") + sparse,
            Server::ok(fulltext(QStringLiteral("arxiv/figures/figures.html")), "text/html; charset=utf-8"));
        for (const char *name : {"loss", "left", "right", "arch"})
            m_server->route(
                QStringLiteral("/html/2601.00002v2/%1.png").arg(QLatin1String(name)),
                Server::ok(fulltext(QStringLiteral("arxiv/figures/%1.png").arg(QLatin1String(name))),
                           "image/png"));
        m_server->route(QStringLiteral("/html/") + fog, Server::status(404, "No HTML", "text/html"));
        m_server->route(QStringLiteral("/pdf/") + fog,
                        Server::ok(fulltext(QStringLiteral("pdf/ieeetran.pdf")), "application/pdf"));
    }

    QJsonArray entries()
    {
        const Test::CtlRun show =
            ctl({QStringLiteral("show"), QStringLiteral("2026-11-26"), QStringLiteral("--json")});
        return object(show.out).value(QStringLiteral("entries")).toArray();
    }

    QJsonObject entry(const QString &arxivId)
    {
        for (const QJsonValue &v : entries()) {
            if (v.toObject().value(QStringLiteral("arxiv_id")).toString() == arxivId)
                return v.toObject();
        }
        return {};
    }

    // The real program, its event loop apart from this one's (which serves the loopback servers).
    QProcess *startCtl(const QStringList &command)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = Test::cleanEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        // The app a click opens: a stand-in on the PATH that writes down the library it was given.
        env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("bin")) + QLatin1Char(':') +
                                               env.value(QStringLiteral("PATH")));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(DIGESTCTL_PATH), common() + command);
        return process;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(Test::useScratchSettings(m_dir.path()), qPrintable(QSettings().fileName()));
        qRegisterMetaType<QProcess::ExitStatus>();
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_libraries = new Test::ScratchLibraries;
        m_db = m_libraries->create(backend);
        if (m_db.isEmpty())
            QFAIL(qPrintable(Test::ScratchLibraries::noServer()));
        m_server = new Server(this);
        QVERIFY(m_server->listen());
        m_model = new Test::DraftingServer(m_server);
        m_model->answer(QStringLiteral("Sparse Mixtures of Experts at Scale"), sparseDraft);
        m_model->answer(QStringLiteral("Seeing Through Fog (and Rain)"), fogDraft);
        serveListing(QStringLiteral("listing-rss.xml"));
        servePapers();
        // A history of earlier days for the ranker to learn from.
        Test::SyntheticHistory::Options options;
        options.days = 6;
        options.papersPerDay = 40;
        auto library = Library::open(m_db);
        QVERIFY(library);
        QVERIFY(library->importHistory(Test::SyntheticHistory(options).history()));
    }

    void cleanup()
    {
        delete m_model;
        m_model = nullptr;
        delete m_server;
        m_server = nullptr;
        delete m_libraries;
        m_libraries = nullptr;
    }

    void aRunProposesAndDraftsTheDaysBestPapers()
    {
        const Test::CtlRun run = prepare();
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QJsonObject report = object(run.out);
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("prepared"));
        QCOMPARE(report.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-26"));
        QVERIFY(report.value(QStringLiteral("digest_created")).toBool());
        // The new submissions only: the cross-list and the replacements are not today's papers.
        QStringList proposed = ids(report.value(QStringLiteral("proposed")).toArray());
        proposed.sort();
        QCOMPARE(proposed, (QStringList{sparse, fog}));
        QStringList drafted = ids(report.value(QStringLiteral("drafted")).toArray());
        drafted.sort();
        QCOMPARE(drafted, (QStringList{sparse, fog}));
        QVERIFY(report.value(QStringLiteral("failed")).toArray().isEmpty());
        QStringList filled = ids(report.value(QStringLiteral("filled")).toArray());
        filled.sort();
        QCOMPARE(filled, (QStringList{sparse, fog}));

        const QJsonObject first = entry(sparse);
        QVERIFY(first.value(QStringLiteral("proposed")).toBool());
        const double score = first.value(QStringLiteral("score")).toDouble();
        QVERIFY(score >= 0 && score <= 100);
        QVERIFY(first.value(QStringLiteral("reasons")).isArray());
        QCOMPARE(first.value(QStringLiteral("zh_title")).toString(), sparseDraft.at(0));
        QCOMPARE(first.value(QStringLiteral("zh_summary")).toString(), sparseDraft.at(2));
        // The workflow status is apart from the proposal: drafted, waiting for review.
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("translated"));
        QCOMPARE(first.value(QStringLiteral("drafted_by")).toString(), QStringLiteral("deepseek-chat"));
        QCOMPARE(first.value(QStringLiteral("authors_line")).toString(),
                 QStringLiteral("A Lee, B Chen, C Dunn"));
        QCOMPARE(entry(fog).value(QStringLiteral("zh_title")).toString(), fogDraft.at(0));
        // Filled from the papers, empty lines only: both lines came with the listing (its dc:creator names
        // the institutions) and stay, whatever the papers say (the second's PDF names ETH Zürich, its source
        // tests/fixtures/fulltext/src/ieeetran); each entry gets its paper's first figure (the page's
        // Figure 1; the PDF's first page).
        QCOMPARE(first.value(QStringLiteral("affiliations")).toString(),
                 QStringLiteral("University of California, Berkeley & Tsinghua University"));
        const QJsonArray figures = first.value(QStringLiteral("figures")).toArray();
        QCOMPARE(figures.size(), 1);
        QVERIFY(figures.at(0)
                    .toObject()
                    .value(QStringLiteral("caption"))
                    .toString()
                    .startsWith(QStringLiteral("Figure 1: Training loss")));
        const QString fogLine = entry(fog).value(QStringLiteral("affiliations")).toString();
        QVERIFY2(fogLine.startsWith(QStringLiteral("Max Planck Institute for Intelligent Systems")) &&
                     !fogLine.contains(QStringLiteral("ETH")),
                 qPrintable(fogLine));
        QCOMPARE(entry(fog).value(QStringLiteral("figures")).toArray().size(), 1);
    }

    // A paper with neither page nor PDF: a failure of the fill step with its reason, in the report; the
    // paper is still proposed and drafted, without a figure.
    void aPaperThatCannotBeReadIsAFailureWithItsReason()
    {
        m_server->handle(QStringLiteral("/pdf/") + fog,
                         [](const Server::Request &) { return Server::status(404, "No PDF", "text/html"); });
        const Test::CtlRun run = prepare();
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QJsonObject report = object(run.out);
        QCOMPARE(ids(report.value(QStringLiteral("filled")).toArray()), QStringList{sparse});
        const QJsonArray failed = report.value(QStringLiteral("failed")).toArray();
        QCOMPARE(failed.size(), 1);
        const QJsonObject failure = failed.at(0).toObject();
        QCOMPARE(failure.value(QStringLiteral("arxiv_id")).toString(), fog);
        QCOMPARE(failure.value(QStringLiteral("step")).toString(), QStringLiteral("fill"));
        QVERIFY2(failure.value(QStringLiteral("reason")).toString().contains(QStringLiteral("404")),
                 qPrintable(failure.value(QStringLiteral("reason")).toString()));
        QCOMPARE(entry(fog).value(QStringLiteral("zh_title")).toString(), fogDraft.at(0));
        QCOMPARE(entry(fog).value(QStringLiteral("figures")).toArray().size(), 0);
    }

    void exportAndCheckRefuseUndecidedProposals()
    {
        QCOMPARE(prepare({QStringLiteral("--no-draft")}).status, 0);
        const QString post = m_dir.filePath(QStringLiteral("post.md"));
        QFile::remove(post);
        const Test::CtlRun refused =
            ctl({QStringLiteral("export"), QStringLiteral("2026-11-26"), QStringLiteral("--format"),
                 QStringLiteral("markdown"), QStringLiteral("--output"), post});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("proposals are not decided yet")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("--include-proposed")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(post));
        const Test::CtlRun check =
            ctl({QStringLiteral("check"), QStringLiteral("2026-11-26"), QStringLiteral("--json")});
        QCOMPARE(check.status, 1); // errors found
        QCOMPARE(ids(QJsonDocument::fromJson(check.out.toUtf8()).array(), QStringLiteral("rule"))
                     .count(QStringLiteral("proposed-entry")),
                 2);
        const Test::CtlRun forced =
            ctl({QStringLiteral("export"), QStringLiteral("2026-11-26"), QStringLiteral("--format"),
                 QStringLiteral("markdown"), QStringLiteral("--output"), post,
                 QStringLiteral("--include-proposed")});
        QVERIFY2(forced.status == 0, qPrintable(forced.err));
        QVERIFY(QFile::exists(post));
    }

    void aSecondRunChangesNothing()
    {
        QCOMPARE(prepare().status, 0);
        const QJsonArray before = entries();
        const int asked = static_cast<int>(m_model->titlesAsked().size());
        const Test::CtlRun again = prepare();
        QVERIFY2(again.status == 0, qPrintable(again.err));
        const QJsonObject report = object(again.out);
        QVERIFY(!report.value(QStringLiteral("digest_created")).toBool());
        QVERIFY(report.value(QStringLiteral("proposed")).toArray().isEmpty());
        QVERIFY(report.value(QStringLiteral("drafted")).toArray().isEmpty());
        QCOMPARE(entries(), before);
        QCOMPARE(m_model->titlesAsked().size(), asked); // nothing was sent to the model again
    }

    void aPersonsEditIsKept()
    {
        QCOMPARE(prepare({QStringLiteral("--no-draft")}).status, 0);
        const int position = entry(sparse).value(QStringLiteral("position")).toInt();
        const QString mine = QStringLiteral("人写的标题");
        QCOMPARE(ctl({QStringLiteral("set"), QStringLiteral("2026-11-26"), QString::number(position),
                      QStringLiteral("zh_title"), mine})
                     .status,
                 0);
        const Test::CtlRun run = prepare();
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QJsonObject kept = entry(sparse);
        QCOMPARE(kept.value(QStringLiteral("zh_title")).toString(), mine);
        // The empty fields are drafted; the person's title is not replaced.
        QCOMPARE(kept.value(QStringLiteral("zh_summary")).toString(), sparseDraft.at(2));
        QCOMPARE(entry(fog).value(QStringLiteral("zh_title")).toString(), fogDraft.at(0));
    }

    void aDroppedPaperIsNotProposedAgain()
    {
        {
            auto library = Library::open(m_db);
            QVERIFY(library);
            QVERIFY(library->setNotForUs(fog, true)); // marked "not for us" before the run
        }
        const Test::CtlRun run = prepare({QStringLiteral("--no-draft")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(ids(object(run.out).value(QStringLiteral("proposed")).toArray()), QStringList{sparse});
        // The editor drops (removes) the one proposal; the next run does not bring it back.
        QCOMPARE(ctl({QStringLiteral("remove"), QStringLiteral("2026-11-26"), QStringLiteral("1")}).status,
                 0);
        const Test::CtlRun again = prepare({QStringLiteral("--no-draft")});
        QVERIFY2(again.status == 0, qPrintable(again.err));
        QVERIFY(object(again.out).value(QStringLiteral("proposed")).toArray().isEmpty());
        QVERIFY(entries().isEmpty());
    }

    void aWeekendIsANotice()
    {
        m_server->clearRoutes();
        serveListing(QStringLiteral("listing-weekend-empty.xml"));
        const Test::CtlRun run = prepare();
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(object(run.out).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("no-announcement"));
        QVERIFY2(!run.err.isEmpty(), "the notice says why nothing was prepared");
        const Test::CtlRun list = ctl({QStringLiteral("list")});
        QCOMPARE(list.out.trimmed(), QString()); // no digest was made
    }

    void aSecondRunWaitsThenRefuses()
    {
        // Another run holds the library's lock (as a run under way in another process does).
        auto other = Library::open(m_db);
        QVERIFY(other);
        RunLocks::Holder holder;
        QVERIFY(other->runLocks().tryTake(QStringLiteral("prepare"), 3600, &holder, nullptr));
        QElapsedTimer waited;
        waited.start();
        const Test::CtlRun busy = prepare({QStringLiteral("--wait"), QStringLiteral("1")});
        QCOMPARE(busy.status, 1);
        QVERIFY(waited.elapsed() >= 1000);
        QVERIFY2(busy.err.contains(QStringLiteral("another morning run is under way")), qPrintable(busy.err));
        QCOMPARE(ctl({QStringLiteral("list")}).out.trimmed(), QString()); // it changed nothing
        QVERIFY(other->runLocks().release(QStringLiteral("prepare"), nullptr));
        QCOMPARE(prepare({QStringLiteral("--wait"), QStringLiteral("1")}).status, 0);
    }

    void theEndOfARunIsSaidOnTheDesktop()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "no session bus: run under tests/support/with-keyring.sh");
        FakeNotifications server;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("bin")));
        const QString app = m_dir.filePath(QStringLiteral("bin/digest-studio"));
        const QString opened = m_dir.filePath(QStringLiteral("opened"));
        QFile::remove(opened);
        {
            QFile script(app);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\nprintf '%s' \"$DIGEST_DB\" > \"" + opened.toUtf8() + "\"\n");
            script.close();
            QVERIFY(script.setPermissions(script.permissions() | QFile::ExeOwner));
        }
        server.then = QStringLiteral("default");
        QProcess *run = startCtl({QStringLiteral("prepare"), QStringLiteral("--categories"),
                                  QStringLiteral("cs.LG,cs.CV"), QStringLiteral("--notify")});
        QSignalSpy done(run, &QProcess::finished);
        QVERIFY(done.wait(60000));
        // The click opened the app on this library.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(opened), 10000);
        QFile written(opened);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), m_db);
        written.close();
        // Dismissed, it opens nothing, and the run ends at once.
        QFile::remove(opened);
        server.then = QStringLiteral("close");
        QProcess *dismissed = startCtl({QStringLiteral("prepare"), QStringLiteral("--categories"),
                                        QStringLiteral("cs.LG,cs.CV"), QStringLiteral("--notify")});
        QSignalSpy dismissedDone(dismissed, &QProcess::finished);
        QVERIFY(dismissedDone.wait(60000));
        QCOMPARE(dismissed->exitCode(), 0);
        QVERIFY(!QFileInfo::exists(opened));
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QVERIFY2(run->exitCode() == 0, run->readAllStandardError().constData());
        QCOMPARE(server.shown.size(), 2);
        const FakeNotifications::Shown &shown = server.shown.first();
        QCOMPARE(shown.app, QStringLiteral("Digest Studio"));
        QVERIFY2(shown.body.startsWith(QStringLiteral("Today's digest was prepared at ")) &&
                     shown.body.endsWith(QStringLiteral(": 2 proposed, 2 drafted, 0 failed")),
                 qPrintable(shown.body));
        QVERIFY(shown.actions.contains(QStringLiteral("default")));
        QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("digest-studio"));
        // Nobody listening: said, and the run still succeeds.
        const Test::CtlRun quiet = prepare({QStringLiteral("--notify")});
        QCOMPARE(quiet.status, 0);
        QVERIFY2(quiet.err.contains(QStringLiteral("notification was not shown")), qPrintable(quiet.err));
    }

    // The timer in the scratch ~/.config/systemd/user; no user manager is reachable in the test's session,
    // so the crontab line is printed.
    void scheduleWritesAndRemovesTheTimer()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            return; // the schedule does not depend on the backend
        const QString timer = m_dir.filePath(QStringLiteral("systemd/user/digest-studio-prepare.timer"));
        QCOMPARE(ctl({QStringLiteral("schedule"), QStringLiteral("enable"), QStringLiteral("--at"),
                      QStringLiteral("25:00")})
                     .status,
                 2);
        const Test::CtlRun enable = ctl({QStringLiteral("schedule"), QStringLiteral("enable"),
                                         QStringLiteral("--at"), QStringLiteral("07:15")});
        QVERIFY2(enable.status == 0, qPrintable(enable.err));
        QVERIFY2(enable.out.contains(QStringLiteral("15 7 * * * ")), qPrintable(enable.out));
        QFile file(timer);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray unit = file.readAll();
        QVERIFY(unit.contains("\nOnCalendar=*-*-* 07:15:00\n") && unit.contains("\nPersistent=true\n"));
        file.close();
        // The library named by --db goes into the service.
        QFile service(m_dir.filePath(QStringLiteral("systemd/user/digest-studio-prepare.service")));
        QVERIFY(service.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(service.readAll())
                    .contains(QStringLiteral("--db ") + m_db + QStringLiteral(" prepare --notify")));
        const QJsonObject status =
            object(ctl({QStringLiteral("schedule"), QStringLiteral("status"), QStringLiteral("--json")}).out);
        QVERIFY(status.value(QStringLiteral("scheduled")).toBool());
        QCOMPARE(status.value(QStringLiteral("at")).toString(), QStringLiteral("07:15"));
        QCOMPARE(ctl({QStringLiteral("schedule"), QStringLiteral("disable")}).status, 0);
        QVERIFY(!QFile::exists(timer));
        QVERIFY(
            !object(ctl({QStringLiteral("schedule"), QStringLiteral("status"), QStringLiteral("--json")}).out)
                 .value(QStringLiteral("scheduled"))
                 .toBool());
    }

    void twoProgramsAtOnceOneWaitsTheOtherRefuses()
    {
        // Slow drafts keep the first run inside its lock.
        m_model->answer(QStringLiteral("Sparse Mixtures of Experts at Scale"), sparseDraft, 4000);
        m_model->answer(QStringLiteral("Seeing Through Fog (and Rain)"), fogDraft, 4000);
        const QStringList command{QStringLiteral("prepare"), QStringLiteral("--categories"),
                                  QStringLiteral("cs.LG,cs.CV")};
        QProcess *first = startCtl(command);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->titlesAsked().isEmpty(), 30000);
        QProcess *refused = startCtl(command + QStringList{QStringLiteral("--wait"), QStringLiteral("0")});
        QSignalSpy refusedDone(refused, &QProcess::finished);
        QVERIFY(refusedDone.wait(30000));
        QCOMPARE(refused->exitCode(), 1);
        QVERIFY(QString::fromUtf8(refused->readAllStandardError()).contains(QStringLiteral("under way")));
        QProcess *waiting = startCtl(command + QStringList{QStringLiteral("--wait"), QStringLiteral("60")});
        QSignalSpy firstDone(first, &QProcess::finished);
        QSignalSpy waitingDone(waiting, &QProcess::finished);
        QVERIFY(firstDone.count() > 0 || firstDone.wait(60000));
        QVERIFY(waitingDone.count() > 0 || waitingDone.wait(60000));
        QVERIFY2(first->exitCode() == 0, first->readAllStandardError().constData());
        QVERIFY2(waiting->exitCode() == 0, waiting->readAllStandardError().constData());
        // The waiting run came after the first and found nothing left to do.
        QCOMPARE(entries().size(), 2);
        QCOMPARE(m_model->titlesAsked().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPrepareCommands)
#include "tst_preparecommands.moc"
