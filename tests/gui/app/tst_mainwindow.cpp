#include "app/mainwindow.h"
#include "arxiv/arxivlane.h"
#include "arxiv/arxivlookupclient.h"
#include "common/guiresources.h"
#include "controllers/exportcontroller.h"
#include "controllers/findingscontroller.h"
#include "controllers/intakecontroller.h"
#include "controllers/reviewcontroller.h"
#include "dialogs/conflictdialog.h"
#include "docks/lookuppanel.h"
#include "docks/previewdock.h"
#include "docks/problemsdock.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "editor/imagestrip.h"
#include "guiinput.h"
#include "loopbackhttpserver.h"
#include "memorypaperstore.h"
#include "model/paper.h"
#include "models/paperfilterproxymodel.h"
#include "models/paperlistmodel.h"
#include "services/arxivservice.h"
#include "services/launchconfig.h"
#include "services/settingskeys.h"
#include "services/suggestionservice.h"
#include "storage/library.h"
#include "testsupport.h"
#include "text/glossary.h"
#include "util/requestscheduler.h"
#include "windowparts.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::typeCommitted;
using Status = DigestEntry::Status;

namespace {

Digest makeDigest(int count)
{
    Digest digest;
    digest.setDate(QDate(2026, 11, 29));
    for (int i = 0; i < count; ++i) {
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2210.1000%1").arg(i));
        entry.setTag(QStringLiteral("LG"));
        entry.setTitle(QStringLiteral("Paper %1").arg(i));
        digest.entries().append(entry);
    }
    return digest;
}

// Ctrl+Z as the user presses it, in the paper list of the (shown, active) window; true when it reached
// Edit ▸ Undo.
bool pressUndo(MainWindow &window)
{
    if (!window.isActiveWindow()) {
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
    }
    Test::paperView(window)->setFocus();
    QSignalSpy triggered(Test::action(window, "undoAction"), &QAction::triggered);
    QTest::keyClick(Test::paperView(window), Qt::Key_Z, Qt::ControlModifier);
    return triggered.count() == 1;
}

std::unique_ptr<Library> openLibrary(const QString &path)
{
    LibraryError error;
    auto library = Library::open(path, &error);
    if (!library)
        qWarning("%s", qPrintable(error.message));
    return library;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A fresh library file for one test.
    QString newLibrary()
    {
        static int n = 0;
        return m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++n));
    }

    // A library holding one digest of `count` papers; returns its path.
    QString libraryWithDigest(int count, qint64 *digestId = nullptr)
    {
        const QString path = newLibrary();
        auto library = openLibrary(path);
        const qint64 id = library->createDigest(QDate(2026, 11, 28));
        const Digest digest = makeDigest(count);
        for (const DigestEntry &entry : digest.entries())
            library->appendEntry(id, entry);
        if (digestId)
            *digestId = id;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void hasTheSixMenus()
    {
        MainWindow window(Test::launchOn(newLibrary()));
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text().remove(QLatin1Char('&')));
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                              QStringLiteral("Digest"), QStringLiteral("Publish"), QStringLiteral("Help")}));
        QVERIFY(!window.windowIcon().isNull());
    }

    void remembersGeometryAcrossSessions()
    {
        // A size of our own, above what the window's docks need at the least (the style's, Qt 5's or 6's).
        QSize size;
        {
            MainWindow window(Test::launchOn(newLibrary()));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            size = window.minimumSizeHint().expandedTo(QSize(1177, 655)) + QSize(23, 17);
            window.resize(size);
            QTRY_COMPARE(window.size(), size);
            window.close();
        }
        QVERIFY(!SettingsKeys::MainWindowGeometry.value().isEmpty());
        MainWindow again(Test::launchOn(newLibrary()));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size);
    }

    void remembersWhereTheDocksAre()
    {
        {
            MainWindow window(Test::launchOn(newLibrary()));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *glossary = window.findChild<QDockWidget *>(QStringLiteral("glossaryDock"));
            QVERIFY(glossary);
            QCOMPARE(window.dockWidgetArea(glossary), Qt::LeftDockWidgetArea);
            window.addDockWidget(Qt::BottomDockWidgetArea, glossary);
            window.close();
        }
        MainWindow again(Test::launchOn(newLibrary()));
        auto *glossary = again.findChild<QDockWidget *>(QStringLiteral("glossaryDock"));
        QCOMPARE(again.dockWidgetArea(glossary), Qt::BottomDockWidgetArea);
        QSettings().clear();
    }

    void statusKeys()
    {
        MainWindow window(Test::launchOn(newLibrary()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDigest(makeDigest(4));
        DigestDocument *doc = Test::document(window);
        QCOMPARE(window.currentEntry(), 0);
        EntryEditor *editor = Test::part<EntryEditor>(window, "EntryEditor");
        FieldEdit *summary = editor->fieldEdit(DigestEntry::Field::ZhSummary);
        summary->setFocus();
        QVERIFY(summary->hasFocus());

        // Ctrl+Return in the text: the entry is translated and the next unfinished one is shown.
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(doc->entry(0).status(), Status::Translated);
        QCOMPARE(window.currentEntry(), 1);
        QCOMPARE(summary->text(), QString());
        QVERIFY(Test::statusBar(window)->countsText().contains(
            QStringLiteral("3 draft, 1 translated, 0 reviewed")));

        // Reviewing: 0 becomes reviewed, skipped from then on.
        window.setCurrentEntry(0);
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(doc->entry(0).status(), Status::Reviewed);
        QCOMPARE(window.currentEntry(), 1);
        doc->setStatus({2}, Status::Reviewed);
        QTest::keyClick(summary, Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(window.currentEntry(), 3);
        QTest::keyClick(summary, Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(window.currentEntry(), 1);
        QTest::keyClick(summary, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.currentEntry(), 3);
        QVERIFY(Test::statusBar(window)->countsText().contains(QStringLiteral("2 left")));

        // Status changes are undo steps; Ctrl+Z in the text takes the last back.
        QSignalSpy undone(Test::action(window, "undoAction"), &QAction::triggered);
        QTest::keyClick(summary, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(undone.count(), 1);
        QCOMPARE(doc->entry(2).status(), Status::Draft);
    }

    void modifiedStateComesFromTheStack()
    {
        MainWindow window(Test::launchOn(newLibrary()));
        window.openDigest(makeDigest(2));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(Test::statusBar(window)->saveStateText(), QStringLiteral("Saved"));
        Test::document(window)->setField(0, DigestEntry::Field::ZhTitle, QStringLiteral("标题"));
        QVERIFY(window.isWindowModified());
        QVERIFY(pressUndo(window));
        QVERIFY(!window.isWindowModified());
    }

    void problemsAndPreviewFollowTheDigest()
    {
        MainWindow window(Test::launchOn(newLibrary()));
        window.openDigest(makeDigest(2));
        Test::part<FindingsController>(window, "findingsController")->checkNow();
        ProblemsDock *problems = Test::part<ProblemsDock>(window, "ProblemsDock");
        // Untranslated papers: errors in the dock, underlines in the editor for the current paper.
        QVERIFY(problems->errorCount() >= 2);
        window.setCurrentEntry(0);
        QVERIFY(!Test::part<EntryEditor>(window, "EntryEditor")->findings().isEmpty());

        Test::document(window)->setField(0, DigestEntry::Field::ZhTitle, QStringLiteral("标题一"));
        Test::document(window)->setField(0, DigestEntry::Field::ZhSummary,
                                         QStringLiteral("摘要,含半角逗号。"));
        QTRY_VERIFY(
            Test::part<PreviewDock>(window, "previewDock")->previewText().contains(QStringLiteral("标题一")));
        QTRY_VERIFY(
            std::any_of(problems->findings().cbegin(), problems->findings().cend(),
                        [](const Finding &f) { return f.rule == QLatin1String("ascii-punctuation"); }));
        Finding fix;
        for (const Finding &f : problems->findings()) {
            if (f.rule == QLatin1String("ascii-punctuation") && f.entry == 0)
                fix = f;
        }
        QVERIFY(fix.hasFix);
        Q_EMIT problems->fixRequested(fix);
        QCOMPARE(Test::document(window)->entry(0).zhSummary(), QStringLiteral("摘要，含半角逗号。"));
        QVERIFY(pressUndo(window));
        QCOMPARE(Test::document(window)->entry(0).zhSummary(), QStringLiteral("摘要,含半角逗号。"));
    }

    // File ▸ Export… writes the post and the suggestions learn from the digest at once (its papers are the
    // day's picks), with the training said in the status bar.
    void anExportRetrainsTheSuggestions()
    {
        MainWindow window(Test::launchOn(libraryWithDigest(2)));
        auto *suggestions = window.findChild<SuggestionService *>();
        QVERIFY(suggestions);
        QTRY_VERIFY(!suggestions->isTraining()); // the training at start
        QSignalSpy trained(suggestions, &SuggestionService::trained);
        QStringList written;
        QString error;
        const QString target = m_dir.filePath(QStringLiteral("post.md"));
        auto *exporter = Test::part<ExportController>(window, "exportController");
        QVERIFY2(exporter->exportTo(QStringLiteral("markdown"), ExportOptions(), target, &written, &error),
                 qPrintable(error));
        QCOMPARE(written, QStringList{target});
        QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 1, 20000);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Suggestions updated."));
    }

    void aLibraryThatCannotBeOpenedIsSaidInADialog()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-library.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("these are notes, not a database\n").repeated(200));
        }
        MainWindow window(Test::launchOn(path));
        window.show();
        QVERIFY(!Test::workspace(window)->library());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("libraryErrorBox"))) != nullptr);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->informativeText().contains(path), qPrintable(box->informativeText()));
        QVERIFY(!Test::action(window, "newDigestAction")->isEnabled());
        box->accept();
    }

    void deleteRemovesTheSelectedPapersOnlyFromTheList()
    {
        MainWindow window(Test::launchOn(newLibrary()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDigest(makeDigest(4));
        QTreeView *view = Test::paperView(window);
        view->setFocus();
        view->selectionModel()->select(QItemSelection(view->model()->index(1, 0), view->model()->index(2, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *review = Test::part<ReviewController>(window, "reviewController");
        QCOMPARE(review->selectedEntries(), (QList<int>{1, 2}));
        review->tagSelectedPapers(QStringLiteral("CV"));
        QCOMPARE(Test::document(window)->entry(2).tag(), QStringLiteral("CV"));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(Test::document(window)->entryCount(), 2);
        QCOMPARE(Test::document(window)->entry(1).arxivId(), QStringLiteral("2210.10003"));
        // Delete inside a text field deletes text, not papers.
        FieldEdit *title =
            Test::part<EntryEditor>(window, "EntryEditor")->fieldEdit(DigestEntry::Field::Title);
        title->setFocus();
        title->moveCursor(QTextCursor::Start);
        QTest::keyClick(title, Qt::Key_Delete);
        QCOMPARE(Test::document(window)->entryCount(), 2);
        QCOMPARE(Test::document(window)->entry(window.currentEntry()).title().size(), 6);
    }

    void filterBoxFiltersTheList()
    {
        MainWindow window(Test::launchOn(newLibrary()));
        window.openDigest(makeDigest(4));
        QTest::keyClicks(Test::part<QLineEdit>(window, "paperFilter"), QStringLiteral("10002"));
        QCOMPARE(Test::paperView(window)->model()->rowCount(), 1);
    }

    void opensTheLatestDigestAndKeepsWhatIsTyped()
    {
        const QString path = libraryWithDigest(3);
        {
            MainWindow window(Test::launchOn(path));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(Test::workspace(window)->library());
            QCOMPARE(Test::document(window)->entryCount(), 3);
            QCOMPARE(Test::statusBar(window)->saveStateText(), QStringLiteral("Saved"));
            window.setCurrentEntry(1);
            EntryEditor *editor = Test::part<EntryEditor>(window, "EntryEditor");
            FieldEdit *summary = editor->fieldEdit(DigestEntry::Field::ZhSummary);
            summary->setFocus();
            typeCommitted(summary, QStringLiteral("中文摘要。"));
            FieldEdit *abstract = editor->fieldEdit(DigestEntry::Field::Abstract);
            abstract->setFocus();
            QTest::keyClicks(abstract, QStringLiteral("English."));
            QVERIFY(window.isWindowModified());
            QTRY_COMPARE_WITH_TIMEOUT(Test::statusBar(window)->saveStateText(), QStringLiteral("Saved"),
                                      1500);
            QVERIFY(!window.isWindowModified());
        }
        MainWindow reopened(Test::launchOn(path));
        QCOMPARE(Test::document(reopened)->entry(1).zhSummary(), QStringLiteral("中文摘要。"));
        QCOMPARE(Test::document(reopened)->entry(1).abstract(), QStringLiteral("English."));
        reopened.setCurrentEntry(1);
        QCOMPARE(Test::part<EntryEditor>(reopened, "EntryEditor")
                     ->fieldEdit(DigestEntry::Field::ZhSummary)
                     ->text(),
                 QStringLiteral("中文摘要。"));
    }

    void closingSavesWhatIsPending()
    {
        const QString path = libraryWithDigest(2);
        {
            MainWindow window(Test::launchOn(path));
            Test::workspace(window)->autosave()->setDelay(60000);
            Test::document(window)->setField(0, DigestEntry::Field::ZhTitle, QStringLiteral("关窗前"));
            window.close();
        }
        auto library = openLibrary(path);
        Digest digest;
        QVERIFY(library->loadDigest(library->latestDigestId(), &digest));
        QCOMPARE(digest.entries().at(0).zhTitle(), QStringLiteral("关窗前"));
    }

    void aConflictFromASecondConnectionOpensTheDialog()
    {
        qint64 digestId = 0;
        const QString path = libraryWithDigest(2, &digestId);
        MainWindow window(Test::launchOn(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Test::workspace(window)->autosave()->setDelay(60000);
        auto other = openLibrary(path);
        DigestEntry theirs;
        QVERIFY(other->loadEntry(Test::document(window)->entry(0).id(), &theirs));
        QVERIFY(other
                    ->saveField(theirs.id(), theirs.revision(), DigestEntry::Field::ZhSummary,
                                QStringLiteral("同事的译文"))
                    .saved());
        Test::document(window)->setField(0, DigestEntry::Field::ZhSummary, QStringLiteral("我的译文"));
        Test::workspace(window)->autosave()->saveNow();
        QCOMPARE(Test::statusBar(window)->saveStateText(), QStringLiteral("Conflict"));
        ConflictDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConflictDialog *>()) != nullptr);
        QCOMPARE(dialog->conflictingFields(), QList<DigestEntry::Field>{DigestEntry::Field::ZhSummary});
        dialog->useBoth();
        dialog->accept();
        QTRY_COMPARE(Test::statusBar(window)->saveStateText(), QStringLiteral("Saved"));
        Digest digest;
        QVERIFY(other->loadDigest(digestId, &digest));
        QCOMPARE(digest.entries().at(0).zhSummary(), QStringLiteral("我的译文\n\n同事的译文"));
    }

    // A colleague changed the summary's second sentence; I type a new first sentence. The dialog offers the
    // merge, and the merged text is what is stored.
    void aConflictInDifferentSentencesMerges()
    {
        qint64 digestId = 0;
        const QString path = libraryWithDigest(1, &digestId);
        auto other = openLibrary(path);
        Digest stored;
        QVERIFY(other->loadDigest(digestId, &stored));
        const DigestEntry first = stored.entries().at(0);
        QVERIFY(other
                    ->saveField(first.id(), first.revision(), DigestEntry::Field::ZhSummary,
                                QStringLiteral("第一句。第二句。"))
                    .saved());
        MainWindow window(Test::launchOn(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Test::workspace(window)->autosave()->setDelay(60000);
        DigestEntry theirs;
        QVERIFY(other->loadEntry(first.id(), &theirs));
        QVERIFY(other
                    ->saveField(theirs.id(), theirs.revision(), DigestEntry::Field::ZhSummary,
                                QStringLiteral("第一句。第二句改了。"))
                    .saved());

        FieldEdit *summary =
            Test::part<EntryEditor>(window, "EntryEditor")->fieldEdit(DigestEntry::Field::ZhSummary);
        summary->setFocus();
        QTest::keyClick(summary, Qt::Key_Home, Qt::ControlModifier);
        typeCommitted(summary, QStringLiteral("新开头。"));
        QCOMPARE(summary->text(), QStringLiteral("新开头。第一句。第二句。"));
        Test::workspace(window)->autosave()->saveNow();
        ConflictDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConflictDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        auto *merge = dialog->findChild<QPushButton *>(QStringLiteral("mergeButton"));
        QVERIFY(merge && merge->isEnabled());
        QTest::mouseClick(merge, Qt::LeftButton);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QAbstractButton *save = nullptr;
        for (QAbstractButton *button : buttons->buttons()) {
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                save = button;
        }
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(Test::statusBar(window)->saveStateText(), QStringLiteral("Saved"));
        DigestEntry after;
        QVERIFY(other->loadEntry(first.id(), &after));
        QCOMPARE(after.zhSummary(), QStringLiteral("新开头。第一句。第二句改了。"));
        QCOMPARE(summary->text(), QStringLiteral("新开头。第一句。第二句改了。"));
    }

    void newDigestForTodayAndTheSwitcher()
    {
        const QString path = libraryWithDigest(2);
        MainWindow window(Test::launchOn(path));
        auto *switcher = Test::part<QComboBox>(window, "digestSwitcher");
        QCOMPARE(switcher->count(), 1);
        Test::action(window, "newDigestAction")->trigger();
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(Test::document(window)->digest().date(), QDate::currentDate());
        QCOMPARE(Test::document(window)->entryCount(), 0);
        // Back to the older one through the switcher.
        const int older = switcher->findData(switcher->itemData(1));
        switcher->setCurrentIndex(older);
        Q_EMIT switcher->activated(older);
        QCOMPARE(Test::document(window)->digest().date(), QDate(2026, 11, 28));
        QCOMPARE(Test::document(window)->entryCount(), 2);
    }

    void glossaryAndFiguresAreStored()
    {
        const QString path = libraryWithDigest(1);
        {
            MainWindow window(Test::launchOn(path));
            Glossary *glossary = Test::workspace(window)->glossary();
            glossary->addTerm(GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失")));
            glossary->setTerm(0, GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失函数")));
            QImage image(40, 30, QImage::Format_RGB32);
            image.fill(Qt::red);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            ImageStrip *strip = Test::part<ImageStrip>(window, "imageStrip");
            Q_EMIT strip->imagesAdded({png, png}, {QStringLiteral("image/png"), QStringLiteral("image/png")});
            QCOMPARE(strip->count(), 2);
            const QVector<qint64> ids = strip->imageIds();
            Q_EMIT strip->imagesRemoved({ids.first()});
            QCOMPARE(strip->imageIds(), QVector<qint64>{ids.last()});
        }
        MainWindow reopened(Test::launchOn(path));
        QCOMPARE(Test::workspace(reopened)->glossary()->count(), 1);
        QCOMPARE(Test::workspace(reopened)->glossary()->term(0).chinese(), QStringLiteral("损失函数"));
        QCOMPARE(Test::part<ImageStrip>(reopened, "imageStrip")->count(), 1);
    }

    void pastingAnImageIntoATextFieldAddsAFigure()
    {
        const QString path = libraryWithDigest(1);
        MainWindow window(Test::launchOn(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FieldEdit *summary =
            Test::part<EntryEditor>(window, "EntryEditor")->fieldEdit(DigestEntry::Field::ZhSummary);
        summary->setFocus();
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(Qt::blue);
        auto *mime = new QMimeData;
        mime->setImageData(image);
        QApplication::clipboard()->setMimeData(mime);
        QTest::keyClick(summary, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(summary->text(), QString());
        QCOMPARE(Test::part<ImageStrip>(window, "imageStrip")->count(), 1);
        QCOMPARE(Test::workspace(window)->library()->images(Test::document(window)->entry(0).id()).size(), 1);
    }

    void aLibraryThatCannotOpenIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-library.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, just text that is long enough to be noticed as such..........");
        file.close();
        MainWindow window(Test::launchOn(path));
        const Workspace *workspace = Test::workspace(window);
        QVERIFY(!workspace->library());
        QVERIFY2(workspace->libraryError().contains(QStringLiteral("not-a-library.sqlite")),
                 qPrintable(workspace->libraryError()));
        QVERIFY(!Test::action(window, "newDigestAction")->isEnabled());
    }

    void theArxivSideFollowsTheLaunchConfiguration()
    {
        LaunchConfig config = Test::launchOn(newLibrary());
        config.set(SettingsKeys::ArxivApiUrl.name(), QStringLiteral("http://127.0.0.1:1/api/query"));
        config.set(SettingsKeys::ArxivIntervalMs.name(), 1234);
        config.set(SettingsKeys::ArxivListingCategories.name(), QStringList{QStringLiteral("cs.RO")});
        config.set(SettingsKeys::ArxivListingCrossLists.name(), true);
        MainWindow window(config);
        const ArxivService *arxiv = Test::part<ArxivService>(window, "arxivService");
        QCOMPARE(arxiv->lookupClient()->apiUrl(), QUrl(QStringLiteral("http://127.0.0.1:1/api/query")));
        QCOMPARE(arxiv->scheduler()->lane(ArxivLane::name()).intervalMs, 1234);
        const LookupPanel *lookup = Test::part<LookupPanel>(window, "lookupPanel");
        QCOMPARE(lookup->listingCategories(), QStringList{QStringLiteral("cs.RO")});
        QVERIFY(lookup->findChild<QCheckBox *>(QStringLiteral("crossCheck"))->isChecked());
    }

    // The lookup panel's score threshold is a remembered choice, like the window's other settings.
    void scoreThresholdIsRemembered()
    {
        {
            MainWindow window(Test::launchOn(newLibrary()));
            LookupPanel *lookup = Test::part<LookupPanel>(window, "lookupPanel");
            QCOMPARE(lookup->minScore(), 0);
            lookup->setMinScore(40);
            QCOMPARE(SettingsKeys::SuggestionsMinScore.value(), 40);
        }
        MainWindow again(Test::launchOn(newLibrary()));
        QCOMPARE(Test::part<LookupPanel>(again, "lookupPanel")->minScore(), 40);
        SettingsKeys::SuggestionsMinScore.setValue(0);
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
