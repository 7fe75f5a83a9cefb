// Keeps the open digest and the library in step: edits are saved within a second of the last keystroke and
// when a field is left, structural and header changes at once, stale saves become conflicts, others' changes
// come in.
#pragma once

#include "model/digestentry.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace DigestStudio {

class DigestDocument;
class Library;

class AutosaveController final : public QObject
{
    Q_OBJECT

public:
    enum class State { NothingOpen, Saved, Pending, Saving, Conflict, Failed };
    Q_ENUM(State)

    // Both not owned; the library must outlive the controller.
    AutosaveController(Library *library, DigestDocument *document, QObject *parent = nullptr);
    ~AutosaveController() override;

    // Delay after the last change before saving (the design allows at most a second).
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int delay() const { return m_timer.interval(); }

    // Saves what is pending, then loads the stored digest into the document (its undo history starts afresh).
    bool openDigest(qint64 digestId, QString *error);
    qint64 digestId() const { return m_digestId; }
    // Saves what is pending and stops following the document (a digest that is not stored is shown).
    void closeDigest();

    State state() const { return m_state; }
    // What the last failure was, naming the library.
    QString lastError() const { return m_lastError; }
    bool hasPendingChanges() const { return !m_dirty.isEmpty() || m_headerDirty; }
    // Entries whose last save met someone else's newer revision, by storage id.
    QSet<qint64> conflictedEntries() const { return m_conflicted; }

public Q_SLOTS:
    // Saves every pending entry now. False when one failed or conflicted.
    bool saveNow();
    // The user settled a conflict: `resolved` (based on the stored revision) becomes the entry's text, as one
    // undo step, and is saved.
    void resolveConflict(qint64 entryId, const DigestEntry &resolved);

Q_SIGNALS:
    void stateChanged(DigestStudio::AutosaveController::State state);
    // A save found the entry changed elsewhere: both texts, for the conflict dialog, and the entry as it was
    // when this editor's changes started (`base`, from the history; id 0 when the history could not be read),
    // from which the two may merge.
    void conflict(qint64 entryId, const DigestStudio::DigestEntry &ours,
                  const DigestStudio::DigestEntry &theirs, const DigestStudio::DigestEntry &base);
    // An entry inserted into the document was stored (it has a new id now). `previousId` is the id it had
    // before its removal was undone, 0 for a new entry.
    void entryStored(int index, qint64 previousId);
    // Another connection changed an entry of this digest, and it was loaded.
    void externalChange(int index);

private:
    void setState(State state, const QString &error = QString());
    void markDirty(int index);
    void onHeaderChanged();
    void onStackIndexChanged();
    // Parts of saveNow(); false (and `failure` for an error) when something was not stored.
    bool saveHeader(QString *failure);
    bool saveEntries(QString *failure);
    void onEntryInserted(int at);
    void onEntryRemoved(int index, const DigestEntry &entry);
    void onEntryMoved(int from, int to);
    void onExternalEntryChange(qint64 digestId, qint64 entryId);
    void onExternalDigestChange(qint64 digestId);
    void reportStructureError(const QString &error);
    // Inside a conflict's resolution: the stored machine mark again, when the resolution keeps its text.
    void keepMachineMark(int index, qint64 entryId, const DigestEntry &resolved);
    void updateCleanState();

    Library *m_library;         // not owned
    DigestDocument *m_document; // not owned
    qint64 m_digestId = 0;
    QSet<qint64> m_dirty;
    bool m_headerDirty = false;
    QSet<qint64> m_conflicted;
    QTimer m_timer;
    State m_state = State::NothingOpen;
    QString m_lastError;
    bool m_loading = false;
};

} // namespace DigestStudio
