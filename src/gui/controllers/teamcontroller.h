// The team's parts of the window: the History dock of the shown paper (who changed which field when, by
// character) with restoring an earlier text as an undoable change.
#pragma once

#include <QObject>

class QWidget;

namespace DigestStudio {

class EntryEditor;
class HistoryPanel;
class WindowStatusBar;
class Workspace;

class TeamController final : public QObject
{
    Q_OBJECT

public:
    // Makes the history panel (a child of `window`, docked by the DockManager). None owned.
    TeamController(Workspace *workspace, EntryEditor *editor, WindowStatusBar *statusBar, QWidget *window);

    HistoryPanel *historyPanel() const { return m_history; }

public Q_SLOTS:
    // Reads the shown paper's history again.
    void reloadHistory();

private:
    // Puts `text` back into `field` of the shown paper: one undo step, saved by the autosave.
    void restore(const QString &field, const QString &text);

    Workspace *m_workspace;
    EntryEditor *m_editor;
    WindowStatusBar *m_statusBar;
    HistoryPanel *m_history;
};

} // namespace DigestStudio
