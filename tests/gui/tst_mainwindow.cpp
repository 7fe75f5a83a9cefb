#include "digestdocument.h"
#include "entryeditor.h"
#include "fieldedit.h"
#include "guiresources.h"
#include "mainwindow.h"
#include "paperfilterproxymodel.h"
#include "paperlistmodel.h"
#include "settingskeys.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace DigestStudio;
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

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void hasTheFiveMenus()
    {
        MainWindow window(QStringLiteral("/tmp/x.sqlite"));
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text().remove(QLatin1Char('&')));
        QCOMPARE(titles, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                      QStringLiteral("Digest"), QStringLiteral("Help")}));
        QVERIFY(!window.windowIcon().isNull());
    }

    void remembersGeometryAcrossSessions()
    {
        {
            MainWindow window(QStringLiteral("/tmp/x.sqlite"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(777, 555);
            QTRY_COMPARE(window.size(), QSize(777, 555));
            window.close();
        }
        QVERIFY(!SettingsKeys::MainWindowGeometry.value().isEmpty());
        MainWindow again(QStringLiteral("/tmp/x.sqlite"));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(777, 555));
    }

    void remembersWhereTheDocksAre()
    {
        {
            MainWindow window(QStringLiteral("/tmp/x.sqlite"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *glossary = window.findChild<QDockWidget *>(QStringLiteral("glossaryDock"));
            QVERIFY(glossary);
            QCOMPARE(window.dockWidgetArea(glossary), Qt::LeftDockWidgetArea);
            window.addDockWidget(Qt::BottomDockWidgetArea, glossary);
            window.close();
        }
        MainWindow again(QStringLiteral("/tmp/x.sqlite"));
        auto *glossary = again.findChild<QDockWidget *>(QStringLiteral("glossaryDock"));
        QCOMPARE(again.dockWidgetArea(glossary), Qt::BottomDockWidgetArea);
        QSettings().clear();
    }

    void statusKeys()
    {
        MainWindow window(QStringLiteral("/tmp/x.sqlite"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDigest(makeDigest(4));
        DigestDocument *doc = window.document();
        QCOMPARE(window.currentEntry(), 0);
        FieldEdit *summary = window.entryEditor()->fieldEdit(DigestEntry::Field::ZhSummary);
        summary->setFocus();
        QVERIFY(summary->hasFocus());

        // Ctrl+Return in the text: the entry is translated and the next unfinished one is shown.
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(doc->entry(0).status(), Status::Translated);
        QCOMPARE(window.currentEntry(), 1);
        QCOMPARE(summary->text(), QString());
        QVERIFY(window.countsText().contains(QStringLiteral("3 draft, 1 translated, 0 reviewed")));

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
        QVERIFY(window.countsText().contains(QStringLiteral("2 left")));

        // Status changes are undo steps.
        doc->undoStack()->undo();
        QCOMPARE(doc->entry(2).status(), Status::Draft);
    }

    void modifiedStateComesFromTheStack()
    {
        MainWindow window(QStringLiteral("/tmp/x.sqlite"));
        window.openDigest(makeDigest(2));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.saveStateText(), QStringLiteral("Saved"));
        window.document()->setField(0, DigestEntry::Field::ZhTitle, QStringLiteral("标题"));
        QVERIFY(window.isWindowModified());
        window.document()->undoStack()->undo();
        QVERIFY(!window.isWindowModified());
    }

    void droppedUrlAddsAPaper()
    {
        MainWindow window(QStringLiteral("/tmp/x.sqlite"));
        window.openDigest(makeDigest(2));
        QSignalSpy lookup(&window, &MainWindow::lookupRequested);
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://arxiv.org/abs/2210.06441v2")),
                      QUrl(QStringLiteral("https://arxiv.org/abs/2210.10001"))});
        // Dropped between the two rows of the list (through its filter proxy, as the view does).
        QAbstractItemModel *model = window.paperView()->model();
        QVERIFY(model->canDropMimeData(&mime, Qt::CopyAction, 1, 0, QModelIndex()));
        QVERIFY(model->dropMimeData(&mime, Qt::CopyAction, 1, 0, QModelIndex()));
        QCOMPARE(window.document()->entryCount(), 3);
        QCOMPARE(window.document()->entry(1).arxivId(), QStringLiteral("2210.06441"));
        QCOMPARE(window.document()->entry(1).link(), QStringLiteral("https://arxiv.org/abs/2210.06441"));
        QCOMPARE(window.currentEntry(), 1);
        // The id already in the digest is not added twice; the new one is looked up.
        QCOMPARE(lookup.count(), 1);
        QCOMPARE(lookup.first().first().toStringList(), QStringList{QStringLiteral("2210.06441")});
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->entryCount(), 2);
    }

    void deleteRemovesTheSelectedPapersOnlyFromTheList()
    {
        MainWindow window(QStringLiteral("/tmp/x.sqlite"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDigest(makeDigest(4));
        QTreeView *view = window.paperView();
        view->setFocus();
        view->selectionModel()->select(QItemSelection(view->model()->index(1, 0), view->model()->index(2, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window.selectedEntries(), (QList<int>{1, 2}));
        window.tagSelectedPapers(QStringLiteral("CV"));
        QCOMPARE(window.document()->entry(2).tag(), QStringLiteral("CV"));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(window.document()->entryCount(), 2);
        QCOMPARE(window.document()->entry(1).arxivId(), QStringLiteral("2210.10003"));
        // Delete inside a text field deletes text, not papers.
        FieldEdit *title = window.entryEditor()->fieldEdit(DigestEntry::Field::Title);
        title->setFocus();
        title->moveCursor(QTextCursor::Start);
        QTest::keyClick(title, Qt::Key_Delete);
        QCOMPARE(window.document()->entryCount(), 2);
        QCOMPARE(window.document()->entry(window.currentEntry()).title().size(), 6);
    }

    void filterBoxFiltersTheList()
    {
        MainWindow window(QStringLiteral("/tmp/x.sqlite"));
        window.openDigest(makeDigest(4));
        QTest::keyClicks(window.paperFilter(), QStringLiteral("10002"));
        QCOMPARE(window.paperView()->model()->rowCount(), 1);
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
