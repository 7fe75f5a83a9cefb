// Tells the person in the window when someone else assigns them a paper or asks them to review one: a
// desktop notification, and a badge in the status bar counting the new ones until the person looks at
// their papers (the Mine box, or the badge itself, which opens the newest). What was assigned while the app
// was closed is in the badge at the next start.
#pragma once

#include "services/assignmentwatch.h"

#include <QObject>
#include <QVector>

class QCheckBox;
class QToolButton;

namespace DigestStudio {

class DesktopNotifier;
class Library;
class WindowStatusBar;

class AssignmentController final : public QObject
{
    Q_OBJECT

public:
    // Watches `library` (null: nothing to watch) for its person; the badge goes into `statusBar`, `mineBox`
    // clears it. None owned.
    AssignmentController(Library *library, QCheckBox *mineBox, WindowStatusBar *statusBar,
                         QObject *parent = nullptr);

    // The new assignments not looked at yet, oldest first.
    QVector<AssignmentNotice> unseen() const { return m_unseen; }

Q_SIGNALS:
    // The person wants to see the assignment (the badge or the notification clicked): open that digest at
    // that paper.
    void assignmentRequested(qint64 digestId, int position);

private:
    void onAssigned(const AssignmentNotice &notice);
    // Opens the newest unseen assignment and shows the person's papers (which clears the badge).
    void openNewest();
    void clear();
    void updateBadge();
    // Keeps what the person has seen (what is assigned, less the badge's) for the next start.
    void remember();

    Library *m_library = nullptr;
    AssignmentWatch *m_watch = nullptr;
    DesktopNotifier *m_notifier;
    QCheckBox *m_mineBox;
    WindowStatusBar *m_statusBar;
    QToolButton *m_badge;
    QVector<AssignmentNotice> m_unseen;
    bool m_starting = false; // reporting what came while the app was closed
};

} // namespace DigestStudio
