#include "app/mainwindowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QUndoGroup>

namespace DigestStudio {

MainWindowActions::MainWindowActions(QUndoGroup *undoGroup, QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("mainWindowActions"));
    createFileAndEditActions(undoGroup);
    createDigestActions();
    createDraftActions();
    m_publishWeChat = action(tr("To &WeChat Draft Box…"), "publishWeChatAction");
    m_publishWeChat->setToolTip(
        tr("Send the digest, its figures and a cover to the Official Account's draft box"));
    m_about = action(tr("&About Digest Studio"), "aboutAction");
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = action(tr("About &Qt"), "aboutQtAction");
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
}

QAction *MainWindowActions::action(const QString &text, const char *objectName)
{
    auto *created = new QAction(text, this);
    created->setObjectName(QLatin1String(objectName));
    return created;
}

void MainWindowActions::createFileAndEditActions(QUndoGroup *undoGroup)
{
    m_importPosts = action(tr("Import &Published Posts…"), "importPostsAction");
    m_importPosts->setToolTip(tr("Import published posts as new digests, many files at once"));
    m_exportPost = action(tr("E&xport…"), "exportPostAction");
    m_exportPost->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportPost->setToolTip(tr("Export the digest in any format, long images included"));
    m_importGlossary = action(tr("&Import Glossary…"), "importGlossaryAction");
    m_exportGlossary = action(tr("&Export Glossary…"), "exportGlossaryAction");
    m_quit = action(tr("&Quit"), "quitAction");
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    m_undo = undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(QKeySequence::Redo);

    const std::pair<Appearance::Theme, QString> themes[] = {{Appearance::Theme::System, tr("&System")},
                                                            {Appearance::Theme::Light, tr("&Light")},
                                                            {Appearance::Theme::Dark, tr("&Dark")}};
    auto *group = new QActionGroup(this);
    for (const auto &theme : themes) {
        auto *choice = new QAction(theme.second, this);
        choice->setObjectName(QStringLiteral("theme-") + Appearance::name(theme.first));
        choice->setCheckable(true);
        choice->setChecked(Appearance::current() == theme.first);
        group->addAction(choice);
        m_themes.append(choice);
    }
}

void MainWindowActions::createDigestActions()
{
    m_newDigest = action(tr("New Digest for &Today"), "newDigestAction");
    m_newDigest->setShortcut(QKeySequence::New);
    m_editHeader = action(tr("&Header and Footer…"), "editHeaderAction");
    m_doneAndNext = action(tr("&Done and Next"), "doneAndNextAction");
    m_doneAndNext->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_doneAndNext->setToolTip(tr("Move the paper one step on (draft → translated → reviewed) and go to the "
                                 "next unfinished one"));
    m_nextUnfinished = action(tr("&Next Unfinished"), "nextUnfinishedAction");
    m_nextUnfinished->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_previousUnfinished = action(tr("&Previous Unfinished"), "previousUnfinishedAction");
    m_previousUnfinished->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    for (QAction *workflow : {m_doneAndNext, m_nextUnfinished, m_previousUnfinished})
        workflow->setShortcutContext(Qt::WindowShortcut);
    m_removePapers = action(tr("&Remove Papers"), "removePapersAction");
    m_removePapers->setShortcut(QKeySequence::Delete);
    // Delete removes papers only while the list has the focus; in a text field it deletes text.
    m_removePapers->setShortcutContext(Qt::WidgetShortcut);
}

void MainWindowActions::createDraftActions()
{
    m_draftPaper = action(tr("&Draft This Paper"), "draftPaperAction");
    m_draftPaper->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_draftPaper->setToolTip(tr("Have the drafting model write this paper's Chinese title, short title and "
                                "summary; your text is never overwritten"));
    m_draftUnfinished = action(tr("Draft &All Unfinished"), "draftUnfinishedAction");
    m_draftUnfinished->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_draftUnfinished->setToolTip(tr("Draft every paper not yet reviewed whose Chinese title or summary is "
                                     "empty"));
    m_acceptDraft = action(tr("A&ccept Draft"), "acceptDraftAction");
    m_acceptDraft->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_dismissDraft = action(tr("Dis&miss Draft"), "dismissDraftAction");
    m_dismissDraft->setShortcut(QKeySequence(Qt::Key_Escape));
    for (QAction *offer : {m_acceptDraft, m_dismissDraft}) {
        offer->setShortcutContext(Qt::WindowShortcut);
        offer->setEnabled(false); // while a draft is offered
    }
    for (QAction *draft : {m_draftPaper, m_draftUnfinished})
        draft->setShortcutContext(Qt::WindowShortcut);
    m_draftingSettings = action(tr("Drafting &Settings…"), "draftingSettingsAction");
    m_morningRun = action(tr("&Morning Run…"), "morningRunAction");
}

QAction *MainWindowActions::themeAction(Appearance::Theme theme) const
{
    return m_themes.value(static_cast<int>(theme));
}

void MainWindowActions::createMenus(QMenuBar *menuBar, const QList<QAction *> &dockToggles)
{
    m_fileMenu = menuBar->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_importPosts);
    m_fileMenu->addAction(m_exportPost);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importGlossary);
    m_fileMenu->addAction(m_exportGlossary);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);

    createViewMenu(menuBar, dockToggles);
    createDigestMenu(menuBar);
    m_publishMenu = menuBar->addMenu(tr("&Publish"));
    m_publishMenu->setObjectName(QStringLiteral("publishMenu"));
    m_publishMenu->addAction(m_publishWeChat);

    m_helpMenu = menuBar->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

void MainWindowActions::createViewMenu(QMenuBar *menuBar, const QList<QAction *> &dockToggles)
{
    m_viewMenu = menuBar->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addActions(dockToggles);
    m_viewMenu->addSeparator();
    QMenu *themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    themeMenu->addActions(m_themes);
}

void MainWindowActions::createDigestMenu(QMenuBar *menuBar)
{
    m_digestMenu = menuBar->addMenu(tr("&Digest"));
    m_digestMenu->setObjectName(QStringLiteral("digestMenu"));
    m_digestMenu->addAction(m_newDigest);
    m_digestMenu->addAction(m_editHeader);
    m_digestMenu->addSeparator();
    m_digestMenu->addAction(m_doneAndNext);
    m_digestMenu->addAction(m_nextUnfinished);
    m_digestMenu->addAction(m_previousUnfinished);
    m_digestMenu->addSeparator();
    m_digestMenu->addAction(m_draftPaper);
    m_digestMenu->addAction(m_draftUnfinished);
    m_digestMenu->addAction(m_acceptDraft);
    m_digestMenu->addAction(m_dismissDraft);
    m_digestMenu->addAction(m_draftingSettings);
    m_digestMenu->addAction(m_morningRun);
    m_digestMenu->addSeparator();
    m_digestMenu->addAction(m_removePapers);
}

} // namespace DigestStudio
