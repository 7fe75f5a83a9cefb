#include "document/autosavecontroller.h"

#include "document/digestdocument.h"
#include "storage/entryhistorystore.h"
#include "storage/library.h"

#include <QUndoStack>

namespace DigestStudio {

AutosaveController::AutosaveController(Library *library, DigestDocument *document, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(700);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveController::saveNow);

    connect(document, &DigestDocument::entryChanged, this,
            [this](int index, DigestEntry::Field) { markDirty(index); });
    connect(document, &DigestDocument::entryStatusChanged, this, &AutosaveController::markDirty);
    connect(document, &DigestDocument::entryDraftedByChanged, this, &AutosaveController::markDirty);
    connect(document, &DigestDocument::entryAffiliationsByChanged, this, &AutosaveController::markDirty);
    connect(document, &DigestDocument::entryProposalChanged, this, &AutosaveController::markDirty);
    connect(document, &DigestDocument::entryInserted, this, &AutosaveController::onEntryInserted);
    connect(document, &DigestDocument::entryRemoved, this, &AutosaveController::onEntryRemoved);
    connect(document, &DigestDocument::entryMoved, this, &AutosaveController::onEntryMoved);
    connect(document, &DigestDocument::headerChanged, this, &AutosaveController::onHeaderChanged);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &AutosaveController::onStackIndexChanged);
    connect(library, &Library::entryChanged, this, &AutosaveController::onExternalEntryChange);
    connect(library, &Library::digestChanged, this, &AutosaveController::onExternalDigestChange);
}

AutosaveController::~AutosaveController() = default;

void AutosaveController::setState(State state, const QString &error)
{
    if (state == State::Failed)
        m_lastError = error;
    if (state == m_state && state != State::Failed)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool AutosaveController::openDigest(qint64 digestId, QString *error)
{
    if (m_digestId != 0)
        saveNow();
    Digest digest;
    LibraryError loadError;
    if (!m_library->loadDigest(digestId, &digest, &loadError)) {
        if (error)
            *error = loadError.message;
        return false;
    }
    m_loading = true;
    m_dirty.clear();
    m_headerDirty = false;
    m_conflicted.clear();
    m_digestId = digestId;
    m_document->setDigest(digest);
    // What the library knows beyond the entries: earlier features and newer arXiv versions.
    for (const DigestEntry &entry : digest.entries()) {
        DigestDocument::Markers markers;
        markers.featuredBefore = !m_library->featuredIn(entry.arxivId(), digestId).isEmpty();
        Paper paper;
        if (m_library->findPaper(entry.arxivId(), &paper))
            markers.newestVersion = paper.version();
        if (markers.featuredBefore || markers.newestVersion > 0)
            m_document->setMarkers(entry.arxivId(), markers);
    }
    m_loading = false;
    setState(State::Saved);
    return true;
}

void AutosaveController::closeDigest()
{
    saveNow();
    m_digestId = 0;
    m_dirty.clear();
    m_headerDirty = false;
    m_conflicted.clear();
    setState(State::NothingOpen);
}

void AutosaveController::markDirty(int index)
{
    if (m_loading || m_digestId == 0 || index < 0 || index >= m_document->entryCount())
        return;
    const qint64 id = m_document->entry(index).id();
    if (id == 0)
        return;
    m_dirty.insert(id);
    if (m_state != State::Conflict && m_state != State::Failed)
        setState(State::Pending);
    m_timer.start();
}

void AutosaveController::onHeaderChanged()
{
    if (m_loading || m_digestId == 0)
        return;
    m_headerDirty = true;
    saveNow();
}

void AutosaveController::onStackIndexChanged()
{
    // A step the library already holds (order, membership, header, figures) leaves nothing to save: the
    // document is clean once the step is on the stack. Setting it clean from inside the step would mark the
    // state before it.
    if (m_state != State::Failed)
        updateCleanState();
}

bool AutosaveController::saveNow()
{
    m_timer.stop();
    if (m_digestId == 0 || !hasPendingChanges()) {
        updateCleanState();
        return m_state != State::Failed;
    }
    setState(State::Saving);
    QString failure;
    bool ok = saveHeader(&failure);
    ok = saveEntries(&failure) && ok;
    if (!failure.isEmpty()) {
        setState(State::Failed, failure);
        // Keep trying: a locked or unreachable database often comes back.
        m_timer.start(qMax(m_timer.interval(), 2000));
    } else if (!m_conflicted.isEmpty()) {
        setState(State::Conflict);
    }
    updateCleanState();
    return ok;
}

bool AutosaveController::saveHeader(QString *failure)
{
    if (!m_headerDirty)
        return true;
    LibraryError error;
    if (!m_library->updateDigestHeader(m_document->digest(), &error)) {
        *failure = error.message;
        return false;
    }
    m_headerDirty = false;
    return true;
}

bool AutosaveController::saveEntries(QString *failure)
{
    bool ok = true;
    const QSet<qint64> pending = m_dirty;
    for (qint64 id : pending) {
        const int index = m_document->indexOfEntryId(id);
        if (index < 0) {
            m_dirty.remove(id);
            continue;
        }
        const DigestEntry entry = m_document->entry(index);
        const SaveResult result = m_library->saveEntry(entry);
        if (result.saved()) {
            m_document->applyStoredState(index, id, result.revision);
            m_dirty.remove(id);
            m_conflicted.remove(id);
        } else if (result.isConflict()) {
            ok = false;
            m_dirty.remove(id);
            m_conflicted.insert(id);
            DigestEntry base;
            if (!m_library->entryHistory().atRevision(result.theirs, entry.revision(), &base, nullptr))
                base = DigestEntry();
            Q_EMIT conflict(id, result.ours, result.theirs, base);
        } else {
            ok = false;
            *failure = result.error.message;
        }
    }
    return ok;
}

void AutosaveController::updateCleanState()
{
    if (m_digestId == 0)
        return;
    if (!hasPendingChanges() && m_conflicted.isEmpty()) {
        // Everything the stack holds is stored: the window is not modified.
        m_document->setClean();
        if (m_state != State::Failed)
            setState(State::Saved);
    }
}

void AutosaveController::resolveConflict(qint64 entryId, const DigestEntry &resolved)
{
    const int index = m_document->indexOfEntryId(entryId);
    if (index < 0)
        return;
    const DigestEntry current = m_document->entry(index);
    // The next save is based on what is stored now.
    m_document->applyStoredState(index, entryId, resolved.revision());
    m_document->undoStack()->beginMacro(tr("Resolve conflicting changes"));
    m_document->closeMergeWindow();
    for (int i = 0; i < DigestEntry::FieldCount; ++i) {
        const auto field = static_cast<DigestEntry::Field>(i);
        if (current.field(field) != resolved.field(field))
            m_document->setField(index, field, resolved.field(field));
    }
    if (current.status() != resolved.status())
        m_document->setStatus({index}, resolved.status());
    keepMachineMark(index, entryId, resolved);
    m_document->undoStack()->endMacro();
    m_document->closeMergeWindow();
    m_conflicted.remove(entryId);
    m_dirty.insert(entryId);
    saveNow();
}

void AutosaveController::keepMachineMark(int index, qint64 entryId, const DigestEntry &resolved)
{
    // The stored side's machine draft stays marked when the resolution keeps its Chinese text as the machine
    // wrote it and does not make the entry reviewed; otherwise a person has touched it.
    DigestEntry stored;
    if (!m_library->loadEntry(entryId, &stored) || stored.draftedBy().isEmpty())
        return;
    for (int i = 0; i < DigestEntry::FieldCount; ++i) {
        const auto field = static_cast<DigestEntry::Field>(i);
        if (DigestEntry::isChineseField(field) && resolved.field(field) != stored.field(field))
            return;
    }
    if (resolved.status() == DigestEntry::Status::Reviewed &&
        stored.status() != DigestEntry::Status::Reviewed)
        return;
    DigestEntry marked = m_document->entry(index);
    marked.setDraftedBy(stored.draftedBy());
    m_document->applyDraft(index, marked); // one undoable step within the resolution
}

void AutosaveController::onEntryInserted(int at)
{
    if (m_loading || m_digestId == 0)
        return;
    LibraryError error;
    const qint64 previousId = m_document->entry(at).id();
    const DigestEntry stored = m_library->insertEntry(m_digestId, at + 1, m_document->entry(at), &error);
    if (stored.id() == 0) {
        reportStructureError(error.message);
        return;
    }
    m_document->applyStoredState(at, stored.id(), stored.revision());
    updateCleanState();
    Q_EMIT entryStored(at, previousId);
}

void AutosaveController::onEntryRemoved(int, const DigestEntry &entry)
{
    if (m_loading || m_digestId == 0 || entry.id() == 0)
        return;
    m_dirty.remove(entry.id());
    m_conflicted.remove(entry.id());
    LibraryError error;
    if (!m_library->removeEntry(entry.id(), &error)) {
        reportStructureError(error.message);
        return;
    }
    updateCleanState();
}

void AutosaveController::onEntryMoved(int from, int to)
{
    if (m_loading || m_digestId == 0)
        return;
    LibraryError error;
    if (!m_library->moveEntry(m_digestId, from + 1, to + 1, &error)) {
        reportStructureError(error.message);
        return;
    }
    updateCleanState();
}

void AutosaveController::reportStructureError(const QString &error)
{
    setState(State::Failed, error);
}

void AutosaveController::onExternalEntryChange(qint64 digestId, qint64 entryId)
{
    if (digestId != m_digestId)
        return;
    const int index = m_document->indexOfEntryId(entryId);
    // Local edits not yet saved meet the other text as a conflict at the next save.
    if (index < 0 || m_dirty.contains(entryId) || m_conflicted.contains(entryId))
        return;
    DigestEntry stored;
    if (!m_library->loadEntry(entryId, &stored))
        return;
    m_loading = true;
    const DigestEntry current = m_document->entry(index);
    for (int i = 0; i < DigestEntry::FieldCount; ++i) {
        const auto field = static_cast<DigestEntry::Field>(i);
        if (current.field(field) != stored.field(field))
            m_document->applyField(index, field, stored.field(field));
    }
    if (current.status() != stored.status())
        m_document->applyStatus(index, stored.status());
    // The machine mark too: a stale copy would write drafted_by = NULL at the next save of any field.
    m_document->applyDraftedBy(index, stored.draftedBy());
    m_document->applyAffiliationsBy(index, stored.affiliationsBy());
    // Kept or dropped elsewhere (another window, digestctl): the proposal mark too.
    if (current.isProposed() != stored.isProposed())
        m_document->applyProposal(index, stored);
    // Assigned elsewhere: the names too.
    m_document->applyAssignment(index, stored.assignee(), stored.reviewer());
    m_document->applyStoredState(index, entryId, stored.revision());
    m_loading = false;
    Q_EMIT externalChange(index);
}

void AutosaveController::onExternalDigestChange(qint64 digestId)
{
    if (digestId != m_digestId || m_digestId == 0)
        return;
    // Entries added, removed or reordered elsewhere: save ours, then show the stored order.
    saveNow();
    if (!m_conflicted.isEmpty())
        return;
    QString error;
    openDigest(digestId, &error);
}

} // namespace DigestStudio
