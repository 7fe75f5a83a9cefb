// Every action of the main window (text, shortcut, icon) and the File, Edit, View, Digest and Help menus that
// hold them; the window connects them to what they do.
#pragma once

#include "app/appearance.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QUndoGroup;

namespace DigestStudio {

class MainWindowActions final : public QObject
{
    Q_OBJECT

public:
    // Undo and redo act on the active stack of `undoGroup` (not owned): the digest's, or the glossary's.
    MainWindowActions(QUndoGroup *undoGroup, QObject *parent = nullptr);

    // Fills `menuBar`; the View menu starts with the docks' toggle actions.
    void createMenus(QMenuBar *menuBar, const QList<QAction *> &dockToggles);

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *digestMenu() const { return m_digestMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QMenu *publishMenu() const { return m_publishMenu; }
    // Publish ▸ To WeChat Draft Box…
    QAction *publishWeChat() const { return m_publishWeChat; }

    QAction *importPosts() const { return m_importPosts; }
    QAction *exportPost() const { return m_exportPost; }
    QAction *importGlossary() const { return m_importGlossary; }
    QAction *exportGlossary() const { return m_exportGlossary; }
    QAction *quit() const { return m_quit; }
    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    // View ▸ Theme, one checkable action per theme.
    QAction *themeAction(Appearance::Theme theme) const;
    QAction *newDigest() const { return m_newDigest; }
    QAction *editHeader() const { return m_editHeader; }
    QAction *doneAndNext() const { return m_doneAndNext; }
    QAction *nextUnfinished() const { return m_nextUnfinished; }
    QAction *previousUnfinished() const { return m_previousUnfinished; }
    // Delete in the paper list (only there: in a text field Delete deletes text).
    QAction *removePapers() const { return m_removePapers; }
    // Machine drafts: this paper (Ctrl+D), all unfinished ones (Ctrl+Shift+D), the offered draft accepted
    // (Ctrl+Shift+Return) or dismissed (Esc), and the provider settings.
    QAction *draftPaper() const { return m_draftPaper; }
    QAction *draftUnfinished() const { return m_draftUnfinished; }
    QAction *acceptDraft() const { return m_acceptDraft; }
    QAction *dismissDraft() const { return m_dismissDraft; }
    QAction *draftingSettings() const { return m_draftingSettings; }
    // The morning run's schedule and numbers (MorningRunDialog).
    QAction *morningRun() const { return m_morningRun; }
    QAction *about() const { return m_about; }
    QAction *aboutQt() const { return m_aboutQt; }

private:
    QAction *action(const QString &text, const char *objectName);
    void createFileAndEditActions(QUndoGroup *undoGroup);
    void createDigestActions();
    void createDraftActions();
    void createViewMenu(QMenuBar *menuBar, const QList<QAction *> &dockToggles);
    void createDigestMenu(QMenuBar *menuBar);

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_digestMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_publishMenu = nullptr;
    QAction *m_publishWeChat = nullptr;
    QAction *m_importPosts = nullptr;
    QAction *m_exportPost = nullptr;
    QAction *m_importGlossary = nullptr;
    QAction *m_exportGlossary = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<QAction *> m_themes; // in the order of Appearance::Theme
    QAction *m_newDigest = nullptr;
    QAction *m_editHeader = nullptr;
    QAction *m_doneAndNext = nullptr;
    QAction *m_nextUnfinished = nullptr;
    QAction *m_previousUnfinished = nullptr;
    QAction *m_removePapers = nullptr;
    QAction *m_draftPaper = nullptr;
    QAction *m_draftUnfinished = nullptr;
    QAction *m_acceptDraft = nullptr;
    QAction *m_dismissDraft = nullptr;
    QAction *m_draftingSettings = nullptr;
    QAction *m_morningRun = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace DigestStudio
