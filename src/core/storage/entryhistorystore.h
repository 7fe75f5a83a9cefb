// The history of entries: every change of a field or the status with who, when, before and after (written by
// the library's triggers, read here), and the last person to change a set of fields.
#pragma once

#include "model/digestentry.h"
#include "model/libraryerror.h"
#include "storage/librarytypes.h"

#include <QVector>

namespace DigestStudio {

class LibraryConnection;

class EntryHistoryStore final
{
public:
    explicit EntryHistoryStore(LibraryConnection &connection);

    // The changes of the entry, oldest first.
    QVector<HistoryEvent> history(qint64 entryId, LibraryError *error);
    // The entry as it was at `revision`: `stored` (the entry as stored now) with the changes of every later
    // revision taken back, field by field. False (and `error`) when the history cannot be read.
    bool atRevision(const DigestEntry &stored, qint64 revision, DigestEntry *entry, LibraryError *error);
    // The same over a history already read (oldest first).
    static DigestEntry rewound(const DigestEntry &stored, const QVector<HistoryEvent> &history,
                               qint64 revision);
    // Who last changed any of `fields` of the entry (its history, else whoever stored the entry first); empty
    // when nobody did or on failure (`error`).
    QString lastEditor(qint64 entryId, const QVector<DigestEntry::Field> &fields, LibraryError *error);

private:
    LibraryConnection &m_connection;
};

} // namespace DigestStudio
