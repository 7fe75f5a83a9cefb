// Entries of digests: inserting at a position, loading, saves checked against the revision the editor
// loaded (a stale one is a conflict carrying both texts), moving and removing.
#pragma once

#include "model/digestentry.h"
#include "model/libraryerror.h"
#include "storage/librarytypes.h"

#include <QStringList>
#include <QVariant>
#include <QVector>

class QSqlQuery;

namespace DigestStudio {

class ChangeWatcher;
class LibraryConnection;
class Transaction;

class EntryStore final
{
public:
    EntryStore(LibraryConnection &connection, ChangeWatcher &changes);

    // Positions are 1-based; -1 appends. The returned entry carries its id and revision (id 0 on failure).
    DigestEntry insertEntry(qint64 digestId, int position, const DigestEntry &entry, LibraryError *error);
    bool loadEntry(qint64 entryId, DigestEntry *entry, LibraryError *error);
    qint64 entryIdAt(qint64 digestId, int position, LibraryError *error);
    // Saving the text that is already stored is not a conflict. A person's edit: a Chinese field clears
    // drafted_by, as does saveStatus() to reviewed; saveEntry() stores drafted_by as the entry has it.
    SaveResult saveField(qint64 entryId, qint64 baseRevision, DigestEntry::Field field, const QString &value);
    SaveResult saveStatus(qint64 entryId, qint64 baseRevision, DigestEntry::Status status);
    // Every text field, the status, arXiv id and version of entry.id(), based on entry.revision().
    SaveResult saveEntry(const DigestEntry &entry);
    bool moveEntry(qint64 digestId, int from, int to, LibraryError *error);
    bool removeEntry(qint64 entryId, LibraryError *error);

private:
    // What a save changes, for telling a conflict from a repeated save.
    struct Change
    {
        DigestEntry ours;
        QVector<int> fields;
        bool status = false;
    };

    // The four-eyes rule: false and a NotPermitted `error` when the save makes the entry reviewed and this
    // person wrote its Chinese fields last (before, or in this very save: `ours` with the fields it sets). A
    // save based on a stale revision passes here and is a conflict.
    bool mayMarkReviewed(qint64 entryId, qint64 baseRevision, DigestEntry::Status status,
                         const Change &change, LibraryError *error);
    int countEntries(qint64 digestId, LibraryError *error);
    bool makeRoom(qint64 digestId, int position, LibraryError *error);
    // Runs a bound `UPDATE ... WHERE id = ? AND revision = ? RETURNING digest_id, revision` and commits; no
    // row back means the base revision was stale.
    SaveResult save(Transaction &transaction, QSqlQuery &update, qint64 entryId, const QString &what,
                    const Change &change);
    SaveResult conflictOrSaved(qint64 entryId, const Change &change);
    // saveEntry()'s SET clauses and their values: the columns in which `entry` differs from `stored`.
    static void changedColumns(const DigestEntry &stored, const DigestEntry &entry, QStringList *sets,
                               QVariantList *values);
    bool renumber(const QVector<qint64> &ids, const QVector<int> &positions, int from, int to,
                  LibraryError *error);

    LibraryConnection &m_connection;
    ChangeWatcher &m_changes;
};

} // namespace DigestStudio
