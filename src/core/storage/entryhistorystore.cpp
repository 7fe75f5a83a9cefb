#include "storage/entryhistorystore.h"

#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"

#include <QStringList>

namespace DigestStudio {

EntryHistoryStore::EntryHistoryStore(LibraryConnection &connection)
    : m_connection(connection)
{}

QVector<HistoryEvent> EntryHistoryStore::history(qint64 entryId, LibraryError *error)
{
    QVector<HistoryEvent> events;
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "SELECT id, field, old_text, new_text, author, changed_at, revision FROM entry_history "
        "WHERE entry_id = ? ORDER BY id"));
    query.addBindValue(entryId);
    if (!m_connection.run(query, error, QStringLiteral("reading the entry's history")))
        return events;
    while (query.next()) {
        HistoryEvent event;
        event.id = query.value(0).toLongLong();
        event.entryId = entryId;
        event.field = query.value(1).toString();
        event.before = query.value(2).toString();
        event.after = query.value(3).toString();
        event.author = query.value(4).toString();
        event.at = SqlValues::toDateTime(query.value(5).toString());
        event.revision = query.value(6).toLongLong();
        events.append(event);
    }
    query.finish();
    return events;
}

bool EntryHistoryStore::atRevision(const DigestEntry &stored, qint64 revision, DigestEntry *entry,
                                   LibraryError *error)
{
    LibraryError failure;
    const QVector<HistoryEvent> events = history(stored.id(), &failure);
    if (failure.isError()) {
        if (error)
            *error = failure;
        return false;
    }
    *entry = rewound(stored, events, revision);
    return true;
}

DigestEntry EntryHistoryStore::rewound(const DigestEntry &stored, const QVector<HistoryEvent> &history,
                                       qint64 revision)
{
    DigestEntry entry = stored;
    entry.setRevision(revision);
    // Newest first, so that each field ends at the text it had before the first change after `revision`.
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->revision <= revision)
            continue;
        DigestEntry::Field field = DigestEntry::Field::Tag;
        DigestEntry::Status status = DigestEntry::Status::Draft;
        if (it->field == QLatin1String("status")) {
            if (DigestEntry::statusFromName(it->before, &status))
                entry.setStatus(status);
        } else if (DigestEntry::fieldFromName(it->field, &field)) {
            entry.setField(field, it->before);
        }
    }
    return entry;
}

QString EntryHistoryStore::lastEditor(qint64 entryId, const QVector<DigestEntry::Field> &fields,
                                      LibraryError *error)
{
    QStringList names;
    for (DigestEntry::Field field : fields)
        names.append(QLatin1Char('\'') + DigestEntry::fieldName(field) + QLatin1Char('\''));
    QSqlQuery &query = m_connection.prepared(
        QStringLiteral("SELECT author FROM entry_history WHERE entry_id = ? AND field IN (") +
        names.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY id DESC LIMIT 1"));
    query.addBindValue(entryId);
    if (!m_connection.run(query, error, QStringLiteral("reading the entry's history")))
        return QString();
    if (query.next()) {
        const QString author = query.value(0).toString();
        query.finish();
        return author;
    }
    query.finish();
    // Never changed since it was stored: whoever stored it wrote it.
    QSqlQuery &first = m_connection.prepared(QStringLiteral("SELECT created_by FROM entries WHERE id = ?"));
    first.addBindValue(entryId);
    if (!m_connection.run(first, error, QStringLiteral("reading the entry's author")))
        return QString();
    const QString author = first.next() ? first.value(0).toString() : QString();
    first.finish();
    return author;
}

} // namespace DigestStudio
