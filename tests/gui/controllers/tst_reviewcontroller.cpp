// ReviewController: Done and Next steps a paper draft → translated → reviewed and goes to the next unfinished
// one, the next and previous unfinished paper wrap around, and Delete, the context menu's tag and status act
// on the papers selected in the list, each one undo step.
#include "common/guiresources.h"
#include "common/windowstatusbar.h"
#include "controllers/reviewcontroller.h"
#include "docks/paperlistpanel.h"
#include "document/digestdocument.h"
#include "editor/entryeditor.h"

#include <QAction>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
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

// A window of the parts the controller works with: the document, the editor, the status bar, and the list.
struct Window
{
    DigestDocument document; // outlives the widgets that show it
    QWidget widget;
    EntryEditor *editor;
    WindowStatusBar *statusBar;
    ReviewController *review;

    explicit Window(int papers)
        : editor(new EntryEditor(&widget))
        , statusBar(new WindowStatusBar(&widget))
        , review(new ReviewController(&document, editor, statusBar, &widget))
    {
        editor->setDocument(&document);
        document.setDigest(makeDigest(papers));
        auto *layout = new QVBoxLayout(&widget);
        layout->addWidget(review->paperList());
        layout->addWidget(editor);
        layout->addWidget(statusBar);
        review->setCurrentEntry(0);
    }

    QList<Status> statuses() const
    {
        QList<Status> all;
        for (int row = 0; row < document.entryCount(); ++row)
            all.append(document.entry(row).status());
        return all;
    }
};

} // namespace

class TestReviewController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiResources::init(); }

    void doneAndNextStepsTheStatusAndGoesOn()
    {
        Window window(3);
        window.review->doneAndNext();
        QCOMPARE(window.statuses(), (QList<Status>{Status::Translated, Status::Draft, Status::Draft}));
        QCOMPARE(window.review->currentEntry(), 1);
        QCOMPARE(window.editor->currentEntry(), 1);
        window.review->setCurrentEntry(0);
        window.review->doneAndNext();
        QCOMPARE(window.statuses(), (QList<Status>{Status::Reviewed, Status::Draft, Status::Draft}));
        QCOMPARE(window.review->currentEntry(), 1);
        // Each step is one undo step.
        window.document.undoStack()->undo();
        QCOMPARE(window.statuses(), (QList<Status>{Status::Translated, Status::Draft, Status::Draft}));
    }

    void theUnfinishedPapersWrapAroundUntilNoneIsLeft()
    {
        Window window(4);
        window.document.setStatus({1, 2}, Status::Reviewed);
        window.review->setCurrentEntry(3);
        window.review->goToNextUnfinished();
        QCOMPARE(window.review->currentEntry(), 0);
        window.review->goToPreviousUnfinished();
        QCOMPARE(window.review->currentEntry(), 3);
        window.document.setStatus({0, 3}, Status::Reviewed);
        window.review->goToNextUnfinished();
        QCOMPARE(window.review->currentEntry(), 3);
        QCOMPARE(window.statusBar->currentMessage(), QStringLiteral("Every paper is reviewed."));
        // Done and Next on the last unfinished paper says so too, and stays.
        window.document.setStatus({3}, Status::Translated);
        window.review->doneAndNext();
        QCOMPARE(window.document.entry(3).status(), Status::Reviewed);
        QCOMPARE(window.review->currentEntry(), 3);
        QCOMPARE(window.statusBar->currentMessage(), QStringLiteral("Every paper is reviewed."));
    }

    void deleteInTheListRemovesTheSelectedPapers()
    {
        Window window(4);
        QAction remove(QStringLiteral("Remove Papers"));
        remove.setShortcut(QKeySequence::Delete);
        remove.setShortcutContext(Qt::WidgetShortcut);
        QObject::connect(&remove, &QAction::triggered, window.review,
                         &ReviewController::removeSelectedPapers);
        window.review->setRemoveAction(&remove);
        window.widget.show();
        window.widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        QTreeView *view = window.review->paperList()->view();
        view->setFocus();
        view->selectionModel()->select(QItemSelection(view->model()->index(1, 0), view->model()->index(2, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window.review->selectedEntries(), (QList<int>{1, 2}));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(window.document.entryCount(), 2);
        QCOMPARE(window.document.entry(1).arxivId(), QStringLiteral("2210.10003"));
        // The paper after the removed ones is shown.
        QCOMPARE(window.review->currentEntry(), 1);
        window.document.undoStack()->undo();
        QCOMPARE(window.document.entryCount(), 4);
    }

    void theListsMenuTagsAndMarksTheSelectedPapers()
    {
        Window window(3);
        QTreeView *view = window.review->paperList()->view();
        view->selectionModel()->select(QItemSelection(view->model()->index(0, 0), view->model()->index(1, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Q_EMIT window.review->paperList()->tagRequested(QStringLiteral("CV"));
        QCOMPARE(window.document.entry(0).tag(), QStringLiteral("CV"));
        QCOMPARE(window.document.entry(1).tag(), QStringLiteral("CV"));
        QCOMPARE(window.document.entry(2).tag(), QStringLiteral("LG"));
        Q_EMIT window.review->paperList()->statusRequested(int(Status::Reviewed));
        QCOMPARE(window.statuses(), (QList<Status>{Status::Reviewed, Status::Reviewed, Status::Draft}));
    }

    void aRowThatIsNotThereShowsNone()
    {
        Window window(2);
        window.review->setCurrentEntry(5);
        QCOMPARE(window.review->currentEntry(), -1);
        QCOMPARE(window.editor->currentEntry(), -1);
        QVERIFY(!window.review->paperList()->view()->currentIndex().isValid());
    }
};

QTEST_MAIN(TestReviewController)
#include "tst_reviewcontroller.moc"
