// FulltextController: Digest ▸ Fill From Papers (its shortcut) fills the empty affiliation lines from the
// papers a loopback arXiv serves (tests/fixtures/fulltext), keeps a line a person typed, puts the first
// figure on the entries, says failures in words, and each change is an undo step; Cancel stops a slow run;
// Refill From Paper replaces the shown entry's line as one undo step.
#include "common/guiresources.h"
#include "common/windowstatusbar.h"
#include "controllers/fulltextcontroller.h"
#include "document/digestdocument.h"
#include "document/entryfigures.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "loopbackhttpserver.h"
#include "paperwindow.h"
#include "services/launchconfig.h"
#include "services/settingskeys.h"
#include "storage/library.h"
#include "testsupport.h"
#include "util/requestscheduler.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

#include <memory>

using namespace DigestStudio;
using Server = DigestStudio::Test::LoopbackHttpServer;

namespace {

QByteArray fulltext(const QString &path)
{
    return Test::fixture(QStringLiteral("fulltext/") + path);
}

// A window with Fill From Papers on a library holding one digest of the given papers.
struct Window : Test::PaperWindow
{
    FulltextController *controller = nullptr;

    explicit Window(const QStringList &ids, const QStringList &lines = {})
        : PaperWindow(QStringLiteral("fulltext.sqlite"))
    {
        controller = new FulltextController(workspace, editor, statusBar, &scheduler, config, &widget);
        open(ids, lines);
    }

    // Presses the action's shortcut in the window and waits for the run's end.
    bool press(QAction *action, int timeoutMs = 30000)
    {
        QSignalSpy finished(controller, &FulltextController::finished);
        const QKeySequence keys = action->shortcut();
        QTest::keySequence(&widget, keys);
        return finished.count() > 0 || finished.wait(timeoutMs);
    }
};

void serve(Server &server)
{
    server.route(QStringLiteral("/html/2601.00001"),
                 Server::ok(fulltext(QStringLiteral("arxiv/authblk/authblk.html")), "text/html"));
    server.route(QStringLiteral("/html/2601.00002"),
                 Server::ok(fulltext(QStringLiteral("arxiv/figures/figures.html")), "text/html"));
    server.route(QStringLiteral("/html/2601.00002v2/loss.png"),
                 Server::ok(fulltext(QStringLiteral("arxiv/figures/loss.png")), "image/png"));
    server.route(QStringLiteral("/pdf/2601.00003"),
                 Server::ok(fulltext(QStringLiteral("pdf/ieeetran.pdf")), "application/pdf"));
}

} // namespace

class TestFulltextController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-fulltext-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void fillFromPapersFillsEmptyLinesAndKeepsAPersonsLine()
    {
        Window window({QStringLiteral("2601.00001"), QStringLiteral("2601.00002"),
                       QStringLiteral("2601.00003"), QStringLiteral("2601.00009")},
                      {QString(), QString(), QStringLiteral("Typed By Hand Lab")});
        serve(window.server);
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        window.workspace->library()->setAffiliationAlias(QStringLiteral("University of Maryland"),
                                                         QStringLiteral("UMD"));
        QVERIFY(window.press(window.controller->fillAction()));
        QCOMPARE(window.line(0), QStringLiteral("UMD & New York University & Google Research"));
        QCOMPARE(window.line(1), QStringLiteral("University of Oxford & Samsung AI Center Cambridge"));
        QCOMPARE(window.line(2), QStringLiteral("Typed By Hand Lab"));
        QCOMPARE(window.line(3), QString());
        QCOMPARE(window.figures(1), 1); // the paper's first figure
        QCOMPARE(window.figures(2), 1); // the PDF-only paper's first page
        const QString said = window.statusBar->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("2 filled, 1 kept")) &&
                     said.contains(QStringLiteral("1 failed")),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("4. 2601.00009: no HTML (404) and no PDF (404)")),
                 qPrintable(said));
        QVERIFY(!window.widget.findChild<QProgressBar *>(QStringLiteral("fulltextProgress"))->isVisible());

        // Every line and figure is an undo step of its own; undoing them all empties the filled lines and
        // takes the figures away, and the person's line stays.
        while (window.line(0) != QString() && window.undo()->canUndo())
            window.undo()->undo();
        QCOMPARE(window.line(0), QString());
        QCOMPARE(window.line(1), QString());
        QCOMPARE(window.figures(1), 0);
        QCOMPARE(window.line(2), QStringLiteral("Typed By Hand Lab"));
    }

    // A paper added to the digest is read in the background: its empty line filled and its first figure put
    // on it, as Fill From Papers does; two added at once are read in one run; a proposal is not read again.
    void anAddedPaperIsReadInTheBackground()
    {
        Window window({QStringLiteral("2601.00003")}, {QStringLiteral("Typed By Hand Lab")});
        serve(window.server);
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        QCOMPARE(window.server.requestCount(), 0); // opening a digest reads nothing
        DigestEntry first;
        first.setArxivId(QStringLiteral("2601.00001"));
        DigestEntry second;
        second.setArxivId(QStringLiteral("2601.00002"));
        DigestEntry proposed;
        proposed.setArxivId(QStringLiteral("2601.00004"));
        proposed.setProposal(0.9, {QStringLiteral("cs.LG")});
        QSignalSpy finished(window.controller, &FulltextController::finished);
        window.workspace->document()->addEntries(1, {first, second, proposed});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(window.line(1),
                 QStringLiteral("University of Maryland & New York University & Google Research"));
        QCOMPARE(window.line(2), QStringLiteral("University of Oxford & Samsung AI Center Cambridge"));
        QCOMPARE(window.figures(2), 1);
        QCOMPARE(window.line(0), QStringLiteral("Typed By Hand Lab")); // not added now: not read
        QCOMPARE(window.line(3), QString());
        for (const auto &request : window.server.requests())
            QVERIFY2(!request.path.contains(QLatin1String("2601.00004")) &&
                         !request.path.contains(QLatin1String("2601.00003")),
                     qPrintable(request.path));
        QVERIFY(!window.widget.findChild<QProgressBar *>(QStringLiteral("fulltextProgress"))->isVisible());
    }

    // A PDF author block the rules cannot split (tests/fixtures/fulltext/src/bare/bare.tex) goes to the model
    // set up for drafting; its line is filled and marked as the model's under the field. A person's typing
    // in the line takes the mark away, and undoing the typing brings it back.
    void aModelReadsABlockTheRulesCannotSplit()
    {
        Window window({QStringLiteral("2601.00007")});
        window.server.route(QStringLiteral("/html/2601.00007"),
                            Server::status(404, "No HTML for '2601.00007'", "text/html"));
        window.server.route(QStringLiteral("/pdf/2601.00007"),
                            Server::ok(fulltext(QStringLiteral("pdf/bare.pdf")), "application/pdf"));
        const QJsonObject message{
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("content"), QStringLiteral("{\"institutions\": [\"Nimbus\", \"Quarkwise\"]}")}};
        const QJsonObject choice{{QStringLiteral("index"), 0},
                                 {QStringLiteral("message"), message},
                                 {QStringLiteral("finish_reason"), QStringLiteral("stop")}};
        const QByteArray answer = QJsonDocument(QJsonObject{{QStringLiteral("choices"), QJsonArray{choice}}})
                                      .toJson(QJsonDocument::Compact);
        window.server.route(QStringLiteral("/v1/chat/completions"), Server::ok(answer, "application/json"));
        const QUrl llm = window.server.url(QStringLiteral("/v1"));
        window.controller->setModelSettings([llm] {
            DraftSettings settings;
            settings.baseUrl = llm;
            settings.model = QStringLiteral("block-reader");
            return settings;
        });
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        auto *mark = window.widget.findChild<QLabel *>(QStringLiteral("affiliationsByMark"));
        QVERIFY(mark);
        QVERIFY(!mark->isVisible());

        QVERIFY(window.press(window.controller->fillAction()));
        QCOMPARE(window.line(0), QStringLiteral("Nimbus & Quarkwise"));
        QCOMPARE(window.workspace->document()->entry(0).affiliationsBy(), QStringLiteral("block-reader"));
        QVERIFY(mark->isVisible());
        QVERIFY2(mark->text().contains(QStringLiteral("block-reader")), qPrintable(mark->text()));
        const qint64 id = window.workspace->document()->entry(0).id();
        DigestEntry stored;
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace->library()->loadEntry(id, &stored) &&
                                     stored.affiliationsBy() == QLatin1String("block-reader"),
                                 10000);

        FieldEdit *edit = window.editor->fieldEdit(DigestEntry::Field::Affiliations);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClicks(edit, QStringLiteral(" AS"));
        QCOMPARE(window.line(0), QStringLiteral("Nimbus & Quarkwise AS"));
        QVERIFY(window.workspace->document()->entry(0).affiliationsBy().isEmpty());
        QVERIFY(!mark->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace->library()->loadEntry(id, &stored) &&
                                     stored.affiliationsBy().isEmpty() &&
                                     stored.affiliations() == QLatin1String("Nimbus & Quarkwise AS"),
                                 10000);
        window.undo()->undo();
        QCOMPARE(window.line(0), QStringLiteral("Nimbus & Quarkwise"));
        QVERIFY(mark->isVisible());
    }

    void refillReplacesTheShownLineAsOneUndoStep()
    {
        Window window({QStringLiteral("2601.00001"), QStringLiteral("2601.00003")},
                      {QStringLiteral("Old Line"), QStringLiteral("Typed By Hand Lab")});
        serve(window.server);
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        window.editor->setCurrentEntry(1);
        const int steps = window.undo()->count();
        QVERIFY(window.press(window.controller->refillAction()));
        QCOMPARE(window.line(1),
                 QStringLiteral("ETH Zürich & The University of Tokyo & NEC Laboratories Europe"));
        QCOMPARE(window.line(0), QStringLiteral("Old Line"));
        QCOMPARE(window.figures(1), 0);
        QCOMPARE(window.undo()->count(), steps + 1);
        window.undo()->undo();
        QCOMPARE(window.line(1), QStringLiteral("Typed By Hand Lab"));
        QCOMPARE(window.server.requestCount(), 2);
    }

    void cancelStopsASlowRun()
    {
        Window window({QStringLiteral("2601.00001"), QStringLiteral("2601.00002")});
        Server::Response slow =
            Server::ok(fulltext(QStringLiteral("arxiv/authblk/authblk.html")), "text/html");
        slow.delayMs = 20000;
        window.server.route(QStringLiteral("/html/2601.00001"), slow);
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        QSignalSpy finished(window.controller, &FulltextController::finished);
        QTest::keySequence(&window.widget, window.controller->fillAction()->shortcut());
        auto *cancel = window.widget.findChild<QToolButton *>(QStringLiteral("cancelFulltext"));
        QTRY_VERIFY(window.server.requestCount() == 1);
        QVERIFY(cancel->isVisible());
        QVERIFY(!window.controller->fillAction()->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.first().first().toString().contains(QStringLiteral("cancelled")),
                 qPrintable(finished.first().first().toString()));
        QCOMPARE(window.line(0), QString());
        QCOMPARE(window.server.requestCount(), 1); // the second paper was never asked for
        QVERIFY(window.controller->fillAction()->isEnabled());
    }

    // A window closed while a paper is read: the main window's request scheduler (its arXiv service was made
    // first) goes before this controller and deletes the reply under way; the controller must not touch it
    // after (it did, and the deferred delete crashed, once adding a paper started a read).
    void closingDuringAReadIsSafe()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response slow =
            Server::ok(fulltext(QStringLiteral("arxiv/authblk/authblk.html")), "text/html");
        slow.delayMs = 20000;
        server.route(QStringLiteral("/html/2601.00001"), slow);
        QTemporaryDir dir;
        QNetworkAccessManager network;
        auto scheduler = std::make_unique<RequestScheduler>(&network);
        auto widget = std::make_unique<QWidget>();
        auto *workspace = new Workspace(dir.filePath(QStringLiteral("closing.sqlite")), widget.get());
        auto *editor = new EntryEditor(widget.get());
        auto *statusBar = new WindowStatusBar(widget.get());
        LaunchConfig config;
        config.set(SettingsKeys::ArxivSiteUrl.name(), server.url().toString());
        auto *controller =
            new FulltextController(workspace, editor, statusBar, scheduler.get(), config, widget.get());
        editor->setDocument(workspace->document());
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2601.00001"));
        workspace->document()->addEntries(0, {entry}); // read in the background
        QTRY_COMPARE(server.requestCount(), 1);
        QVERIFY(controller->isBusy());
        scheduler.reset();
        widget.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestFulltextController)
#include "tst_fulltextcontroller.moc"
