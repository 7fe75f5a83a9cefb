// The pre-flight checks of the open digest: the problems dock, running the checks, going to a finding,
// applying its fix (one undo step) and the marks under the current paper's text in the editor.
#pragma once

#include "checks/finding.h"

#include <QObject>

class QWidget;

namespace DigestStudio {

class EntryEditor;
class ProblemsDock;
class Workspace;

class FindingsController final : public QObject
{
    Q_OBJECT

public:
    // Makes the problems dock (a child of `window`, docked by the DockManager). None owned.
    FindingsController(Workspace *workspace, EntryEditor *editor, QWidget *window);

    ProblemsDock *problemsDock() const { return m_problemsDock; }

public Q_SLOTS:
    // Runs the checks on the open digest now (the window runs them shortly after every change too).
    void checkNow();

Q_SIGNALS:
    // A finding was chosen: the window shows this paper before the finding is selected in its text.
    void entryRequested(int row);

private:
    void showFinding(const Finding &finding);
    void updateMarks();

    Workspace *m_workspace;
    EntryEditor *m_editor;
    ProblemsDock *m_problemsDock;
};

} // namespace DigestStudio
