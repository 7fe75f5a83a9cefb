#include "controllers/reviewcontroller.h"

#include "common/windowstatusbar.h"
#include "docks/paperlistpanel.h"
#include "document/digestdocument.h"
#include "editor/entryeditor.h"

#include <QAction>
#include <QTreeView>
#include <QUndoStack>

namespace DigestStudio {

ReviewController::ReviewController(DigestDocument *document, EntryEditor *editor, WindowStatusBar *statusBar,
                                   QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_editor(editor)
    , m_statusBar(statusBar)
    , m_paperList(new PaperListPanel(document, window))
{
    setObjectName(QStringLiteral("reviewController"));
    m_paperList->setObjectName(QStringLiteral("paperListPanel"));
    connect(m_paperList, &PaperListPanel::currentEntryChanged, m_editor, &EntryEditor::setCurrentEntry);
    connect(m_paperList, &PaperListPanel::tagRequested, this, &ReviewController::tagSelectedPapers);
    connect(m_paperList, &PaperListPanel::statusRequested, this, &ReviewController::setSelectedStatus);
}

void ReviewController::setRemoveAction(QAction *action)
{
    m_paperList->view()->addAction(action);
    m_paperList->setRemoveAction(action);
}

int ReviewController::currentEntry() const
{
    return m_editor->currentEntry();
}

void ReviewController::setCurrentEntry(int row)
{
    if (row < 0 || row >= m_document->entryCount())
        row = -1;
    m_paperList->showEntry(row);
    m_editor->setCurrentEntry(row);
}

QList<int> ReviewController::selectedEntries() const
{
    return m_paperList->selectedEntries();
}

void ReviewController::goTo(int row)
{
    if (row >= 0)
        setCurrentEntry(row);
    else
        m_statusBar->showMessage(tr("Every paper is reviewed."), 4000);
}

void ReviewController::doneAndNext()
{
    const int row = currentEntry();
    if (row < 0)
        return;
    const DigestEntry::Status status = m_document->entry(row).status();
    // Done with a proposal of the morning run is keeping it: one step with the status.
    const bool proposed = m_document->entry(row).isProposed();
    if (proposed) {
        m_document->undoStack()->beginMacro(
            tr("Keep and mark paper %1").arg(m_document->entry(row).arxivId()));
        m_document->keepProposals({row});
    }
    if (status == DigestEntry::Status::Draft)
        m_document->setStatus({row}, DigestEntry::Status::Translated);
    else if (status == DigestEntry::Status::Translated)
        m_document->setStatus({row}, DigestEntry::Status::Reviewed);
    if (proposed)
        m_document->undoStack()->endMacro();
    const int next = m_document->nextUnfinished(row);
    goTo(next != row ? next : -1);
}

void ReviewController::goToNextUnfinished()
{
    goTo(m_document->nextUnfinished(currentEntry() < 0 ? -1 : currentEntry(), true));
}

void ReviewController::goToPreviousUnfinished()
{
    const int from = currentEntry() < 0 ? m_document->entryCount() : currentEntry();
    goTo(m_document->nextUnfinished(from, false));
}

void ReviewController::removeSelectedPapers()
{
    const QList<int> rows = selectedEntries();
    if (rows.isEmpty())
        return;
    const int first = rows.first();
    m_document->removeEntries(rows);
    setCurrentEntry(qMin(first, m_document->entryCount() - 1));
}

void ReviewController::tagSelectedPapers(const QString &tag)
{
    m_document->setTag(selectedEntries(), tag);
}

void ReviewController::setSelectedStatus(int status)
{
    m_document->setStatus(selectedEntries(), static_cast<DigestEntry::Status>(status));
}

} // namespace DigestStudio
