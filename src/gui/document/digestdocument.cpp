#include "document/digestdocument.h"

#include "document/addentriescommand.h"
#include "document/applydraftcommand.h"
#include "document/keepproposalscommand.h"
#include "document/moveentrycommand.h"
#include "document/removeentriescommand.h"
#include "document/setfieldcommand.h"
#include "document/setheadercommand.h"
#include "document/setstatuscommand.h"
#include "document/settagcommand.h"

#include <QUndoStack>

namespace DigestStudio {

namespace {

// Shared by every document of the process, so that a key never comes back, not even in another window.
quint64 nextUid()
{
    static quint64 last = 0;
    return ++last;
}

} // namespace

DigestDocument::DigestDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    qRegisterMetaType<DigestEntry::Field>();
    qRegisterMetaType<DigestEntry>();
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

DigestDocument::~DigestDocument() = default;

void DigestDocument::setDigest(const Digest &digest)
{
    m_undoStack->clear();
    m_digest = digest;
    m_uids.clear();
    for (int i = 0; i < m_digest.entryCount(); ++i)
        m_uids.append(nextUid());
    m_markers.clear();
    ++m_mergeGeneration;
    Q_EMIT digestReset();
    Q_EMIT contentChanged();
}

void DigestDocument::setHeader(const Digest &header)
{
    if (SetHeaderCommand::sameHeader(m_digest, header))
        return;
    ++m_mergeGeneration;
    m_undoStack->push(new SetHeaderCommand(this, header));
}

int DigestDocument::indexOfEntryId(qint64 id) const
{
    const QVector<DigestEntry> &entries = m_digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).id() == id)
            return i;
    }
    return -1;
}

quint64 DigestDocument::entryUid(int index) const
{
    return index >= 0 && index < m_uids.size() ? m_uids.at(index) : 0;
}

int DigestDocument::indexOfUid(quint64 uid) const
{
    return uid == 0 ? -1 : int(m_uids.indexOf(uid));
}

bool DigestDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void DigestDocument::setClean()
{
    m_undoStack->setClean();
}

void DigestDocument::setMarkers(const QString &arxivId, const Markers &markers)
{
    m_markers.insert(arxivId, markers);
    Q_EMIT markersChanged(arxivId);
}

QVector<int> DigestDocument::statusCounts() const
{
    QVector<int> counts(3, 0);
    for (const DigestEntry &entry : m_digest.entries())
        ++counts[static_cast<int>(entry.status())];
    return counts;
}

int DigestDocument::nextUnfinished(int from, bool forward) const
{
    const int count = entryCount();
    for (int step = 1; step <= count; ++step) {
        int i = forward ? from + step : from - step;
        i = ((i % count) + count) % count;
        if (m_digest.entries().at(i).status() != DigestEntry::Status::Reviewed)
            return i;
    }
    return -1;
}

void DigestDocument::setField(int index, DigestEntry::Field field, const QString &value,
                              const QString &machine)
{
    if (index < 0 || index >= entryCount())
        return;
    const QString old = entry(index).field(field);
    if (old == value)
        return;
    if (field == DigestEntry::Field::Tag) {
        m_undoStack->push(new SetTagCommand(this, {index}, value));
        return;
    }
    m_undoStack->push(new SetFieldCommand(this, index, field, old, value, m_mergeGeneration, machine));
}

void DigestDocument::moveEntries(const QList<int> &rows, int destination)
{
    auto *command = new MoveEntryCommand(this, rows, destination);
    if (!command->changesOrder()) {
        delete command;
        return;
    }
    ++m_mergeGeneration;
    m_undoStack->push(command);
}

void DigestDocument::addEntries(int at, const QVector<DigestEntry> &entries)
{
    if (entries.isEmpty())
        return;
    ++m_mergeGeneration;
    m_undoStack->push(new AddEntriesCommand(this, qBound(0, at, entryCount()), entries));
}

void DigestDocument::removeEntries(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    ++m_mergeGeneration;
    m_undoStack->push(new RemoveEntriesCommand(this, rows));
}

void DigestDocument::setTag(const QList<int> &rows, const QString &tag)
{
    QList<int> changing;
    for (int row : rows) {
        if (row >= 0 && row < entryCount() && entry(row).tag() != tag)
            changing.append(row);
    }
    if (changing.isEmpty())
        return;
    ++m_mergeGeneration;
    m_undoStack->push(new SetTagCommand(this, changing, tag));
}

void DigestDocument::setStatus(const QList<int> &rows, DigestEntry::Status status)
{
    QList<int> changing;
    for (int row : rows) {
        if (row >= 0 && row < entryCount() && entry(row).status() != status)
            changing.append(row);
    }
    if (changing.isEmpty())
        return;
    ++m_mergeGeneration;
    m_undoStack->push(new SetStatusCommand(this, changing, status));
}

void DigestDocument::applyDraft(int index, const DigestEntry &drafted)
{
    if (index < 0 || index >= entryCount())
        return;
    auto *command = new ApplyDraftCommand(this, index, drafted);
    if (!command->changesEntry()) {
        delete command;
        return;
    }
    ++m_mergeGeneration;
    m_undoStack->push(command);
    ++m_mergeGeneration;
}

bool DigestDocument::applyFix(const Finding &finding)
{
    if (!finding.hasFix || !finding.hasField || finding.entry < 0 || finding.entry >= entryCount())
        return false;
    DigestEntry fixed = entry(finding.entry);
    // The fix checks that its range still holds the text it was made for.
    if (!finding.applyFix(&fixed))
        return false;
    closeMergeWindow();
    setField(finding.entry, finding.field, fixed.field(finding.field));
    closeMergeWindow();
    return true;
}

void DigestDocument::applyField(int index, DigestEntry::Field field, const QString &value)
{
    m_digest.entries()[index].setField(field, value);
    Q_EMIT entryChanged(index, field);
    Q_EMIT contentChanged();
}

void DigestDocument::applyMove(int from, int to)
{
    if (from == to)
        return;
    Q_EMIT entryAboutToMove(from, to);
    QVector<DigestEntry> &entries = m_digest.entries();
    const DigestEntry moved = entries.takeAt(from);
    entries.insert(to, moved);
    m_uids.insert(to, m_uids.takeAt(from));
    Q_EMIT entryMoved(from, to);
    Q_EMIT contentChanged();
}

void DigestDocument::applyInsert(int at, const DigestEntry &entry)
{
    Q_EMIT entryAboutToBeInserted(at);
    m_digest.entries().insert(at, entry);
    m_uids.insert(at, nextUid());
    Q_EMIT entryInserted(at);
    Q_EMIT contentChanged();
}

DigestEntry DigestDocument::applyRemove(int index)
{
    Q_EMIT entryAboutToBeRemoved(index);
    const DigestEntry removed = m_digest.entries().takeAt(index);
    m_uids.removeAt(index);
    Q_EMIT entryRemoved(index, removed);
    Q_EMIT contentChanged();
    return removed;
}

void DigestDocument::applyStatus(int index, DigestEntry::Status status)
{
    m_digest.entries()[index].setStatus(status);
    Q_EMIT entryStatusChanged(index);
    Q_EMIT contentChanged();
}

void DigestDocument::keepProposals(const QList<int> &rows)
{
    auto *command = new KeepProposalsCommand(this, rows);
    if (command->isEmpty()) {
        delete command;
        return;
    }
    ++m_mergeGeneration;
    m_undoStack->push(command);
}

int DigestDocument::nextProposal(int from) const
{
    const int n = entryCount();
    for (int i = 0; i < n; ++i) {
        const int row = (qMax(0, from) + i) % n;
        if (entry(row).isProposed())
            return row;
    }
    return -1;
}

void DigestDocument::applyProposal(int index, const DigestEntry &from)
{
    DigestEntry &entry = m_digest.entries()[index];
    if (from.isProposed())
        entry.setProposal(from.proposalScore(), from.proposalReasons());
    else
        entry.clearProposal();
    Q_EMIT entryProposalChanged(index);
    Q_EMIT contentChanged();
}

void DigestDocument::applyAssignment(int index, const QString &assignee, const QString &reviewer)
{
    DigestEntry &entry = m_digest.entries()[index];
    if (entry.assignee() == assignee && entry.reviewer() == reviewer)
        return;
    entry.setAssignee(assignee);
    entry.setReviewer(reviewer);
    Q_EMIT entryAssignmentChanged(index);
}

void DigestDocument::applyDraftedBy(int index, const QString &model)
{
    if (m_digest.entries().at(index).draftedBy() == model)
        return;
    m_digest.entries()[index].setDraftedBy(model);
    Q_EMIT entryDraftedByChanged(index);
    Q_EMIT contentChanged();
}

void DigestDocument::applyAffiliationsBy(int index, const QString &model)
{
    if (m_digest.entries().at(index).affiliationsBy() == model)
        return;
    m_digest.entries()[index].setAffiliationsBy(model);
    Q_EMIT entryAffiliationsByChanged(index);
    Q_EMIT contentChanged();
}

void DigestDocument::applyHeader(const Digest &header)
{
    m_digest.setTitle(header.title());
    m_digest.setLegend(header.legend());
    m_digest.setAttribution(header.attribution());
    m_digest.setSummaryLabel(header.summaryLabel());
    m_digest.setFooter(header.footer());
    Q_EMIT headerChanged();
    Q_EMIT contentChanged();
}

void DigestDocument::applyStoredState(int index, qint64 id, qint64 revision)
{
    DigestEntry &entry = m_digest.entries()[index];
    entry.setId(id);
    entry.setRevision(revision);
}

} // namespace DigestStudio
