// TeamController: the History dock lists the shown paper's changes newest first (who, which field, the change
// by character); choosing a change with the mouse and clicking Restore puts the earlier text back as one undo
// step that the autosave stores (and that lands in the history in turn); undo takes it back. The Comments
// dock: a comment on text selected with the keyboard is anchored to it in the library, a reply joins its
// thread, Resolve and Reopen act on the thread, each with real clicks.
#include "common/guiresources.h"
#include "common/windowstatusbar.h"
#include "controllers/teamcontroller.h"
#include "docks/activitypanel.h"
#include "docks/commentspanel.h"
#include "docks/historypanel.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "guiinput.h"
#include "services/settingskeys.h"
#include "storage/commentstore.h"
#include "storage/library.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::typeCommitted;

namespace {

// A window on a library holding one digest of two papers; the first's Chinese title was changed once.
struct Window
{
    QTemporaryDir dir; // the library's; goes last
    QWidget widget;
    Workspace *workspace;
    EntryEditor *editor;
    WindowStatusBar *statusBar;
    TeamController *team = nullptr;

    Window()
        : workspace(new Workspace(dir.filePath(QStringLiteral("team.sqlite")), &widget))
        , editor(new EntryEditor(&widget))
        , statusBar(new WindowStatusBar(&widget))
    {
        editor->setDocument(workspace->document());
        Library *library = workspace->library();
        const qint64 digestId = library->createDigest(QDate(2026, 12, 7));
        for (int i = 0; i < 2; ++i) {
            DigestEntry entry;
            entry.setArxivId(QStringLiteral("2212.1000%1").arg(i));
            entry.setTitle(QStringLiteral("Paper %1").arg(i));
            entry.setZhTitle(QStringLiteral("旧标题"));
            entry = library->appendEntry(digestId, entry);
            if (i == 0)
                library->saveField(entry.id(), entry.revision(), DigestEntry::Field::ZhTitle,
                                   QStringLiteral("新标题"));
        }
        team = new TeamController(workspace, editor, statusBar, &widget);
        auto *layout = new QVBoxLayout(&widget);
        layout->addWidget(editor);
        layout->addWidget(team->historyPanel());
        layout->addWidget(team->commentsPanel());
        layout->addWidget(team->activityPanel());
        layout->addWidget(statusBar);
        QString error;
        if (!workspace->openStoredDigest(digestId, &error))
            qWarning("%s", qPrintable(error));
        editor->setCurrentEntry(0);
    }

    QTreeWidget *list() const
    {
        return team->historyPanel()->findChild<QTreeWidget *>(QStringLiteral("historyList"));
    }
    QPushButton *restore() const
    {
        return team->historyPanel()->findChild<QPushButton *>(QStringLiteral("restoreButton"));
    }
    template<typename T>
    T *comments(const char *name) const
    {
        return team->commentsPanel()->findChild<T *>(QLatin1String(name));
    }
};

} // namespace

class TestTeamController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-team-test"));
        GuiResources::init();
        QSettings().clear();
        QSettings().setValue(SettingsKeys::TeamPersonName.name(), QStringLiteral("Wang Fang"));
    }

    void restoreAnEarlierTextAsAnUndoableChange()
    {
        Window window;
        window.widget.resize(900, 700);
        window.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        QTreeWidget *list = window.list();
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 1);
        QTreeWidgetItem *change = list->topLevelItem(0);
        QCOMPARE(change->text(1), QStringLiteral("Wang Fang"));
        QCOMPARE(change->text(3), QStringLiteral("[-旧-]{+新+}标题"));
        QVERIFY(!window.restore()->isEnabled());

        // Choose the change with the mouse, then Restore.
        const QRect rect = list->visualItemRect(change);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QVERIFY(window.restore()->isEnabled());
        QTest::mouseClick(window.restore(), Qt::LeftButton);
        DigestDocument *document = window.workspace->document();
        QCOMPARE(document->entry(0).zhTitle(), QStringLiteral("旧标题"));
        QVERIFY(window.statusBar->currentMessage().contains(QStringLiteral("restored")));

        // Stored, and in the history in turn: two changes, the restore the newest.
        QVERIFY(window.workspace->autosave()->saveNow());
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("[-新-]{+旧+}标题"));

        // One undo step takes it back.
        document->undoStack()->undo();
        QCOMPARE(document->entry(0).zhTitle(), QStringLiteral("新标题"));
        QVERIFY(window.workspace->autosave()->saveNow());
        QTRY_COMPARE(list->topLevelItemCount(), 3);

        // Another paper shows its own history: none.
        window.editor->setCurrentEntry(1);
        QCOMPARE(list->topLevelItemCount(), 0);
    }

    void commentOnSelectedTextReplyAndResolve()
    {
        Window window;
        window.widget.resize(900, 900);
        window.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        auto *list = window.comments<QTreeWidget>("commentsList");
        auto *text = window.comments<QPlainTextEdit>("commentText");
        auto *comment = window.comments<QPushButton>("commentButton");
        QVERIFY(list && text && comment);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!comment->isEnabled());

        // 标题 selected in the Chinese title with the keyboard: the end of 新标题, two characters.
        FieldEdit *title = window.editor->fieldEdit(DigestEntry::Field::ZhTitle);
        QTest::mouseClick(title->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(4, 4));
        QTest::keyClick(title, Qt::Key_End);
        QTest::keyClick(title, Qt::Key_Left, Qt::ShiftModifier);
        QTest::keyClick(title, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(title->textCursor().selectedText(), QStringLiteral("标题"));
        QTest::mouseClick(text->viewport(), Qt::LeftButton);
        typeCommitted(text, QStringLiteral("术语不对，见词表"));
        QTest::mouseClick(comment, Qt::LeftButton);

        Library *library = window.workspace->library();
        const qint64 digestId = window.workspace->document()->digest().id();
        QVector<EntryComment> stored = library->comments().comments(digestId, nullptr);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().field, QStringLiteral("zh_title"));
        QCOMPARE(stored.first().quote, QStringLiteral("标题"));
        QCOMPARE(stored.first().start, 1);
        QCOMPARE(stored.first().text, QStringLiteral("术语不对，见词表"));
        QCOMPARE(stored.first().author, QStringLiteral("Wang Fang"));
        QCOMPARE(text->toPlainText(), QString());
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("«标题»")));
        QCOMPARE(library->comments().unresolvedCount(digestId, nullptr), 1);

        // A reply to the thread chosen with the mouse.
        QTreeWidgetItem *thread = list->topLevelItem(0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          list->visualItemRect(thread).center());
        QTest::mouseClick(text->viewport(), Qt::LeftButton);
        typeCommitted(text, QStringLiteral("已改"));
        QTest::mouseClick(window.comments<QPushButton>("replyButton"), Qt::LeftButton);
        stored = library->comments().comments(digestId, nullptr);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).parentId, stored.at(0).id);
        QCOMPARE(list->topLevelItem(0)->childCount(), 1);

        // Resolved from the reply: the thread is; then reopened.
        QTreeWidgetItem *reply = list->topLevelItem(0)->child(0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          list->visualItemRect(reply).center());
        auto *resolve = window.comments<QPushButton>("resolveButton");
        QTest::mouseClick(resolve, Qt::LeftButton);
        QCOMPARE(library->comments().unresolvedCount(digestId, nullptr), 0);
        QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("Wang Fang")));
        reply = list->topLevelItem(0)->child(0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          list->visualItemRect(reply).center());
        QCOMPARE(resolve->text(), QStringLiteral("Re&open"));
        QTest::mouseClick(resolve, Qt::LeftButton);
        QCOMPARE(library->comments().unresolvedCount(digestId, nullptr), 1);

        // Another paper: its own comments, none.
        window.editor->setCurrentEntry(1);
        QCOMPARE(list->topLevelItemCount(), 0);
    }

    // Assigning (as the paper list's context menu asks) is stored at once and is one undo step.
    void assignIsStoredAndUndoable()
    {
        Window window;
        QCOMPARE(window.team->people(), QStringList{QStringLiteral("Wang Fang")});
        window.team->assign({0, 1}, QStringLiteral("Li Na"), false);
        window.team->assign({1}, QStringLiteral("Wang Fang"), true);
        DigestDocument *document = window.workspace->document();
        Library *library = window.workspace->library();
        const auto stored = [library, document](int row) -> QString {
            DigestEntry entry;
            library->loadEntry(document->entry(row).id(), &entry);
            return entry.assignee() + QLatin1Char('/') + entry.reviewer();
        };
        QCOMPARE(stored(0), QStringLiteral("Li Na/"));
        QCOMPARE(stored(1), QStringLiteral("Li Na/Wang Fang"));
        QCOMPARE(document->entry(1).reviewer(), QStringLiteral("Wang Fang"));
        document->undoStack()->undo();
        QCOMPARE(stored(1), QStringLiteral("Li Na/"));
        QCOMPARE(document->entry(1).reviewer(), QString());
        document->undoStack()->undo();
        QCOMPARE(stored(0), QStringLiteral("/"));
        QCOMPARE(document->entry(0).assignee(), QString());
        document->undoStack()->redo();
        QCOMPARE(stored(0), QStringLiteral("Li Na/"));
    }

    // The Activity dock, shown: the team's latest events newest first, in words, as they happen here.
    void theActivityListsTheTeamsWork()
    {
        Window window;
        window.widget.resize(900, 900);
        window.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        auto *list = window.team->activityPanel()->findChild<QTreeWidget *>(QStringLiteral("activityList"));
        QVERIFY(list);
        // The first paper's title was changed when the window's library was made.
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Wang Fang"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("edited the Chinese title"));
        QVERIFY(list->topLevelItem(0)->text(3).endsWith(QStringLiteral("paper 1")));
        window.team->assign({1}, QStringLiteral("Li Na"), false);
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("assigned to Li Na"));
        QVERIFY(list->topLevelItem(0)->text(3).endsWith(QStringLiteral("paper 2")));
    }
};

QTEST_MAIN(TestTeamController)
#include "tst_teamcontroller.moc"
