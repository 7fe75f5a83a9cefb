// ProposalsController: the morning run's proposals look distinct in the paper list (italic, tinted, "proposed
// 88%", the reasons in the tooltip); Enter keeps the selected ones and Delete drops them (removed, and marked
// "not for us" in the library so that the ranker learns), each one undo step that undo takes back whole; a
// paper that is not a proposal is removed without a mark; and after a run the bar says what it did, with a
// button to the first proposal, and goes once every proposal is decided.
#include "common/guiresources.h"
#include "common/windowstatusbar.h"
#include "controllers/proposalscontroller.h"
#include "controllers/reviewcontroller.h"
#include "docks/morningrunbar.h"
#include "docks/paperlistpanel.h"
#include "document/digestdocument.h"
#include "editor/entryeditor.h"
#include "models/paperlistmodel.h"
#include "models/roles.h"
#include "services/preparereport.h"
#include "services/suggestionservice.h"
#include "storage/library.h"
#include "storage/morningrunstore.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

using namespace DigestStudio;

namespace {

constexpr qint64 DigestId = 7;

// Papers 0 and 2 are proposals; 1 is the editor's own.
Digest makeDigest()
{
    Digest digest;
    digest.setId(DigestId);
    digest.setDate(QDate(2026, 11, 26));
    for (int i = 0; i < 3; ++i) {
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2611.1000%1").arg(i));
        entry.setTag(QStringLiteral("LG"));
        entry.setTitle(QStringLiteral("Paper %1").arg(i));
        if (i != 1)
            entry.setProposal(i == 0 ? 87.6 : 40,
                              {QStringLiteral("term \"sparse\""), QStringLiteral("author Ann Lee")});
        digest.entries().append(entry);
    }
    return digest;
}

struct Window
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
    SuggestionService suggestions{library.get()};
    DigestDocument document; // outlives the widgets that show it
    QWidget widget;
    EntryEditor *editor;
    WindowStatusBar *statusBar;
    ReviewController *review;
    ProposalsController *proposals;
    QAction remove{QStringLiteral("Remove Papers")};

    Window()
        : editor(new EntryEditor(&widget))
        , statusBar(new WindowStatusBar(&widget))
        , review(new ReviewController(&document, editor, statusBar, &widget))
        , proposals(new ProposalsController(&document, review, &suggestions, &widget))
    {
        suggestions.setRetrainAutomatically(false);
        proposals->setLibrary(library.get());
        editor->setDocument(&document);
        remove.setShortcut(QKeySequence::Delete);
        remove.setShortcutContext(Qt::WidgetShortcut);
        QObject::connect(&remove, &QAction::triggered, proposals, &ProposalsController::removeSelected);
        review->setRemoveAction(&remove);
        auto *layout = new QVBoxLayout(&widget);
        layout->addWidget(review->paperList());
        layout->addWidget(editor);
        layout->addWidget(statusBar);
    }

    void open()
    {
        document.setDigest(makeDigest());
        review->setCurrentEntry(0);
    }

    bool show()
    {
        widget.show();
        widget.activateWindow();
        return QTest::qWaitForWindowActive(&widget);
    }

    QTreeView *view() const { return review->paperList()->view(); }

    void select(int row)
    {
        view()->setFocus();
        review->setCurrentEntry(row);
    }

    QStringList ids() const
    {
        QStringList out;
        for (int row = 0; row < document.entryCount(); ++row)
            out.append(document.entry(row).arxivId());
        return out;
    }
};

} // namespace

class TestProposalsController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiResources::init(); }

    void proposalsLookDistinct()
    {
        Window window;
        window.open();
        const QAbstractItemModel *model = window.view()->model();
        const int markers = PaperListModel::MarkersColumn;
        QVERIFY(model->index(0, 0).data(Roles::ProposedRole).toBool());
        QVERIFY(!model->index(1, 0).data(Roles::ProposedRole).toBool());
        QCOMPARE(model->index(0, markers).data(Qt::DisplayRole).toString(), QStringLiteral("proposed 88%"));
        QVERIFY(model->index(0, 2).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(model->index(0, 2).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model->index(1, 2).data(Qt::FontRole).isValid());
        const QString tip = model->index(0, markers).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("score 88 of 100")) &&
                     tip.contains(QStringLiteral("author Ann Lee")),
                 qPrintable(tip));
    }

    void enterKeepsAndGoesToTheNextProposal()
    {
        Window window;
        window.open();
        QVERIFY(window.show());
        window.select(0);
        QVERIFY(window.proposals->keepAction()->isEnabled());
        QTest::keyClick(window.view(), Qt::Key_Return);
        QVERIFY(!window.document.entry(0).isProposed());
        QCOMPARE(window.review->currentEntry(), 2); // the next decision
        // Enter on a paper that is not a proposal changes nothing.
        window.select(1);
        QVERIFY(!window.proposals->keepAction()->isEnabled());
        QTest::keyClick(window.view(), Qt::Key_Enter);
        QCOMPARE(window.document.undoStack()->count(), 1);
        window.document.undoStack()->undo();
        QVERIFY(window.document.entry(0).isProposed());
        QCOMPARE(window.document.entry(0).proposalScore(), 87.6);
        QCOMPARE(window.document.entry(0).proposalReasons().size(), 2);
    }

    void deleteDropsAndTeachesTheRanker()
    {
        Window window;
        window.open();
        QVERIFY(window.show());
        window.select(2);
        QTest::keyClick(window.view(), Qt::Key_Delete);
        QCOMPARE(window.ids(), (QStringList{QStringLiteral("2611.10000"), QStringLiteral("2611.10001")}));
        QCOMPARE(window.library->notForUs(), QStringList{QStringLiteral("2611.10002")});
        QCOMPARE(window.review->currentEntry(), 0); // the proposal left
        // One undo step takes both back.
        window.document.undoStack()->undo();
        QCOMPARE(window.document.entryCount(), 3);
        QVERIFY(window.document.entry(2).isProposed());
        QVERIFY(window.library->notForUs().isEmpty());
        // A paper of the editor's own is removed, not marked.
        window.select(1);
        QTest::keyClick(window.view(), Qt::Key_Delete);
        QCOMPARE(window.document.entryCount(), 2);
        QVERIFY(window.library->notForUs().isEmpty());
    }

    void theBarSaysWhatTheRunDidAndLeadsToTheFirstProposal()
    {
        Window window;
        PrepareReport report;
        report.digestId = DigestId;
        report.day = QDate(2026, 11, 26);
        report.finished = QDateTime(QDate(2026, 11, 26), QTime(7, 31));
        report.proposed = {{QStringLiteral("2611.10000"), QString(), 1, 87.6, {}},
                           {QStringLiteral("2611.10002"), QString(), 3, 40, {}}};
        report.drafted = QStringList{QStringLiteral("2611.10000")};
        report.failed = {{QStringLiteral("2611.10002"), QStringLiteral("draft"),
                          QStringLiteral("no HTML and the PDF was over the cap")}};
        QVERIFY(window.library->morningRuns().recordRun(report.day, report.toJson()));
        window.open();
        QVERIFY(window.show());
        MorningRunBar *bar = window.proposals->bar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(),
                 QStringLiteral("Today's digest was prepared at 07:31: 2 proposed, 1 drafted, 1 failed "
                                "(no HTML and the PDF was over the cap)"));
        window.review->setCurrentEntry(1);
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("firstProposalButton")),
                          Qt::LeftButton);
        QCOMPARE(window.review->currentEntry(), 0);
        QVERIFY(window.view()->hasFocus());
        // Every proposal decided: the bar has done its work.
        QTest::keyClick(window.view(), Qt::Key_Return);
        QTest::keyClick(window.view(), Qt::Key_Delete);
        QVERIFY(!bar->isVisible());
        // A run of another digest shows nothing.
        Digest other = makeDigest();
        other.setId(DigestId + 1);
        window.document.setDigest(other);
        QVERIFY(!bar->isVisible());
    }
};

QTEST_MAIN(TestProposalsController)
#include "tst_proposalscontroller.moc"
