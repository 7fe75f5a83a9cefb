// One open digest being edited: owns the Digest value and its undo stack; every change goes through a
// command.
#pragma once

#include "checks/finding.h"
#include "model/digest.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVector>

class QUndoStack;

namespace DigestStudio {

class DigestDocument final : public QObject
{
    Q_OBJECT

public:
    // What the library knows about a paper beyond the entry: shown as markers in the paper list.
    struct Markers
    {
        bool featuredBefore = false;
        int newestVersion = 0; // newest arXiv version known; 0 when unknown
    };

    explicit DigestDocument(QObject *parent = nullptr);
    ~DigestDocument() override;

    // Replaces the whole digest and clears the undo history (opening a digest).
    void setDigest(const Digest &digest);
    const Digest &digest() const { return m_digest; }
    // Replaces the header and footer texts (title, legend, attribution, summary label, footer) of the digest
    // with those of `header`, as one undo step; nothing when they are the same.
    void setHeader(const Digest &header);
    int entryCount() const { return m_digest.entryCount(); }
    const DigestEntry &entry(int index) const { return m_digest.entries().at(index); }
    // The row of the entry with this storage id, or -1.
    int indexOfEntryId(qint64 id) const;
    // A key for the entry in this row that follows it through moves and never names another entry: not
    // reused within the process, new for every entry of a newly set digest (a paper id is not one: entries
    // without an arXiv id all have "", and a paper may come back). 0 for a row out of range.
    quint64 entryUid(int index) const;
    // The row of the entry with this key, or -1 (removed, or from another digest).
    int indexOfUid(quint64 uid) const;

    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    // Marks the current state as saved (the window's modified flag clears).
    void setClean();

    void setMarkers(const QString &arxivId, const Markers &markers);
    Markers markers(const QString &arxivId) const { return m_markers.value(arxivId); }

    // Counts of entries per status, indexed by DigestEntry::Status.
    QVector<int> statusCounts() const;
    // The next (or previous) entry after `from` that is not reviewed, wrapping around; -1 when none.
    int nextUnfinished(int from, bool forward = true) const;

    // Edits, each one undoable command. Consecutive setField() calls on the same field of the same entry
    // merge into one step until closeMergeWindow() (leaving a field) is called.
    // `machine`: the model that wrote `value` (an affiliation line read from the author block), which then
    // marks the field; empty for a person's edit.
    void setField(int index, DigestEntry::Field field, const QString &value, const QString &machine = {});
    void closeMergeWindow() { ++m_mergeGeneration; }
    int mergeGeneration() const { return m_mergeGeneration; }
    void moveEntries(const QList<int> &rows, int destination);
    void addEntries(int at, const QVector<DigestEntry> &entries);
    void removeEntries(const QList<int> &rows);
    void setTag(const QList<int> &rows, const QString &tag);
    void setStatus(const QList<int> &rows, DigestEntry::Status status);
    // A machine draft of entry `index`: its Chinese fields, drafted_by and status become those of `drafted`
    // (the rest of `drafted` is ignored), as one undo step; nothing when they are the same.
    void applyDraft(int index, const DigestEntry &drafted);
    // Proposals of the morning run the editor keeps: ordinary entries from now on, as one undo step.
    void keepProposals(const QList<int> &rows);
    // The first proposal at or after `from` (wrapping around); -1 when there is none.
    int nextProposal(int from = 0) const;
    // The safe fix of a pre-flight finding, as its own undo step; false when the text it was made for has
    // changed since (then nothing happens).
    bool applyFix(const Finding &finding);

    // Applied by the commands (no undo step of their own); they emit the signals below.
    void applyField(int index, DigestEntry::Field field, const QString &value);
    void applyMove(int from, int to);
    void applyInsert(int at, const DigestEntry &entry);
    DigestEntry applyRemove(int index);
    void applyStatus(int index, DigestEntry::Status status);
    // The model whose untouched draft the entry holds (empty: written by hand).
    void applyDraftedBy(int index, const QString &model);
    // The model that read the entry's affiliation line (empty: the rules or a person wrote it).
    void applyAffiliationsBy(int index, const QString &model);
    // The proposal mark (score, reasons) of `from`: a proposal, or none when `from` is not one.
    void applyProposal(int index, const DigestEntry &from);
    // The assignee and the reviewer as the library holds them (its assignment, not a save of the entry).
    void applyAssignment(int index, const QString &assignee, const QString &reviewer);
    // The header and footer texts of `header`.
    void applyHeader(const Digest &header);
    // Storage bookkeeping from the library (id, revision): not an edit, no undo step.
    void applyStoredState(int index, qint64 id, qint64 revision);

Q_SIGNALS:
    void digestReset();
    void entryChanged(int index, DigestStudio::DigestEntry::Field field);
    void entryStatusChanged(int index);
    // The entry's drafted_by mark was set or cleared.
    void entryDraftedByChanged(int index);
    // The entry's affiliations_by mark was set or cleared.
    void entryAffiliationsByChanged(int index);
    // The entry became a proposal or stopped being one.
    void entryProposalChanged(int index);
    // The entry's assignee or reviewer changed.
    void entryAssignmentChanged(int index);
    void entryAboutToMove(int from, int to);
    void entryMoved(int from, int to);
    void entryAboutToBeInserted(int at);
    void entryInserted(int at);
    void entryAboutToBeRemoved(int index);
    void entryRemoved(int index, const DigestStudio::DigestEntry &entry);
    void markersChanged(const QString &arxivId);
    // The header or footer texts changed (the library stores them at once).
    void headerChanged();
    void modifiedChanged(bool modified);
    // After any change of the entries (fields, status, order, membership) or of the header and footer.
    void contentChanged();

private:
    Digest m_digest;
    QVector<quint64> m_uids; // parallel to m_digest.entries()
    QUndoStack *m_undoStack = nullptr;
    QHash<QString, Markers> m_markers;
    int m_mergeGeneration = 0;
};

} // namespace DigestStudio
