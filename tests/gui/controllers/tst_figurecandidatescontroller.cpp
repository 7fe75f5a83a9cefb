// FigureCandidatesController: Read the Paper (clicked) lists the paper's figures that have an image, from a
// loopback arXiv serving tests/fixtures/fulltext (figures.html: four figures, the fourth without an image
// file; expected labels and captions from its source, tests/fixtures/fulltext/expected.json); only the
// thumbnails in view are fetched, the others when scrolled to; Attach (clicked) puts the chosen figure on the
// entry as one undo step, fetching it first when it was not in view; a PDF-only paper offers its first page;
// a paper arXiv does not have says so in words.
#include "app/translations.h"
#include "common/guiresources.h"
#include "common/windowstatusbar.h"
#include "controllers/figurecandidatescontroller.h"
#include "docks/figurecandidatespanel.h"
#include "document/digestdocument.h"
#include "document/entryfigures.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "loopbackhttpserver.h"
#include "paperwindow.h"
#include "services/launchconfig.h"
#include "services/settingskeys.h"
#include "storage/library.h"
#include "testsupport.h"
#include "util/requestscheduler.h"

#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

using namespace DigestStudio;
using Server = DigestStudio::Test::LoopbackHttpServer;

namespace {

QByteArray fulltext(const QString &path)
{
    return Test::fixture(QStringLiteral("fulltext/") + path);
}

// A window with the Paper Figures dock on a library holding one digest of the given papers.
struct Window : Test::PaperWindow
{
    FigureCandidatesController *controller = nullptr;

    explicit Window(const QStringList &ids)
        : PaperWindow(QStringLiteral("candidates.sqlite"))
    {
        serve();
        controller =
            new FigureCandidatesController(workspace, editor, statusBar, &scheduler, config, &widget);
        // The strip shows one candidate at a time: the others are out of view.
        panel()->setFixedSize(FigureCandidatesPanel::ThumbnailWidth + 60,
                              FigureCandidatesPanel::ThumbnailHeight + 110);
        open(ids, {}, panel());
    }

    void serve()
    {
        server.route(QStringLiteral("/html/2601.00002"),
                     Server::ok(fulltext(QStringLiteral("arxiv/figures/figures.html")), "text/html"));
        for (const char *name : {"loss", "left", "right", "arch"})
            server.route(QStringLiteral("/html/2601.00002v2/%1.png").arg(QLatin1String(name)),
                         Server::ok(fulltext(QStringLiteral("arxiv/figures/%1.png").arg(QLatin1String(name))),
                                    "image/png"));
        server.route(QStringLiteral("/pdf/2601.00003"),
                     Server::ok(fulltext(QStringLiteral("pdf/ieeetran.pdf")), "application/pdf"));
    }

    FigureCandidatesPanel *panel() const { return controller->panel(); }
    QListWidget *list() const { return panel()->findChild<QListWidget *>(QStringLiteral("candidatesList")); }
    QPushButton *button(const char *name) const
    {
        return panel()->findChild<QPushButton *>(QLatin1String(name));
    }
    // The file names of the images the server was asked for, in order.
    QStringList imagesAsked() const
    {
        QStringList paths;
        for (const Server::Request &request : server.requests()) {
            if (request.path.endsWith(QLatin1String(".png")))
                paths.append(request.path.section(QLatin1Char('/'), -1));
        }
        return paths;
    }
    void click(QListWidgetItem *item) const
    {
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualItemRect(item).center());
    }
};

} // namespace

class TestFigureCandidatesController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        GuiResources::init();
        Translations::install(qApp, QStringLiteral("en")); // the English plural forms
        QSettings().clear();
    }

    void readsTheFiguresAndFetchesOnlyTheThumbnailsInView()
    {
        Window window({QStringLiteral("2601.00002")});
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        QCOMPARE(window.server.requestCount(), 0); // nothing is read unasked
        QTest::mouseClick(window.button("readPaperButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.list()->count(), 3, 10000);
        // Under the thumbnail, the label and the caption's first 60 characters.
        QCOMPARE(
            window.list()->item(0)->text(),
            QStringLiteral("Figure 1: Training loss for $\\alpha=0.1$ and $\\beta\\in\\{1,2\\}$; lower …"));
        QCOMPARE(window.list()->item(2)->text(),
                 QStringLiteral("Figure 3: The architecture: encoder & decoder, with “gates”."));
        // The caption, plain text in a tooltip that would read markup: escaped.
        QCOMPARE(window.list()->item(2)->toolTip(),
                 QStringLiteral("<p>The architecture: encoder &amp; decoder, with “gates”.</p>"));
        QVERIFY2(window.panel()->message().contains(QStringLiteral("3 candidates from the paper's HTML")),
                 qPrintable(window.panel()->message()));
        // Only what is in view was fetched: the first figure.
        QCOMPARE(window.panel()->visibleCandidates(), QList<int>{0});
        QTRY_COMPARE(window.imagesAsked(), QStringList{QStringLiteral("loss.png")});
        QTRY_VERIFY(!window.list()->item(0)->icon().pixmap(32, 32).isNull());

        // Scrolled to the end with the keyboard: the last one comes in; the one scrolled past may too.
        window.list()->setFocus();
        QTest::keyClick(window.list(), Qt::Key_End);
        QTRY_VERIFY(window.imagesAsked().contains(QStringLiteral("arch.png")));
        QVERIFY(
            !window.imagesAsked().contains(QStringLiteral("right.png"))); // a figure shows its first image
        QCOMPARE(window.figures(0), 0);
    }

    void attachIsOneUndoStep()
    {
        Window window({QStringLiteral("2601.00002")});
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        QTest::mouseClick(window.button("readPaperButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.list()->count(), 3, 10000);
        // Figure 3 was not in view: Attach fetches it, then puts it on the entry.
        window.list()->scrollToItem(window.list()->item(2));
        window.click(window.list()->item(2));
        QCOMPARE(window.panel()->currentCandidate(), 2);
        QTest::mouseClick(window.button("attachFigureButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.figures(0), 1, 10000);
        const EntryImage attached = window.workspace->figures()->images(0).first();
        QCOMPARE(attached.data, fulltext(QStringLiteral("arxiv/figures/arch.png")));
        QVERIFY2(window.statusBar->currentMessage().contains(QStringLiteral("Figure 3 attached")),
                 qPrintable(window.statusBar->currentMessage()));
        window.workspace->document()->undoStack()->undo();
        QCOMPARE(window.figures(0), 0);
        window.workspace->document()->undoStack()->redo();
        QCOMPARE(window.figures(0), 1);
    }

    void aPdfOnlyPaperOffersItsFirstPage()
    {
        Window window({QStringLiteral("2601.00003")});
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        QTest::mouseClick(window.button("readPaperButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.list()->count(), 1, 20000);
        QCOMPARE(window.list()->item(0)->text(), QStringLiteral("First page"));
        QVERIFY(window.panel()->message().contains(QStringLiteral("PDF")));
        window.click(window.list()->item(0));
        QTest::mouseClick(window.button("attachFigureButton"), Qt::LeftButton);
        QTRY_COMPARE(window.figures(0), 1);
        QCOMPARE(window.workspace->figures()->images(0).first().mimeType, QStringLiteral("image/png"));
    }

    void aPaperArxivDoesNotHaveIsSaidInWords()
    {
        Window window({QStringLiteral("2601.09999"), QString()});
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        QTest::mouseClick(window.button("readPaperButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.panel()->message().contains(QStringLiteral("could not be read")),
                                 10000);
        QCOMPARE(window.list()->count(), 0);
        // An entry without an arXiv id: nothing to read.
        window.editor->setCurrentEntry(1);
        QVERIFY(!window.button("readPaperButton")->isEnabled());
        QVERIFY(window.panel()->message().contains(QStringLiteral("no arXiv id")));
    }
};

QTEST_MAIN(TestFigureCandidatesController)
#include "tst_figurecandidatescontroller.moc"
