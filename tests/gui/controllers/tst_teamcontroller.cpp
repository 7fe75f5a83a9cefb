// TeamController: the History dock lists the shown paper's changes newest first (who, which field, the change
// by character); choosing a change with the mouse and clicking Restore puts the earlier text back as one undo
// step that the autosave stores (and that lands in the history in turn); undo takes it back.
#include "common/guiresources.h"
#include "common/windowstatusbar.h"
#include "controllers/teamcontroller.h"
#include "docks/historypanel.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "services/settingskeys.h"
#include "storage/library.h"

#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

using namespace DigestStudio;

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
};

QTEST_MAIN(TestTeamController)
#include "tst_teamcontroller.moc"
