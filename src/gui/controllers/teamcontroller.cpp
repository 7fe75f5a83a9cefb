#include "controllers/teamcontroller.h"

#include "common/fieldlabels.h"
#include "common/windowstatusbar.h"
#include "docks/historypanel.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "storage/entryhistorystore.h"
#include "storage/library.h"

namespace DigestStudio {

TeamController::TeamController(Workspace *workspace, EntryEditor *editor, WindowStatusBar *statusBar,
                               QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_statusBar(statusBar)
    , m_history(new HistoryPanel(window))
{
    setObjectName(QStringLiteral("teamController"));
    connect(m_history, &HistoryPanel::restoreRequested, this, &TeamController::restore);
    connect(m_editor, &EntryEditor::currentEntryChanged, this, &TeamController::reloadHistory);
    // Every save (ours, restored ones included) and every change from elsewhere adds to the history.
    if (AutosaveController *autosave = m_workspace->autosave()) {
        connect(autosave, &AutosaveController::stateChanged, this, [this](AutosaveController::State state) {
            if (state == AutosaveController::State::Saved)
                reloadHistory();
        });
        connect(autosave, &AutosaveController::externalChange, this, [this](int row) {
            if (row == m_editor->currentEntry())
                reloadHistory();
        });
    }
    reloadHistory();
}

void TeamController::reloadHistory()
{
    Library *library = m_workspace->library();
    const int row = m_editor->currentEntry();
    if (!library) {
        m_history->setEvents({}, tr("The history is kept in the library; none is open."));
        return;
    }
    if (row < 0 || row >= m_workspace->document()->entryCount()) {
        m_history->setEvents({}, tr("Choose a paper to see who changed what."));
        return;
    }
    const qint64 id = m_workspace->document()->entry(row).id();
    if (id == 0) {
        m_history->setEvents({}, tr("The paper is not saved yet."));
        return;
    }
    LibraryError error;
    const QVector<HistoryEvent> events = library->entryHistory().history(id, &error);
    m_history->setEvents(events, error.isError() ? error.message : QString());
}

void TeamController::restore(const QString &fieldName, const QString &text)
{
    const int row = m_editor->currentEntry();
    DigestDocument *document = m_workspace->document();
    if (row < 0 || row >= document->entryCount())
        return;
    DigestEntry::Field field = DigestEntry::Field::Tag;
    DigestEntry::Status status = DigestEntry::Status::Draft;
    if (DigestEntry::fieldFromName(fieldName, &field)) {
        document->closeMergeWindow(); // its own undo step, never merged with typing
        document->setField(row, field, text);
        m_statusBar->showMessage(tr("%1 restored (Ctrl+Z undoes it).").arg(FieldLabels::title(field)), 6000);
    } else if (fieldName == QLatin1String("status") && DigestEntry::statusFromName(text, &status)) {
        document->setStatus({row}, status);
        m_statusBar->showMessage(tr("Status restored (Ctrl+Z undoes it)."), 6000);
    }
}

} // namespace DigestStudio
