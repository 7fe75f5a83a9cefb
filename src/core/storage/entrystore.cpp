#include "storage/entrystore.h"

#include "storage/changewatcher.h"
#include "storage/commentstore.h"
#include "storage/entryhistorystore.h"
#include "storage/entryrow.h"
#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "storage/teamstore.h"
#include "storage/transaction.h"

#include <QHash>

namespace DigestStudio {

namespace {

using Kind = LibraryError::Kind;
using SqlValues::text;

SaveResult savedResult(qint64 revision)
{
    SaveResult result;
    result.status = SaveResult::Status::Saved;
    result.revision = revision;
    return result;
}

SaveResult errorResult(const LibraryError &error)
{
    SaveResult result;
    result.status = SaveResult::Status::Error;
    result.error = error;
    return result;
}

} // namespace

EntryStore::EntryStore(LibraryConnection &connection, ChangeWatcher &changes)
    : m_connection(connection)
    , m_changes(changes)
{}

DigestEntry EntryStore::insertEntry(qint64 digestId, int position, const DigestEntry &entry,
                                    LibraryError *error)
{
    if (!EntryRow::checkLengths(m_connection, entry, error))
        return DigestEntry();
    Transaction transaction(m_connection, error);
    if (!transaction.isActive() || !m_connection.lockDigest(digestId, error))
        return DigestEntry();
    const int entries = countEntries(digestId, error);
    if (entries < 0)
        return DigestEntry();
    if (position < 0)
        position = entries + 1;
    if (position < 1 || position > entries + 1) {
        m_connection.fail(error, Kind::InvalidArgument,
                          QStringLiteral("Position ") + QString::number(position) +
                              QStringLiteral(" is outside 1..") + QString::number(entries + 1) +
                              QStringLiteral(" in digest ") + QString::number(digestId) + QLatin1Char('.'));
        return DigestEntry();
    }
    if (position <= entries && !makeRoom(digestId, position, error))
        return DigestEntry();
    QSqlQuery &insert = m_connection.prepared(EntryRow::insertSql());
    const QString now = SqlValues::now();
    EntryRow::bindInsert(insert, digestId, position, entry, now, m_connection.person());
    const qint64 id = m_connection.insertReturningId(insert, error, QStringLiteral("storing the entry"));
    if (id == 0 || !m_changes.announce(digestId, 0, error) || !transaction.commit(error))
        return DigestEntry();
    DigestEntry stored = entry;
    stored.setArxivId(SqlValues::withoutVersion(entry.arxivId()));
    stored.setId(id);
    stored.setRevision(1);
    stored.setUpdated(SqlValues::toDateTime(now));
    return stored;
}

bool EntryStore::mayMarkReviewed(qint64 entryId, qint64 baseRevision, DigestEntry::Status status,
                                 const Change &change, LibraryError *error)
{
    if (status != DigestEntry::Status::Reviewed)
        return true;
    DigestEntry stored;
    if (!loadEntry(entryId, &stored, error))
        return false;
    TeamStore team(m_connection, m_changes);
    if (stored.revision() != baseRevision || stored.status() == DigestEntry::Status::Reviewed ||
        !team.fourEyes(error))
        return !error || !error->isError();
    const QVector<DigestEntry::Field> chinese{DigestEntry::Field::ZhTitle, DigestEntry::Field::ZhShortTitle,
                                              DigestEntry::Field::ZhSummary};
    bool writesChinese = false;
    for (int f : change.fields) {
        const auto field = static_cast<DigestEntry::Field>(f);
        writesChinese = writesChinese || (DigestEntry::isChineseField(field) &&
                                          change.ours.field(field) != stored.field(field));
    }
    const QString person = m_connection.person();
    const QString last =
        writesChinese ? person : EntryHistoryStore(m_connection).lastEditor(entryId, chinese, error);
    if (error && error->isError())
        return false;
    if (last.isEmpty() || last != person)
        return true;
    return m_connection.fail(
        error, Kind::NotPermitted,
        QStringLiteral("Library ") + m_connection.displayName() + QStringLiteral(": ") + person +
            QStringLiteral(
                " wrote the Chinese text of this entry last; under the four-eyes rule someone else "
                "marks it reviewed (nothing was saved)."));
}

// The number of entries of the digest, -1 on failure.
int EntryStore::countEntries(qint64 digestId, LibraryError *error)
{
    QSqlQuery &count =
        m_connection.prepared(QStringLiteral("SELECT COUNT(*) FROM entries WHERE digest_id = ?"));
    count.addBindValue(digestId);
    if (!m_connection.run(count, error, QStringLiteral("counting entries")) || !count.next())
        return -1;
    const int entries = count.value(0).toInt();
    count.finish();
    return entries;
}

bool EntryStore::makeRoom(qint64 digestId, int position, LibraryError *error)
{
    QSqlQuery &shift = m_connection.prepared(
        QStringLiteral("UPDATE entries SET position = position + 1 WHERE digest_id = ? AND position >= ?"));
    shift.addBindValue(digestId);
    shift.addBindValue(position);
    return m_connection.run(shift, error, QStringLiteral("making room for the entry"));
}

bool EntryStore::loadEntry(qint64 entryId, DigestEntry *entry, LibraryError *error)
{
    QSqlQuery &query = m_connection.prepared(QStringLiteral("SELECT ") + EntryRow::selectColumns() +
                                             QStringLiteral(" FROM entries WHERE id = ?"));
    query.addBindValue(entryId);
    if (!m_connection.run(query, error, QStringLiteral("reading the entry")))
        return false;
    if (!query.next()) {
        query.finish();
        return m_connection.notFound(error, QStringLiteral("entry"), QString::number(entryId));
    }
    *entry = EntryRow::fromQuery(query, 0);
    query.finish();
    return true;
}

qint64 EntryStore::entryIdAt(qint64 digestId, int position, LibraryError *error)
{
    QSqlQuery &query =
        m_connection.prepared(QStringLiteral("SELECT id FROM entries WHERE digest_id = ? AND position = ?"));
    query.addBindValue(digestId);
    query.addBindValue(position);
    if (!m_connection.run(query, error, QStringLiteral("finding the entry")))
        return 0;
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (id == 0)
        m_connection.fail(error, Kind::NotFound,
                          QStringLiteral("Digest ") + QString::number(digestId) +
                              QStringLiteral(" has no entry at position ") + QString::number(position) +
                              QLatin1Char('.'));
    return id;
}

SaveResult EntryStore::saveField(qint64 entryId, qint64 baseRevision, DigestEntry::Field field,
                                 const QString &value)
{
    const int f = static_cast<int>(field);
    if (f < 0 || f >= DigestEntry::FieldCount) {
        LibraryError error;
        m_connection.fail(&error, Kind::InvalidArgument, QStringLiteral("Unknown entry field."));
        return errorResult(error);
    }
    LibraryError error;
    if (!EntryRow::checkLength(m_connection, DigestEntry(), field, value, &error))
        return errorResult(error);
    Transaction transaction(m_connection, &error);
    if (!transaction.isActive())
        return errorResult(error);
    QSqlQuery &update = m_connection.prepared(
        QStringLiteral("UPDATE entries SET ") + EntryRow::column(f) +
        // A person's edit of a Chinese field touches the machine draft; of the
        // affiliation line, the line a model read.
        (DigestEntry::isChineseField(field)          ? QStringLiteral(" = ?, drafted_by = NULL")
         : field == DigestEntry::Field::Affiliations ? QStringLiteral(" = ?, affiliations_by = NULL")
                                                     : QStringLiteral(" = ?")) +
        QStringLiteral(", revision = revision + 1, updated = ?, updated_by = ? "
                       "WHERE id = ? AND revision = ? RETURNING digest_id, "
                       "revision"));
    update.addBindValue(text(value));
    update.addBindValue(SqlValues::now());
    update.addBindValue(text(m_connection.person()));
    update.addBindValue(entryId);
    update.addBindValue(baseRevision);
    Change change;
    change.ours.setField(field, value);
    change.fields = {f};
    return save(transaction, update, entryId, QStringLiteral("saving the entry"), change);
}

SaveResult EntryStore::saveStatus(qint64 entryId, qint64 baseRevision, DigestEntry::Status status)
{
    LibraryError error;
    if (!mayMarkReviewed(entryId, baseRevision, status, Change(), &error))
        return errorResult(error);
    Transaction transaction(m_connection, &error);
    if (!transaction.isActive())
        return errorResult(error);
    QSqlQuery &update = m_connection.prepared(
        QStringLiteral("UPDATE entries SET status = ?, ") +
        (status == DigestEntry::Status::Reviewed ? QStringLiteral("drafted_by = NULL, ") : QString()) +
        QStringLiteral("revision = revision + 1, updated = ?, updated_by = ? WHERE id = ? AND revision = ? "
                       "RETURNING digest_id, revision"));
    update.addBindValue(DigestEntry::statusName(status));
    update.addBindValue(SqlValues::now());
    update.addBindValue(text(m_connection.person()));
    update.addBindValue(entryId);
    update.addBindValue(baseRevision);
    Change change;
    change.ours.setStatus(status);
    change.status = true;
    return save(transaction, update, entryId, QStringLiteral("saving the entry's status"), change);
}

SaveResult EntryStore::saveEntry(const DigestEntry &entry)
{
    LibraryError error;
    if (!EntryRow::checkLengths(m_connection, entry, &error))
        return errorResult(error);
    Change change;
    change.ours = entry;
    for (int f = 0; f < DigestEntry::FieldCount; ++f)
        change.fields.append(f);
    change.status = true;
    if (!mayMarkReviewed(entry.id(), entry.revision(), entry.status(), change, &error))
        return errorResult(error);
    Transaction transaction(m_connection, &error);
    if (!transaction.isActive())
        return errorResult(error);
    // Only the columns that differ from what is stored are written: a role may write some columns only (a
    // translator the Chinese fields and the status), and saving the whole entry must not need the others.
    DigestEntry stored;
    if (!loadEntry(entry.id(), &stored, &error))
        return errorResult(error);
    if (stored.revision() != entry.revision()) {
        transaction.rollback();
        return conflictOrSaved(entry.id(), change);
    }
    QStringList sets;
    QVariantList values;
    changedColumns(stored, entry, &sets, &values);
    sets << QStringLiteral("revision = revision + 1") << QStringLiteral("updated = ?")
         << QStringLiteral("updated_by = ?");
    values << SqlValues::now() << text(m_connection.person()) << entry.id() << entry.revision();
    QSqlQuery &update =
        m_connection.prepared(QStringLiteral("UPDATE entries SET ") + sets.join(QStringLiteral(", ")) +
                              QStringLiteral(" WHERE id = ? AND revision = ? RETURNING "
                                             "digest_id, revision"));
    for (const QVariant &value : qAsConst(values))
        update.addBindValue(value);
    return save(transaction, update, entry.id(), QStringLiteral("saving the entry"), change);
}

void EntryStore::changedColumns(const DigestEntry &stored, const DigestEntry &entry, QStringList *sets,
                                QVariantList *values)
{
    const auto add = [sets, values](const QString &column, const QVariant &value) {
        sets->append(column + QStringLiteral(" = ?"));
        values->append(value);
    };
    const QString id = SqlValues::withoutVersion(entry.arxivId());
    if (SqlValues::withoutVersion(stored.arxivId()) != id)
        add(QStringLiteral("arxiv_id"), text(id));
    if (stored.version() != entry.version())
        add(QStringLiteral("version"), entry.version());
    for (int f = 0; f < DigestEntry::FieldCount; ++f) {
        const auto field = static_cast<DigestEntry::Field>(f);
        if (stored.field(field) != entry.field(field))
            add(EntryRow::column(f), text(entry.field(field)));
    }
    if (stored.status() != entry.status())
        add(QStringLiteral("status"), DigestEntry::statusName(entry.status()));
    if (EntryRow::draftedBy(stored) != EntryRow::draftedBy(entry))
        add(QStringLiteral("drafted_by"), EntryRow::draftedBy(entry));
    if (EntryRow::affiliationsBy(stored) != EntryRow::affiliationsBy(entry))
        add(QStringLiteral("affiliations_by"), EntryRow::affiliationsBy(entry));
    if (EntryRow::proposedScore(stored) != EntryRow::proposedScore(entry))
        add(QStringLiteral("proposed_score"), EntryRow::proposedScore(entry));
    if (stored.proposalReasons() != entry.proposalReasons())
        add(QStringLiteral("proposed_reasons"), SqlValues::fromStringList(entry.proposalReasons()));
}

SaveResult EntryStore::save(Transaction &transaction, QSqlQuery &update, qint64 entryId, const QString &what,
                            const Change &change)
{
    LibraryError error;
    if (!m_connection.run(update, &error, what))
        return errorResult(error);
    if (!update.next()) {
        update.finish();
        transaction.rollback();
        return conflictOrSaved(entryId, change);
    }
    const qint64 digestId = update.value(0).toLongLong();
    const qint64 revision = update.value(1).toLongLong();
    update.finish();
    // Comments on the changed text follow it (or become outdated) in the same transaction.
    CommentStore comments(m_connection, m_changes);
    for (int f : change.fields) {
        const auto field = static_cast<DigestEntry::Field>(f);
        if (!comments.reanchor(entryId, DigestEntry::fieldName(field), change.ours.field(field), &error))
            return errorResult(error);
    }
    if (!m_changes.announce(digestId, entryId, &error) || !transaction.commit(&error))
        return errorResult(error);
    return savedResult(revision);
}

SaveResult EntryStore::conflictOrSaved(qint64 entryId, const Change &change)
{
    DigestEntry theirs;
    LibraryError error;
    if (!loadEntry(entryId, &theirs, &error))
        return errorResult(error);
    const DigestEntry &ours = change.ours;
    // Saving what is already stored is no conflict: someone typed the same thing, or a save is repeated.
    bool same = !change.status || theirs.status() == ours.status();
    for (int f : change.fields)
        same = same && theirs.field(static_cast<DigestEntry::Field>(f)) ==
                           ours.field(static_cast<DigestEntry::Field>(f));
    if (same)
        return savedResult(theirs.revision());
    SaveResult result;
    result.status = SaveResult::Status::Conflict;
    result.revision = theirs.revision();
    result.theirs = theirs;
    result.ours = theirs;
    for (int f : change.fields)
        result.ours.setField(static_cast<DigestEntry::Field>(f),
                             ours.field(static_cast<DigestEntry::Field>(f)));
    if (change.status)
        result.ours.setStatus(ours.status());
    if (change.fields.size() == DigestEntry::FieldCount) {
        result.ours.setArxivId(ours.arxivId());
        result.ours.setVersion(ours.version());
    }
    return result;
}

bool EntryStore::moveEntry(qint64 digestId, int from, int to, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive() || !m_connection.lockDigest(digestId, error))
        return false;
    QSqlQuery &list = m_connection.prepared(
        QStringLiteral("SELECT id, position FROM entries WHERE digest_id = ? ORDER BY position, id"));
    list.addBindValue(digestId);
    if (!m_connection.run(list, error, QStringLiteral("reading the entries")))
        return false;
    QVector<qint64> ids;
    QVector<int> positions;
    while (list.next()) {
        ids.append(list.value(0).toLongLong());
        positions.append(list.value(1).toInt());
    }
    list.finish();
    const int n = static_cast<int>(ids.size());
    if (from < 1 || from > n || to < 1 || to > n)
        return m_connection.fail(
            error, Kind::InvalidArgument,
            QStringLiteral("Cannot move entry ") + QString::number(from) + QStringLiteral(" to ") +
                QString::number(to) + QStringLiteral(": digest ") + QString::number(digestId) +
                QStringLiteral(" has ") + QString::number(n) + QStringLiteral(" entries."));
    return renumber(ids, positions, from, to, error) && m_changes.announce(digestId, 0, error) &&
           transaction.commit(error);
}

// Moves the entry at `from` to `to` among `ids` (in position order), writing only positions that change.
bool EntryStore::renumber(const QVector<qint64> &currentIds, const QVector<int> &positions, int from, int to,
                          LibraryError *error)
{
    QHash<qint64, int> oldPosition;
    for (int i = 0; i < currentIds.size(); ++i)
        oldPosition.insert(currentIds.at(i), positions.at(i));
    QVector<qint64> ids = currentIds;
    const qint64 moving = ids.takeAt(from - 1);
    ids.insert(to - 1, moving);
    QSqlQuery &update = m_connection.prepared(QStringLiteral("UPDATE entries SET position = ? WHERE id = ?"));
    for (int i = 0; i < ids.size(); ++i) {
        if (oldPosition.value(ids.at(i)) == i + 1)
            continue; // already numbered right
        update.addBindValue(i + 1);
        update.addBindValue(ids.at(i));
        if (!m_connection.run(update, error, QStringLiteral("renumbering the entries")))
            return false;
    }
    return true;
}

bool EntryStore::removeEntry(qint64 entryId, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &find =
        m_connection.prepared(QStringLiteral("SELECT digest_id, position FROM entries WHERE id = ?"));
    find.addBindValue(entryId);
    if (!m_connection.run(find, error, QStringLiteral("finding the entry")))
        return false;
    if (!find.next()) {
        find.finish();
        return m_connection.notFound(error, QStringLiteral("entry"), QString::number(entryId));
    }
    const qint64 digestId = find.value(0).toLongLong();
    const int position = find.value(1).toInt();
    find.finish();
    if (!m_connection.lockDigest(digestId, error))
        return false;
    QSqlQuery &remove = m_connection.prepared(QStringLiteral("DELETE FROM entries WHERE id = ?"));
    remove.addBindValue(entryId);
    if (!m_connection.run(remove, error, QStringLiteral("removing the entry")))
        return false;
    QSqlQuery &shift = m_connection.prepared(
        QStringLiteral("UPDATE entries SET position = position - 1 WHERE digest_id = ? AND position > ?"));
    shift.addBindValue(digestId);
    shift.addBindValue(position);
    return m_connection.run(shift, error, QStringLiteral("renumbering the entries")) &&
           m_changes.announce(digestId, 0, error) && transaction.commit(error);
}

} // namespace DigestStudio
