#include "controllers/findingscontroller.h"

#include "docks/problemsdock.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"

namespace DigestStudio {

FindingsController::FindingsController(Workspace *workspace, EntryEditor *editor, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_problemsDock(new ProblemsDock(window))
{
    setObjectName(QStringLiteral("findingsController"));
    connect(m_problemsDock, &ProblemsDock::findingsChanged, this, &FindingsController::updateMarks);
    connect(m_problemsDock, &ProblemsDock::findingActivated, this, &FindingsController::showFinding);
    connect(m_problemsDock, &ProblemsDock::fixRequested, m_workspace->document(), &DigestDocument::applyFix);
    connect(m_editor, &EntryEditor::currentEntryChanged, this, &FindingsController::updateMarks);
}

void FindingsController::checkNow()
{
    m_problemsDock->setContext(m_workspace->checkContext());
    m_problemsDock->checkNow();
}

void FindingsController::updateMarks()
{
    const int row = m_editor->currentEntry();
    m_editor->setFindings(row >= 0 ? m_problemsDock->findingsFor(row) : QVector<Finding>());
}

void FindingsController::showFinding(const Finding &finding)
{
    if (finding.entry < 0 || finding.entry >= m_workspace->document()->entryCount())
        return;
    // Connected directly: the paper is shown when this returns.
    Q_EMIT entryRequested(finding.entry);
    if (!finding.hasField)
        return;
    FieldEdit *edit = m_editor->fieldEdit(finding.field);
    if (!edit)
        return;
    edit->setFocus();
    QTextCursor cursor = edit->textCursor();
    const int length = edit->document()->characterCount() - 1;
    cursor.setPosition(qBound(0, finding.start, length));
    cursor.setPosition(qBound(0, finding.start + finding.length, length), QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
}

} // namespace DigestStudio
