// How an entry sits in the `entries` table: the columns read, the row turned into a DigestEntry, and the
// statement that inserts one (shared by new entries and imported digests).
#pragma once

#include "model/digestentry.h"

#include <QString>
#include <QVariant>

class QSqlQuery;

namespace DigestStudio {
class LibraryConnection;
struct LibraryError;
} // namespace DigestStudio

namespace DigestStudio::EntryRow {

// id, arxiv_id, version, the text fields in DigestEntry::Field order, status, revision, updated, drafted_by,
// assignee, reviewer, proposed_score, proposed_reasons, affiliations_by.
QString selectColumns();
// The entry whose selectColumns() start at `firstColumn` of the query's current row.
DigestEntry fromQuery(const QSqlQuery &query, int firstColumn);
// The column of a DigestEntry::Field.
QString column(int field);
// INSERT of one entry at revision 1, RETURNING its id; bindInsert() fills in its values.
QString insertSql();
// False and an InvalidArgument `error` naming the entry and the field when a field is longer than
// DigestEntry::MaxFieldChars.
bool checkLengths(const LibraryConnection &connection, const DigestEntry &entry, LibraryError *error);
bool checkLength(const LibraryConnection &connection, const DigestEntry &entry, DigestEntry::Field field,
                 const QString &value, LibraryError *error);
// `author` is the person storing it (the revision's updated_by).
void bindInsert(QSqlQuery &insert, qint64 digestId, int position, const DigestEntry &entry,
                const QString &now, const QString &author);
// The drafted_by value to bind: NULL when the entry was written by hand.
QVariant draftedBy(const DigestEntry &entry);
// The affiliations_by value to bind: NULL unless a model read the affiliation line.
QVariant affiliationsBy(const DigestEntry &entry);
// The proposed_score value to bind: NULL when the entry is not a proposal.
QVariant proposedScore(const DigestEntry &entry);

} // namespace DigestStudio::EntryRow
