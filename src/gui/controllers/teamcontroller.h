// The team's parts of the window: the History dock of the shown paper (who changed which field when, by
// character) with restoring an earlier text as an undoable change, and the Comments dock (its threads,
// commenting on the selected text, replying, resolving), both read again when the library says the paper
// changed; and the Activity dock, the team's latest events.
#pragma once

#include "model/libraryerror.h"

#include <QHash>
#include <QObject>

class QAction;
class QTimer;
class QWidget;

namespace DigestStudio {

class ActivityPanel;
class CommentsPanel;
class EntryEditor;
class HistoryPanel;
class WindowStatusBar;
class Workspace;

class TeamController final : public QObject
{
    Q_OBJECT

public:
    // How often the Activity dock reads the library while it is shown, and how many events it shows.
    static constexpr int ActivityRefreshMs = 15000;
    static constexpr int ActivityShown = 200;

    // Makes the history panel (a child of `window`, docked by the DockManager). None owned.
    TeamController(Workspace *workspace, EntryEditor *editor, WindowStatusBar *statusBar, QWidget *window);

    HistoryPanel *historyPanel() const { return m_history; }
    CommentsPanel *commentsPanel() const { return m_comments; }
    ActivityPanel *activityPanel() const { return m_activity; }
    // Digest ▸ Four-Eyes Review: the library's rule, checked when on (digestctl team four-eyes).
    QAction *fourEyesAction() const { return m_fourEyes; }
    // Whom papers can be assigned to: the team's members (PostgreSQL), else this person.
    QStringList people() const;
    // Their display names by name, where set (digestctl team add --display-name).
    QHash<QString, QString> displayNames() const;
    // Makes `person` (empty: nobody) the assignee, or the reviewer, of the papers at `rows`: stored at once,
    // one undo step; what the library refused in the status bar.
    void assign(const QList<int> &rows, const QString &person, bool asReviewer);

protected:
    // The Activity dock shown or hidden: its reading starts or stops.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // A comment was stored, or a thread resolved or reopened: the pre-flight checks count them.
    void commentsChanged();

public Q_SLOTS:
    // Reads the shown paper's history and comments again.
    void reloadHistory();
    // Reads the team's latest activity again (every few seconds while its dock is shown, and after each
    // change seen here).
    void reloadActivity();

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
    ActivityPanel *m_activity;
    QTimer *m_activityTimer;
    QAction *m_fourEyes;
};

} // namespace DigestStudio
