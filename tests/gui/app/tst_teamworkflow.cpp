// Two windows on one PostgreSQL library as two people (two login roles), driven by clicks and keys: the
// editor assigns paper 1 to the translator through the paper list's context menu, and the translator's window
// shows it (the badge, the Team column); the translator writes the Chinese summary, the editor sees them
// typing, and Ctrl+Return marks it translated; the editor comments on a span of it in the Comments dock and
// the thread shows in the translator's window; the translator, its last writer, cannot mark it reviewed (the
// four-eyes rule, on by default on PostgreSQL): the save is refused in words and Ctrl+Z takes the mark back;
// the editor marks it reviewed, and the translator's window shows that.
#include "common/guiresources.h"
#include "controllers/teamcontroller.h"
#include "document/digestdocument.h"
#include "editor/fieldedit.h"
#include "guiinput.h"
#include "librarytests.h"
#include "models/paperlistmodel.h"
#include "storage/commentstore.h"
#include "storage/teamstore.h"
#include "windowparts.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace DigestStudio;
using namespace DigestStudio::Test;
using Status = DigestEntry::Status;

namespace {

bool activate(MainWindow &window)
{
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

QModelIndex paperIndex(MainWindow &window, int row, int column = PaperListModel::TitleColumn)
{
    return paperView(window)->model()->index(row, column);
}

void clickPaper(MainWindow &window, int row)
{
    QTreeView *view = paperView(window);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(paperIndex(window, row)).center());
}

FieldEdit *summary(MainWindow &window)
{
    return part<FieldEdit>(window, "zh_summary");
}

// Clicks the tab of a tabbed dock, as a person brings it forward.
bool clickDockTab(MainWindow &window, const QString &title)
{
    for (QTabBar *bar : window.findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i).remove(QLatin1Char('&')) == title) {
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
                return true;
            }
        }
    }
    return false;
}

// Right click on paper `row`, then Assign to ▸ `person`, with the keyboard.
void assignWithTheContextMenu(MainWindow &window, int row, const QString &person)
{
    QTreeView *view = paperView(window);
    const QPoint at = view->visualRect(paperIndex(window, row)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    Test::chooseInContextMenu(view->viewport(), at, QStringLiteral("assignMenu"), person);
}

} // namespace

class TestTeamWorkflow final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;

    // The library: one digest of two papers, made by its owner (the editor here), and a translator member.
    void makeLibrary(const QString &location, QString *asTranslator, QString *translatorRole)
    {
        {
            OPEN_LIBRARY(owner, location);
            const qint64 digest = owner->createDigest(QDate(2026, 12, 7));
            for (int i = 1; i <= 2; ++i)
                owner->appendEntry(digest, makeEntry(QStringLiteral("2212.0000%1").arg(i),
                                                     QStringLiteral("Paper %1").arg(i), QString()));
            // The translator is a member as `digestctl team add NAME --role translator` makes one: a login
            // role granted the translator's privileges, nothing more.
            *asTranslator = m_scratch.loginAs(location, QStringLiteral("translator"), false, translatorRole);
            QVERIFY(!asTranslator->isEmpty());
            LibraryError error;
            QVERIFY2(owner->team().setUpRoles(&error), qPrintable(error.message));
            QVERIFY2(owner->team().addMember(*translatorRole, QStringLiteral("translator"),
                                             QStringLiteral("王芳"), QString(), &error),
                     qPrintable(error.message));
            QVERIFY(owner->team().setDisplayName(owner->person(), QStringLiteral("Li Lei"), &error));
        }
    }

    // The editor assigns paper 1 to the translator; the translator's window shows it.
    void assign(MainWindow &editor, MainWindow &translator, const QString &translatorRole)
    {
        // The editor assigns paper 1 to 王芳 (the context menu lists the team's members by role).
        QVERIFY(activate(editor));
        auto *team = part<TeamController>(editor, "teamController");
        QVERIFY(team);
        QVERIFY2(team->people().contains(translatorRole), qPrintable(team->people().join(QLatin1Char(','))));
        assignWithTheContextMenu(editor, 0, translatorRole);
        QTRY_COMPARE_WITH_TIMEOUT(document(editor)->entry(0).assignee(), translatorRole, 10000);
        auto *badge = part<QToolButton>(translator, "assignmentBadge");
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 10000);
        QCOMPARE(badge->text(), QStringLiteral("1 new for me"));
        QTRY_COMPARE_WITH_TIMEOUT(paperIndex(translator, 0, PaperListModel::TeamColumn).data().toString(),
                                  QStringLiteral("王 → "), 10000);
    }

    void translate(MainWindow &editor, MainWindow &translator)
    {
        // The translator writes the summary (the editor sees them typing) and marks it translated.
        QVERIFY(activate(translator));
        clickPaper(translator, 0);
        QTest::mouseClick(summary(translator)->viewport(), Qt::LeftButton);
        QTRY_VERIFY(summary(translator)->hasFocus());
        typeCommitted(summary(translator), QStringLiteral("我们提出一种方法。它更快。"));
        QTRY_COMPARE_WITH_TIMEOUT(paperIndex(editor, 0, PaperListModel::PresenceColumn).data().toString(),
                                  QStringLiteral("王✎"), 10000);
        QTest::keyClick(summary(translator), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(document(translator)->entry(0).status(), Status::Translated);
        QTRY_VERIFY2_WITH_TIMEOUT(statusBar(translator)->saveState() == WindowStatusBar::SaveState::Saved,
                                  qPrintable(statusBar(translator)->saveStateText()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(document(editor)->entry(0).status(), Status::Translated, 10000);
        QCOMPARE(document(editor)->entry(0).zhSummary(), QStringLiteral("我们提出一种方法。它更快。"));
    }

    void comment(MainWindow &editor, MainWindow &translator)
    {
        // The editor selects 它更快 with the keyboard and comments on it in the Comments dock.
        QVERIFY(activate(editor));
        QVERIFY(clickDockTab(editor, QStringLiteral("Comments")));
        clickPaper(editor, 0);
        FieldEdit *text = summary(editor);
        QTest::mouseClick(text->viewport(), Qt::LeftButton);
        QTest::keyClick(text, Qt::Key_End);
        QTest::keyClick(text, Qt::Key_Left);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(text, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(text->textCursor().selectedText(), QStringLiteral("它更快"));
        auto *box = part<QPlainTextEdit>(editor, "commentText");
        QTest::mouseClick(box->viewport(), Qt::LeftButton);
        typeCommitted(box, QStringLiteral("术语不对，见词表"));
        QTest::mouseClick(part<QPushButton>(editor, "commentButton"), Qt::LeftButton);

        // It shows in the translator's window, anchored to the span.
        QVERIFY(activate(translator));
        QVERIFY(clickDockTab(translator, QStringLiteral("Comments")));
        clickPaper(translator, 0);
        auto *threads = part<QTreeWidget>(translator, "commentsList");
        QTRY_COMPARE_WITH_TIMEOUT(threads->topLevelItemCount(), 1, 10000);
        QVERIFY(threads->topLevelItem(0)->text(2).contains(QStringLiteral("«它更快»")));
        QVERIFY(threads->topLevelItem(0)->text(2).contains(QStringLiteral("术语不对，见词表")));
    }

    void review(MainWindow &editor, MainWindow &translator)
    {
        // The translator wrote the summary last: marking it reviewed is refused, in words, and undone.
        QTest::mouseClick(summary(translator)->viewport(), Qt::LeftButton);
        QTRY_VERIFY(summary(translator)->hasFocus());
        QTest::keyClick(summary(translator), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(document(translator)->entry(0).status(), Status::Reviewed);
        WindowStatusBar *bar = statusBar(translator);
        QTRY_COMPARE_WITH_TIMEOUT(bar->saveState(), WindowStatusBar::SaveState::Failed, 10000);
        QVERIFY2(bar->saveStateText().contains(QStringLiteral("four-eyes")),
                 qPrintable(bar->saveStateText()));
        QTest::mouseClick(paperView(translator)->viewport(), Qt::LeftButton, {},
                          paperView(translator)->visualRect(paperIndex(translator, 0)).center());
        QTest::keyClick(paperView(translator), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(document(translator)->entry(0).status(), Status::Translated);
        QTRY_COMPARE_WITH_TIMEOUT(bar->saveState(), WindowStatusBar::SaveState::Saved, 10000);
        DigestEntry stored;
        QVERIFY(workspace(editor)->library()->loadEntry(document(editor)->entry(0).id(), &stored));
        QCOMPARE(stored.status(), Status::Translated);

        // The editor, who did not write it, marks it reviewed; the translator's window follows.
        QVERIFY(activate(editor));
        QTest::mouseClick(summary(editor)->viewport(), Qt::LeftButton);
        QTRY_VERIFY(summary(editor)->hasFocus());
        QTest::keyClick(summary(editor), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(document(editor)->entry(0).status(), Status::Reviewed);
        QTRY_COMPARE_WITH_TIMEOUT(statusBar(editor)->saveState(), WindowStatusBar::SaveState::Saved, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(document(translator)->entry(0).status(), Status::Reviewed, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-team-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void assignCommentAndFourEyesBetweenTwoWindows()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        if (location.isEmpty())
            QFAIL(qPrintable(ScratchLibraries::noServer()));
        QString translatorRole;
        QString asTranslator;
        makeLibrary(location, &asTranslator, &translatorRole);
        if (QTest::currentTestFailed())
            return;
        MainWindow editor(launchOn(location));
        MainWindow translator(launchOn(asTranslator));
        QVERIFY2(workspace(translator)->library(), qPrintable(workspace(translator)->libraryError()));
        editor.resize(1400, 900);
        translator.resize(1400, 900);
        editor.show();
        translator.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(QTest::qWaitForWindowExposed(&translator));

        assign(editor, translator, translatorRole);
        if (!QTest::currentTestFailed())
            translate(editor, translator);
        if (!QTest::currentTestFailed())
            comment(editor, translator);
        if (!QTest::currentTestFailed())
            review(editor, translator);
    }
};

QTEST_MAIN(TestTeamWorkflow)
#include "tst_teamworkflow.moc"
