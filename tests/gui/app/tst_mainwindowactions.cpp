// The main window's actions and menus, and Ctrl+Z pressed in the window undoing every kind of change through
// the Edit ▸ Undo action: what the window shows and what the library holds both go back.
#include "app/mainwindow.h"
#include "app/mainwindowactions.h"
#include "common/guiresources.h"
#include "controllers/reviewcontroller.h"
#include "dialogs/digestheaderdialog.h"
#include "docks/previewdock.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "editor/imagestrip.h"
#include "guiinput.h"
#include "models/paperlistmodel.h"
#include "models/roles.h"
#include "storage/library.h"
#include "storage/teamstore.h"
#include "windowparts.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::typeCommitted;
using Field = DigestEntry::Field;
using Status = DigestEntry::Status;

namespace {

std::unique_ptr<Library> openLibrary(const QString &path)
{
    LibraryError error;
    auto library = Library::open(path, &error);
    if (!library)
        qWarning("%s", qPrintable(error.message));
    return library;
}

QByteArray png(Qt::GlobalColor color)
{
    QImage image(30, 20, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QStringList objectNames(const QMenu *menu)
{
    QStringList names;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    return names;
}

} // namespace

class TestMainWindowActions final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_digestId = 0;

    // A library holding one digest of papers 2210.10000 … 2210.10002, all tagged LG, as drafts.
    void createLibrary()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("undo-%1.sqlite").arg(++n));
        auto library = openLibrary(m_path);
        m_digestId = library->createDigest(QDate(2026, 11, 28));
        for (int i = 0; i < 3; ++i) {
            DigestEntry entry;
            entry.setArxivId(QStringLiteral("2210.1000%1").arg(i));
            entry.setTag(QStringLiteral("LG"));
            entry.setTitle(QStringLiteral("Paper %1").arg(i));
            library->appendEntry(m_digestId, entry);
        }
    }

    // What a second connection reads from the library now.
    Digest stored() const
    {
        auto other = openLibrary(m_path);
        Digest digest;
        if (!other || !other->loadDigest(m_digestId, &digest))
            qWarning("cannot load the stored digest");
        return digest;
    }

    QVector<QByteArray> storedFigures(int position) const
    {
        auto other = openLibrary(m_path);
        const qint64 entryId = other->entryIdAt(m_digestId, position);
        QVector<QByteArray> figures;
        for (const EntryImage &image : other->images(entryId))
            figures.append(image.data);
        return figures;
    }

    static QStringList storedIds(const Digest &digest)
    {
        QStringList ids;
        for (const DigestEntry &entry : digest.entries())
            ids.append(entry.arxivId());
        return ids;
    }

    // The arXiv ids in the paper list, top to bottom, as shown.
    static QStringList shownIds(const MainWindow &window)
    {
        QStringList ids;
        const QAbstractItemModel *model = Test::paperView(window)->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(Roles::ArxivIdRole).toString());
        return ids;
    }

    static bool showActive(MainWindow &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    // Ctrl+Z in `target` (the focus widget); true when it went through Edit ▸ Undo.
    static bool pressUndo(MainWindow &window, QWidget *target)
    {
        QSignalSpy triggered(Test::action(window, "undoAction"), &QAction::triggered);
        QTest::keyClick(target, Qt::Key_Z, Qt::ControlModifier);
        return triggered.count() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings of their own: other tests that run at the same time clear theirs.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-actions-test"));
        GuiResources::init();
        QSettings().clear();
    }

    // Digest ▸ Four-Eyes Review, clicked in the menu bar: the library's rule (off for a SQLite library, one
    // person), on, then off again; the check mark follows.
    void fourEyesReviewIsTheLibrarysRule()
    {
        createLibrary();
        MainWindow window(Test::launchOn(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *fourEyes = Test::action(window, "fourEyesAction");
        QVERIFY(fourEyes->isCheckable() && !fourEyes->isChecked());
        const auto stored = [this] {
            auto library = openLibrary(m_path);
            return library->team().fourEyes(nullptr);
        };
        for (bool expected : {true, false}) {
            QMenuBar *bar = window.menuBar();
            QMenu *menu = Test::part<QMenu>(window, "digestMenu");
            QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier,
                              bar->actionGeometry(menu->menuAction()).center());
            QTRY_VERIFY(menu->isVisible());
            QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(fourEyes).center());
            QTRY_COMPARE(fourEyes->isChecked(), expected);
            QCOMPARE(stored(), expected);
        }
    }

    void theMenusHoldEveryActionWithItsShortcut()
    {
        createLibrary();
        MainWindow window(Test::launchOn(m_path));
        const MainWindowActions *actions = Test::part<MainWindowActions>(window, "mainWindowActions");
        // Import Published Posts… and Export… come first.
        QCOMPARE(objectNames(Test::part<QMenu>(window, "fileMenu")),
                 (QStringList{QStringLiteral("importPostsAction"), QStringLiteral("exportPostAction"),
                              QStringLiteral("importGlossaryAction"), QStringLiteral("exportGlossaryAction"),
                              QStringLiteral("quitAction")}));
        QCOMPARE(actions->exportPost()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QCOMPARE(objectNames(Test::part<QMenu>(window, "editMenu")),
                 (QStringList{QStringLiteral("undoAction"), QStringLiteral("redoAction")}));
        QCOMPARE(objectNames(Test::part<QMenu>(window, "digestMenu")),
                 (QStringList{QStringLiteral("newDigestAction"), QStringLiteral("editHeaderAction"),
                              QStringLiteral("doneAndNextAction"), QStringLiteral("nextUnfinishedAction"),
                              QStringLiteral("previousUnfinishedAction"), QStringLiteral("draftPaperAction"),
                              QStringLiteral("draftUnfinishedAction"), QStringLiteral("acceptDraftAction"),
                              QStringLiteral("dismissDraftAction"), QStringLiteral("draftingSettingsAction"),
                              QStringLiteral("morningRunAction"), QStringLiteral("fillFromPapers"),
                              QStringLiteral("refillFromPaper"), QStringLiteral("fourEyesAction"),
                              QStringLiteral("removePapersAction")}));
        QCOMPARE(objectNames(Test::part<QMenu>(window, "helpMenu")),
                 (QStringList{QStringLiteral("aboutAction"), QStringLiteral("aboutQtAction")}));
        QVERIFY(Test::part<QMenu>(window, "viewMenu")->findChild<QMenu *>(QStringLiteral("themeMenu")));
        QCOMPARE(Test::action(window, "undoAction")->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(Test::action(window, "redoAction")->shortcuts(),
                 QKeySequence::keyBindings(QKeySequence::Redo));
        QCOMPARE(actions->newDigest()->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(actions->doneAndNext()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(actions->nextUnfinished()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_J));
        QCOMPARE(actions->previousUnfinished()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
        QCOMPARE(actions->removePapers()->shortcutContext(), Qt::WidgetShortcut);
        // Machine drafts: no key taken from another action.
        QCOMPARE(actions->draftPaper()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        QCOMPARE(actions->draftUnfinished()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        QCOMPARE(actions->acceptDraft()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
        QCOMPARE(actions->dismissDraft()->shortcut(), QKeySequence(Qt::Key_Escape));
        QVERIFY(!actions->acceptDraft()->isEnabled()); // until a draft is offered
        QSet<QString> taken;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!taken.contains(key.toString()), qPrintable(key.toString()));
                taken.insert(key.toString());
            }
        }
        QVERIFY(actions->themeAction(Appearance::current())->isChecked());
        // Undo names the step it takes back.
        Test::document(window)->setTag({0}, QStringLiteral("CV"));
        QVERIFY(Test::action(window, "undoAction")->text().contains(QStringLiteral("CV")));
    }

    void ctrlZUndoesTyping()
    {
        createLibrary();
        MainWindow window(Test::launchOn(m_path));
        QVERIFY(showActive(window));
        window.setCurrentEntry(1);
        FieldEdit *zhTitle = Test::part<EntryEditor>(window, "EntryEditor")->fieldEdit(Field::ZhTitle);
        zhTitle->setFocus();
        QTRY_VERIFY(zhTitle->hasFocus());
        typeCommitted(zhTitle, QStringLiteral("数据增强"));
        QVERIFY(Test::workspace(window)->autosave()->saveNow());
        QCOMPARE(stored().entries().at(1).zhTitle(), QStringLiteral("数据增强"));

        QVERIFY(pressUndo(window, zhTitle));
        QCOMPARE(zhTitle->text(), QString());
        QCOMPARE(Test::document(window)->entry(1).zhTitle(), QString());
        QVERIFY(Test::workspace(window)->autosave()->saveNow());
        QCOMPARE(stored().entries().at(1).zhTitle(), QString());
    }

    void ctrlZUndoesAMove()
    {
        createLibrary();
        MainWindow window(Test::launchOn(m_path));
        QVERIFY(showActive(window));
        // Dragged in the list: the first paper dropped below the last.
        QAbstractItemModel *model = Test::paperView(window)->model();
        std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0, 0)}));
        QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, 3, 0, QModelIndex()));
        const QStringList moved{QStringLiteral("2210.10001"), QStringLiteral("2210.10002"),
                                QStringLiteral("2210.10000")};
        QCOMPARE(shownIds(window), moved);
        QCOMPARE(storedIds(stored()), moved);

        Test::paperView(window)->setFocus();
        QVERIFY(pressUndo(window, Test::paperView(window)));
        const QStringList original{QStringLiteral("2210.10000"), QStringLiteral("2210.10001"),
                                   QStringLiteral("2210.10002")};
        QCOMPARE(shownIds(window), original);
        QCOMPARE(storedIds(stored()), original);
    }

    void ctrlZUndoesAnAddedPaper()
    {
        createLibrary();
        MainWindow window(Test::launchOn(m_path));
        QVERIFY(showActive(window));
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://arxiv.org/abs/2301.01234v3"))});
        QVERIFY(Test::paperView(window)->model()->dropMimeData(&mime, Qt::CopyAction, 1, 0, QModelIndex()));
        QCOMPARE(shownIds(window).at(1), QStringLiteral("2301.01234"));
        QCOMPARE(stored().entryCount(), 4);

        Test::paperView(window)->setFocus();
        QVERIFY(pressUndo(window, Test::paperView(window)));
        QCOMPARE(Test::paperView(window)->model()->rowCount(), 3);
        QVERIFY(!shownIds(window).contains(QStringLiteral("2301.01234")));
        QCOMPARE(storedIds(stored()), shownIds(window));
    }

    void ctrlZUndoesARemovedPaperWithItsFigure()
    {
        createLibrary();
        MainWindow window(Test::launchOn(m_path));
        QVERIFY(showActive(window));
        window.setCurrentEntry(1);
        const QByteArray red = png(Qt::red);
        Q_EMIT Test::part<ImageStrip>(window, "imageStrip")
            ->imagesAdded({red}, {QStringLiteral("image/png")});
        QTreeView *view = Test::paperView(window);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(shownIds(window), (QStringList{QStringLiteral("2210.10000"), QStringLiteral("2210.10002")}));
        QCOMPARE(stored().entryCount(), 2);

        QVERIFY(pressUndo(window, view));
        QCOMPARE(shownIds(window).at(1), QStringLiteral("2210.10001"));
        QCOMPARE(storedIds(stored()), shownIds(window));
        // The paper's figure comes back with it.
        QCOMPARE(storedFigures(2), QVector<QByteArray>{red});
        window.setCurrentEntry(1);
        QCOMPARE(Test::part<ImageStrip>(window, "imageStrip")->count(), 1);
    }

    void ctrlZUndoesARetag()
    {
        createLibrary();
        MainWindow window(Test::launchOn(m_path));
        QVERIFY(showActive(window));
        QTreeView *view = Test::paperView(window);
        view->setFocus();
        view->selectionModel()->select(QItemSelection(view->model()->index(0, 0), view->model()->index(1, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Test::part<ReviewController>(window, "reviewController")->tagSelectedPapers(QStringLiteral("CV"));
        const QModelIndex tag = view->model()->index(1, PaperListModel::TagColumn);
        QCOMPARE(tag.data().toString(), QStringLiteral("CV"));
        QVERIFY(Test::workspace(window)->autosave()->saveNow());
        QCOMPARE(stored().entries().at(1).tag(), QStringLiteral("CV"));

        QVERIFY(pressUndo(window, view));
        QCOMPARE(tag.data().toString(), QStringLiteral("LG"));
        QCOMPARE(view->model()->index(0, PaperListModel::TagColumn).data().toString(), QStringLiteral("LG"));
        QVERIFY(Test::workspace(window)->autosave()->saveNow());
        QCOMPARE(stored().entries().at(0).tag(), QStringLiteral("LG"));
        QCOMPARE(stored().entries().at(1).tag(), QStringLiteral("LG"));
    }

    void ctrlZUndoesAStatusStep()
    {
        createLibrary();
        MainWindow window(Test::launchOn(m_path));
        QVERIFY(showActive(window));
        window.setCurrentEntry(0);
        FieldEdit *summary = Test::part<EntryEditor>(window, "EntryEditor")->fieldEdit(Field::ZhSummary);
        summary->setFocus();
        QTRY_VERIFY(summary->hasFocus());
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(window.currentEntry(), 1);
        const QModelIndex status = Test::paperView(window)->model()->index(0, PaperListModel::StatusColumn);
        QCOMPARE(status.data(Roles::StatusRole).toInt(), int(Status::Translated));
        QVERIFY(Test::workspace(window)->autosave()->saveNow());
        QCOMPARE(stored().entries().at(0).status(), Status::Translated);

        QVERIFY(pressUndo(window, summary));
        QCOMPARE(status.data(Roles::StatusRole).toInt(), int(Status::Draft));
        QVERIFY(Test::statusBar(window)->countsText().contains(QStringLiteral("3 draft")));
        QVERIFY(Test::workspace(window)->autosave()->saveNow());
        QCOMPARE(stored().entries().at(0).status(), Status::Draft);
    }

    void ctrlZUndoesAPastedFigure()
    {
        createLibrary();
        MainWindow window(Test::launchOn(m_path));
        QVERIFY(showActive(window));
        window.setCurrentEntry(0);
        ImageStrip *strip = Test::part<ImageStrip>(window, "imageStrip");
        strip->setFocus();
        auto *mime = new QMimeData;
        mime->setImageData(QImage::fromData(png(Qt::blue)));
        QApplication::clipboard()->setMimeData(mime);
        QTest::keyClick(strip, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(strip->count(), 1);
        QCOMPARE(storedFigures(1).size(), 1);
        QVERIFY(!window.isWindowModified());

        QVERIFY(pressUndo(window, strip));
        QCOMPARE(strip->count(), 0);
        QCOMPARE(storedFigures(1).size(), 0);
        // And back again through Edit ▸ Redo.
        QTest::keySequence(strip, Test::action(window, "redoAction")->shortcut());
        QCOMPARE(strip->count(), 1);
        QCOMPARE(storedFigures(1).size(), 1);
    }

    void ctrlZUndoesARemovedFigure()
    {
        createLibrary();
        MainWindow window(Test::launchOn(m_path));
        QVERIFY(showActive(window));
        window.setCurrentEntry(2);
        const QByteArray red = png(Qt::red);
        const QByteArray green = png(Qt::green);
        const QByteArray blue = png(Qt::blue);
        ImageStrip *strip = Test::part<ImageStrip>(window, "imageStrip");
        Q_EMIT strip->imagesAdded(
            {red, green, blue},
            {QStringLiteral("image/png"), QStringLiteral("image/png"), QStringLiteral("image/png")});
        QCOMPARE(strip->count(), 3);
        strip->setFocus();
        strip->item(1)->setSelected(true);
        QTest::keyClick(strip, Qt::Key_Delete);
        QCOMPARE(strip->count(), 2);
        QCOMPARE(storedFigures(3), (QVector<QByteArray>{red, blue}));

        QVERIFY(pressUndo(window, strip));
        QCOMPARE(strip->count(), 3);
        QCOMPARE(storedFigures(3), (QVector<QByteArray>{red, green, blue}));
    }

    void ctrlZUndoesReorderedFigures()
    {
        createLibrary();
        MainWindow window(Test::launchOn(m_path));
        QVERIFY(showActive(window));
        window.setCurrentEntry(0);
        const QByteArray red = png(Qt::red);
        const QByteArray blue = png(Qt::blue);
        ImageStrip *strip = Test::part<ImageStrip>(window, "imageStrip");
        Q_EMIT strip->imagesAdded({red, blue}, {QStringLiteral("image/png"), QStringLiteral("image/png")});
        const QVector<qint64> ids = strip->imageIds();
        // Dragged: the second thumbnail before the first.
        QVERIFY(strip->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0));
        QCOMPARE(strip->imageIds(), (QVector<qint64>{ids.at(1), ids.at(0)}));
        QCOMPARE(storedFigures(1), (QVector<QByteArray>{blue, red}));

        strip->setFocus();
        QVERIFY(pressUndo(window, strip));
        QCOMPARE(strip->imageIds(), ids);
        QCOMPARE(storedFigures(1), (QVector<QByteArray>{red, blue}));
    }

    void ctrlZUndoesAHeaderEdit()
    {
        createLibrary();
        MainWindow window(Test::launchOn(m_path));
        QVERIFY(showActive(window));
        const Digest before = stored();
        Test::action(window, "editHeaderAction")->trigger();
        auto *dialog = window.findChild<DigestHeaderDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("attributionEdit"))
            ->setText(QStringLiteral("转自爱可可爱生活"));
        dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("周末版"));
        dialog->accept();
        const PreviewDock *preview = Test::part<PreviewDock>(window, "previewDock");
        const QComboBox *switcher = Test::part<QComboBox>(window, "digestSwitcher");
        QTRY_VERIFY(preview->previewText().contains(QStringLiteral("转自爱可可爱生活")));
        QCOMPARE(stored().attribution(), QStringLiteral("转自爱可可爱生活"));
        QVERIFY(switcher->currentText().contains(QStringLiteral("周末版")));

        // The dialog has gone; the offscreen platform leaves giving the window the focus back to us.
        QVERIFY(showActive(window));
        Test::paperView(window)->setFocus();
        QVERIFY(pressUndo(window, Test::paperView(window)));
        QCOMPARE(Test::document(window)->digest().attribution(), before.attribution());
        QTRY_VERIFY(!preview->previewText().contains(QStringLiteral("转自爱可可爱生活")));
        QVERIFY(!switcher->currentText().contains(QStringLiteral("周末版")));
        QCOMPARE(stored().attribution(), before.attribution());
        QCOMPARE(stored().title(), before.title());
        QCOMPARE(Test::statusBar(window)->saveStateText(), QStringLiteral("Saved"));
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestMainWindowActions)
#include "tst_mainwindowactions.moc"
