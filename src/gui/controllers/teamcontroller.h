// The team's parts of the window: the History dock of the shown paper (who changed which field when, by
// character) with restoring an earlier text as an undoable change, and the Comments dock (its threads,
// commenting on the selected text, replying, resolving), both read again when the library says the paper
// changed.
#pragma once

#include "model/libraryerror.h"

#include <QObject>

class QAction;
class QWidget;

namespace DigestStudio {

class CommentsPanel;
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
    CommentsPanel *commentsPanel() const { return m_comments; }
    // Digest ▸ Four-Eyes Review: the library's rule, checked when on (digestctl team four-eyes).
    QAction *fourEyesAction() const { return m_fourEyes; }
    // Whom papers can be assigned to: the team's members (PostgreSQL), else this person.
    QStringList people() const;
    // Makes `person` (empty: nobody) the assignee, or the reviewer, of the papers at `rows`: stored at once,
    // one undo step; what the library refused in the status bar.
    void assign(const QList<int> &rows, const QString &person, bool asReviewer);

Q_SIGNALS:
    // A comment was stored, or a thread resolved or reopened: the pre-flight checks count them.
    void commentsChanged();

public Q_SLOTS:
    // Reads the shown paper's history and comments again.
    void reloadHistory();

private:
    // Puts `text` back into `field` of the shown paper: one undo step, saved by the autosave.
    void restore(const QString &field, const QString &text);
    // The shown paper's stored id, its last keystrokes saved first (comments anchor to the stored text); 0
    // and a message in the status bar when there is none.
    qint64 savedEntryId();
    void reloadComments();
    void comment(const QString &text);
    void reply(qint64 commentId, const QString &text);
    void resolve(qint64 commentId, bool resolved);
    // After a comment was stored, or not: the box emptied and the threads read again, or why not.
    void commented(bool stored, const LibraryError &error);
    // The action shows the library's rule; toggled, it sets it.
    void readFourEyes();
    void setFourEyes(bool on);

    Workspace *m_workspace;
    EntryEditor *m_editor;
    WindowStatusBar *m_statusBar;
    HistoryPanel *m_history;
    CommentsPanel *m_comments;
    QAction *m_fourEyes;
};

} // namespace DigestStudio
