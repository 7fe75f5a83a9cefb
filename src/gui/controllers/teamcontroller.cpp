#include "controllers/teamcontroller.h"

#include "common/fieldlabels.h"
#include "common/windowstatusbar.h"
#include "docks/activitypanel.h"
#include "docks/commentspanel.h"
#include "docks/historypanel.h"
#include "document/assigncommand.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "storage/commentstore.h"
#include "storage/entryhistorystore.h"
#include "storage/library.h"
#include "storage/teamstore.h"

#include <QAction>
#include <QEvent>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace DigestStudio {

TeamController::TeamController(Workspace *workspace, EntryEditor *editor, WindowStatusBar *statusBar,
                               QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_statusBar(statusBar)
    , m_history(new HistoryPanel(window))
    , m_comments(new CommentsPanel(window))
    , m_activity(new ActivityPanel(window))
    , m_activityTimer(new QTimer(this))
    , m_fourEyes(new QAction(tr("&Four-Eyes Review"), this))
{
    setObjectName(QStringLiteral("teamController"));
    m_fourEyes->setObjectName(QStringLiteral("fourEyesAction"));
    m_fourEyes->setCheckable(true);
    m_fourEyes->setStatusTip(tr("The Chinese becomes reviewed only when someone other than its last writer "
                                "says so (a rule of the library, for the whole team)"));
    readFourEyes();
    connect(m_fourEyes, &QAction::toggled, this, &TeamController::setFourEyes);
    // Others' work arrives without a signal for every digest: read again while the dock is shown.
    m_activityTimer->setInterval(ActivityRefreshMs);
    connect(m_activityTimer, &QTimer::timeout, this, &TeamController::reloadActivity);
    m_activity->installEventFilter(this);
    connect(this, &TeamController::commentsChanged, this, &TeamController::reloadActivity);
    connect(m_history, &HistoryPanel::restoreRequested, this, &TeamController::restore);
    connect(m_comments, &CommentsPanel::commentRequested, this, &TeamController::comment);
    connect(m_comments, &CommentsPanel::replyRequested, this, &TeamController::reply);
    connect(m_comments, &CommentsPanel::resolveRequested, this, &TeamController::resolve);
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

bool TeamController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_activity && (event->type() == QEvent::Show || event->type() == QEvent::Hide)) {
        if (event->type() == QEvent::Show) {
            reloadActivity();
            m_activityTimer->start();
        } else {
            m_activityTimer->stop();
        }
    }
    return QObject::eventFilter(watched, event);
}

void TeamController::reloadActivity()
{
    Library *library = m_workspace->library();
    if (!library) {
        m_activity->setEvents({}, tr("The activity is kept in the library; none is open."));
        return;
    }
    LibraryError error;
    const QVector<ActivityEvent> events = library->team().activity(QDateTime(), ActivityShown, &error);
    m_activity->setEvents(events, error.isError() ? error.message : QString());
}

void TeamController::reloadHistory()
{
    reloadComments();
    if (m_activity->isVisible())
        reloadActivity();
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

void TeamController::reloadComments()
{
    Library *library = m_workspace->library();
    const int row = m_editor->currentEntry();
    DigestDocument *document = m_workspace->document();
    if (!library || row < 0 || row >= document->entryCount() || document->entry(row).id() == 0 ||
        document->digest().id() == 0) {
        m_comments->setComments({}, library ? tr("Choose a saved paper to see its comments.")
                                            : tr("Comments are kept in the library; none is open."));
        return;
    }
    LibraryError error;
    const QVector<EntryComment> all = library->comments().comments(document->digest().id(), &error);
    QVector<EntryComment> here;
    for (const EntryComment &c : all) {
        if (c.entryId == document->entry(row).id())
            here.append(c);
    }
    m_comments->setComments(here, error.isError() ? error.message : QString());
}

void TeamController::readFourEyes()
{
    Library *library = m_workspace->library();
    LibraryError error;
    const QSignalBlocker blocker(m_fourEyes);
    m_fourEyes->setEnabled(library != nullptr);
    m_fourEyes->setChecked(library && library->team().fourEyes(&error));
}

void TeamController::setFourEyes(bool on)
{
    Library *library = m_workspace->library();
    LibraryError error;
    if (!library || !library->team().setFourEyes(on, &error))
        m_statusBar->showMessage(tr("The four-eyes rule was not changed: %1").arg(error.message));
    else
        m_statusBar->showMessage(on ? tr("Four-eyes review is on for the whole team.")
                                    : tr("Four-eyes review is off for the whole team."),
                                 6000);
    readFourEyes();
}

QStringList TeamController::people() const
{
    Library *library = m_workspace->library();
    if (!library)
        return {};
    LibraryError error;
    QStringList names;
    for (const TeamMember &member : library->team().members(&error))
        names.append(member.name);
    if (!library->person().isEmpty() && !names.contains(library->person()))
        names.prepend(library->person());
    return names;
}

QHash<QString, QString> TeamController::displayNames() const
{
    QHash<QString, QString> names;
    Library *library = m_workspace->library();
    if (!library)
        return names;
    LibraryError error;
    for (const TeamMember &member : library->team().people(&error)) {
        if (!member.displayName.isEmpty())
            names.insert(member.name, member.displayName);
    }
    return names;
}

void TeamController::assign(const QList<int> &rows, const QString &person, bool asReviewer)
{
    Library *library = m_workspace->library();
    if (!library)
        return;
    auto command = std::make_unique<AssignCommand>(
        m_workspace->document(), library, rows, asReviewer ? std::nullopt : std::optional<QString>(person),
        asReviewer ? std::optional<QString>(person) : std::nullopt);
    if (command->isEmpty())
        return;
    QString error;
    const bool stored = command->apply(&error);
    m_workspace->document()->undoStack()->push(command.release());
    if (!stored)
        m_statusBar->showMessage(tr("Not every paper was assigned: %1").arg(error));
    if (m_activity->isVisible())
        reloadActivity();
}

qint64 TeamController::savedEntryId()
{
    const int row = m_editor->currentEntry();
    DigestDocument *document = m_workspace->document();
    AutosaveController *autosave = m_workspace->autosave();
    if (!m_workspace->library() || !autosave || row < 0 || row >= document->entryCount())
        return 0;
    if (!autosave->saveNow()) {
        m_statusBar->showMessage(tr("The comment was not stored: the paper could not be saved first (%1).")
                                     .arg(autosave->lastError()));
        return 0;
    }
    return document->entry(row).id();
}

void TeamController::comment(const QString &text)
{
    // Anchored to the selection in the field last edited (saved first, so that the span is the stored
    // text's); without a selection, to that field; without a field, to the paper.
    FieldEdit *edit = m_editor->lastFocusedField();
    const QString field = edit ? DigestEntry::fieldName(edit->field()) : QString();
    const QTextCursor cursor = edit ? edit->textCursor() : QTextCursor();
    const qint64 id = savedEntryId();
    if (id == 0)
        return;
    LibraryError error;
    const int start = cursor.hasSelection() ? cursor.selectionStart() : 0;
    const int length = cursor.hasSelection() ? cursor.selectionEnd() - start : 0;
    commented(m_workspace->library()->comments().add(id, field, start, length, text, &error) != 0, error);
}

void TeamController::reply(qint64 commentId, const QString &text)
{
    LibraryError error;
    Library *library = m_workspace->library();
    commented(library && library->comments().reply(commentId, text, &error) != 0, error);
}

void TeamController::resolve(qint64 commentId, bool resolved)
{
    LibraryError error;
    Library *library = m_workspace->library();
    if (!library || !library->comments().resolve(commentId, resolved, &error))
        m_statusBar->showMessage(tr("The thread was not changed: %1").arg(error.message));
    reloadComments();
    Q_EMIT commentsChanged();
}

void TeamController::commented(bool stored, const LibraryError &error)
{
    if (stored) {
        m_comments->clearText();
        Q_EMIT commentsChanged();
    } else {
        m_statusBar->showMessage(tr("The comment was not stored: %1").arg(error.message));
    }
    reloadComments();
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
