// FindingsController: the checks run on the open digest and the problems dock lists what is wrong; a problem
// chosen in the dock (Return) shows its paper with the offending text selected; Fix applies the safe fix as
// one undo step; the current paper's problems are marked in the editor.
#include "common/guiresources.h"
#include "controllers/findingscontroller.h"
#include "docks/problemsdock.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

using namespace DigestStudio;

namespace {

// Paper 1 is untranslated; paper 2 has a half-width comma in its Chinese summary.
Digest makeDigest()
{
    Digest digest;
    digest.setDate(QDate(2026, 11, 29));
    for (int i = 0; i < 2; ++i) {
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2210.1000%1").arg(i));
        entry.setTag(QStringLiteral("LG"));
        entry.setTitle(QStringLiteral("Paper %1").arg(i));
        digest.entries().append(entry);
    }
    digest.entries()[1].setZhTitle(QStringLiteral("标题二"));
    digest.entries()[1].setZhSummary(QStringLiteral("摘要,含半角逗号。"));
    return digest;
}

struct Window
{
    QTemporaryDir dir; // the library's; goes last
    QWidget widget;
    Workspace *workspace;
    EntryEditor *editor;
    FindingsController *findings;

    Window()
        : workspace(new Workspace(dir.filePath(QStringLiteral("findings.sqlite")), &widget))
        , editor(new EntryEditor(&widget))
        , findings(new FindingsController(workspace, editor, &widget))
    {
        editor->setDocument(workspace->document());
        auto *layout = new QVBoxLayout(&widget);
        layout->addWidget(editor);
        layout->addWidget(findings->problemsDock());
        // As the window does: the paper a finding is in is shown.
        QObject::connect(findings, &FindingsController::entryRequested, editor,
                         &EntryEditor::setCurrentEntry);
        workspace->openUnstoredDigest(makeDigest());
    }

    ProblemsDock *dock() const { return findings->problemsDock(); }

    // The row of the first finding of `rule` in paper `entry`, -1 when there is none.
    int rowOf(const QString &rule, int entry) const
    {
        const QVector<Finding> all = dock()->findings();
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).rule == rule && all.at(i).entry == entry)
                return i;
        }
        return -1;
    }

    // Selects the dock's row `row` and presses Return (or clicks Fix) as a person does.
    void choose(int row, bool fix)
    {
        auto *tree = dock()->findChild<QTreeWidget *>(QStringLiteral("problemsTree"));
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(row));
        if (!fix) {
            QTest::keyClick(tree, Qt::Key_Return);
            return;
        }
        QTest::mouseClick(dock()->findChild<QPushButton *>(QStringLiteral("fixButton")), Qt::LeftButton);
    }
};

} // namespace

class TestFindingsController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-findings-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void theChecksListWhatIsWrongAndMarkTheShownPaper()
    {
        Window window;
        QVERIFY(window.dock()->findings().isEmpty()); // nothing runs until asked
        window.findings->checkNow();
        QVERIFY(window.dock()->errorCount() >= 1); // paper 1 has no Chinese title
        QVERIFY(window.rowOf(QStringLiteral("ascii-punctuation"), 1) >= 0);
        window.editor->setCurrentEntry(1);
        const QVector<Finding> marks = window.editor->findings();
        QVERIFY(!marks.isEmpty());
        QVERIFY(std::all_of(marks.cbegin(), marks.cend(), [](const Finding &f) { return f.entry == 1; }));
        window.editor->setCurrentEntry(-1);
        QVERIFY(window.editor->findings().isEmpty());
    }

    void aChosenProblemShowsItsPaperWithTheTextSelected()
    {
        Window window;
        window.widget.show();
        window.widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        window.editor->setCurrentEntry(0);
        window.findings->checkNow();
        const int row = window.rowOf(QStringLiteral("ascii-punctuation"), 1);
        QVERIFY(row >= 0);
        QSignalSpy requested(window.findings, &FindingsController::entryRequested);
        window.choose(row, false);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(window.editor->currentEntry(), 1);
        FieldEdit *summary = window.editor->fieldEdit(DigestEntry::Field::ZhSummary);
        QVERIFY(summary->hasFocus());
        QCOMPARE(summary->textCursor().selectedText(), QStringLiteral(","));
    }

    void fixIsOneUndoStep()
    {
        Window window;
        window.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        window.findings->checkNow();
        const int row = window.rowOf(QStringLiteral("ascii-punctuation"), 1);
        QVERIFY(row >= 0);
        window.choose(row, true);
        DigestDocument *document = window.workspace->document();
        QCOMPARE(document->entry(1).zhSummary(), QStringLiteral("摘要，含半角逗号。"));
        document->undoStack()->undo();
        QCOMPARE(document->entry(1).zhSummary(), QStringLiteral("摘要,含半角逗号。"));
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestFindingsController)
#include "tst_findingscontroller.moc"
