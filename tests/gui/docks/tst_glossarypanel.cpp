// The glossary dock: editing in the table, CSV import and export through files, bad files change nothing; in
// the main window, adding, editing, removing and importing terms are each undone with Ctrl+Z in the panel
// (and redone with Ctrl+Shift+Z), in the library too, while Ctrl+Z elsewhere undoes the digest's steps.
#include "app/mainwindow.h"
#include "common/guiresources.h"
#include "docks/glossarypanel.h"
#include "models/glossarymodel.h"
#include "storage/library.h"
#include "testsupport.h"
#include "text/glossary.h"
#include "windowparts.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QToolButton>

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

class TestGlossaryPanel final : public QObject
{
    Q_OBJECT

    // Import replaces the glossary; undone, the glossary before it is back, in the library too.
    static void importIsOneUndoStep(const QTemporaryDir &dir, GlossaryPanel *panel, Library *library,
                                    const Glossary *glossary)
    {
        QTableView *view = panel->view();
        auto stored = [library] { return library->glossaryTerms().size(); };
        auto undo = [view] { QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); };
        auto redo = [view] { QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); };
        const QString csv = dir.filePath(QStringLiteral("terms.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("english,chinese\nloss,损失\nattention,注意力\n");
        file.close();
        QString error;
        QVERIFY2(panel->importCsv(csv, &error), qPrintable(error));
        QCOMPARE(glossary->count(), 2);
        view->setFocus();
        undo();
        QCOMPARE(glossary->count(), 1);
        QCOMPARE(glossary->term(0).english(), QStringLiteral("dropout"));
        QCOMPARE(library->glossaryTerms().constFirst().english(), QStringLiteral("dropout"));
        redo();
        QCOMPARE(glossary->count(), 2);
        QCOMPARE(stored(), 2);
    }

private Q_SLOTS:
    void initTestCase() { GuiResources::init(); }
    // The filter's clear button fades in as a test types (see Test::settleAnimations).
    void cleanup() { Test::settleAnimations(); }

    void exportThenImportRestoresTheGlossary()
    {
        QTemporaryDir dir;
        Glossary glossary;
        glossary.setTerms({GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失"), QStringLiteral("n.")),
                           GlossaryTerm(QStringLiteral("a, b"), QStringLiteral("甲\"乙\""))});
        GlossaryPanel panel(&glossary);
        const QString path = dir.filePath(QStringLiteral("g.csv"));
        QString error;
        QVERIFY2(panel.exportCsv(path, &error), qPrintable(error));
        const QVector<GlossaryTerm> before = glossary.terms();
        glossary.setTerms({});
        QVERIFY2(panel.importCsv(path, &error), qPrintable(error));
        QCOMPARE(glossary.terms(), before);
        QCOMPARE(panel.view()->model()->rowCount(), 2);
    }

    void aBrokenFileChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("english,chinese\nloss,损失\n\"never closed,x\n");
        file.close();
        Glossary glossary;
        glossary.setTerms({GlossaryTerm(QStringLiteral("kept"), QStringLiteral("保留"))});
        GlossaryPanel panel(&glossary);
        QString error;
        QVERIFY(!panel.importCsv(path, &error));
        QVERIFY2(error.contains(QStringLiteral("bad.csv")) && error.contains(QStringLiteral("Line 3")),
                 qPrintable(error));
        QCOMPARE(glossary.count(), 1);
        QVERIFY(!panel.importCsv(dir.filePath(QStringLiteral("missing.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.csv")));
    }

    void editingInTheTableChangesTheTerm()
    {
        Glossary glossary;
        glossary.setTerms({GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失"))});
        GlossaryPanel panel(&glossary);
        QSignalSpy changed(&glossary, &Glossary::changed);
        QAbstractItemModel *model = panel.view()->model();
        QVERIFY(model->setData(model->index(0, GlossaryModel::ChineseColumn), QStringLiteral("损耗")));
        QCOMPARE(glossary.term(0).chinese(), QStringLiteral("损耗"));
        QCOMPARE(changed.count(), 1);
        // An empty English term is refused.
        QVERIFY(!model->setData(model->index(0, GlossaryModel::EnglishColumn), QStringLiteral(" ")));
        QCOMPARE(glossary.term(0).english(), QStringLiteral("loss"));
        // The matcher follows the change.
        QCOMPARE(glossary.matcher().matches(QStringLiteral("the loss")).size(), 1);
    }

    void addFilterRemove()
    {
        Glossary glossary;
        glossary.setTerms({GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失")),
                           GlossaryTerm(QStringLiteral("attention"), QStringLiteral("注意力"))});
        GlossaryPanel panel(&glossary);
        panel.show();
        panel.addTerm();
        QCOMPARE(glossary.count(), 3);
        panel.filterEdit()->setText(QStringLiteral("注意"));
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        panel.view()->selectRow(0);
        panel.removeSelected();
        QCOMPARE(glossary.count(), 2);
        QCOMPARE(glossary.matcher().matches(QStringLiteral("attention")).size(), 0);
    }

    void doubleClickRequestsTheRendering()
    {
        Glossary glossary;
        glossary.setTerms({GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失"))});
        GlossaryPanel panel(&glossary);
        QSignalSpy requested(&panel, &GlossaryPanel::renderingRequested);
        Q_EMIT panel.view()->doubleClicked(panel.view()->model()->index(0, GlossaryModel::ChineseColumn));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("损失"));
    }

    void everyChangeIsUndoneWithCtrlZInThePanel()
    {
        QTemporaryDir dir;
        MainWindow window(Test::launchOn(dir.filePath(QStringLiteral("glossary.sqlite"))));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("glossaryDock"));
        QVERIFY(dock);
        dock->show();
        GlossaryPanel *panel = Test::part<GlossaryPanel>(window, "GlossaryPanel");
        QTableView *view = panel->view();
        Library *library = Test::workspace(window)->library();
        QVERIFY(library);
        const Glossary *glossary = Test::workspace(window)->glossary();
        auto stored = [library] { return library->glossaryTerms().size(); };
        auto undo = [view] { QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); };
        auto redo = [view] { QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); };

        // Add: + then the English term typed in place.
        QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("addTermButton")), Qt::LeftButton);
        QCOMPARE(glossary->count(), 1);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && view->isAncestorOf(editor));
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("dropout"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits the typed text once the event loop runs.
        QTRY_COMPARE(glossary->term(0).english(), QStringLiteral("dropout"));
        QCOMPARE(stored(), 1);
        view->setFocus();
        undo(); // the edit
        QCOMPARE(glossary->term(0).english(), QStringLiteral("new term"));
        undo(); // the term itself, from the library too
        QCOMPARE(glossary->count(), 0);
        QCOMPARE(stored(), 0);
        redo();
        redo();
        QCOMPARE(glossary->count(), 1);
        QCOMPARE(glossary->term(0).english(), QStringLiteral("dropout"));
        QCOMPARE(stored(), 1);

        // Remove: the row clicked, then −.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          view->visualRect(view->model()->index(0, GlossaryModel::NoteColumn)).center());
        QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("removeTermsButton")),
                          Qt::LeftButton);
        QCOMPARE(glossary->count(), 0);
        view->setFocus();
        undo();
        QCOMPARE(glossary->count(), 1);
        QCOMPARE(glossary->term(0).english(), QStringLiteral("dropout"));
        QCOMPARE(stored(), 1);

        importIsOneUndoStep(dir, panel, library, glossary);
        if (QTest::currentTestFailed())
            return;

        // Elsewhere in the window (the paper list clicked), Ctrl+Z is the digest's: the glossary stays.
        QTreeView *papers = Test::paperView(window);
        QTest::mouseClick(papers->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
        QTRY_VERIFY(papers->hasFocus());
        QTest::keyClick(papers, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(glossary->count(), 2);
        // Back in the panel (a click below the terms), it is the glossary's again.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(5, view->viewport()->height() - 5));
        QTRY_VERIFY(view->hasFocus());
        undo();
        QCOMPARE(glossary->count(), 1);
    }
};

QTEST_MAIN(TestGlossaryPanel)
#include "tst_glossarypanel.moc"
