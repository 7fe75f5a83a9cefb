#include "storage/publicationstore.h"

#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace DigestStudio {

PublicationStore::PublicationStore(LibraryConnection &connection)
    : m_connection(connection)
{}

bool PublicationStore::publication(qint64 digestId, const QString &channel, PublicationRecord *record,
                                   LibraryError *error)
{
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "SELECT media_id, published_at FROM publications WHERE digest_id = ? AND channel = ?"));
    query.addBindValue(digestId);
    query.addBindValue(channel);
    if (!m_connection.run(query, error, QStringLiteral("reading what was published")))
        return false;
    const bool found = query.next();
    if (found && record) {
        record->digestId = digestId;
        record->channel = channel;
        record->mediaId = query.value(0).toString();
        record->publishedAt = SqlValues::toDateTime(query.value(1).toString());
    }
    query.finish();
    return found;
}

bool PublicationStore::recordPublication(const PublicationRecord &record, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &remove =
        m_connection.prepared(QStringLiteral("DELETE FROM publications WHERE digest_id = ? AND channel = ?"));
    remove.addBindValue(record.digestId);
    remove.addBindValue(record.channel);
    if (!m_connection.run(remove, error, QStringLiteral("replacing what was published")))
        return false;
    remove.finish();
    QSqlQuery &insert = m_connection.prepared(QStringLiteral(
        "INSERT INTO publications (digest_id, channel, media_id, published_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(record.digestId);
    insert.addBindValue(record.channel);
    insert.addBindValue(SqlValues::text(record.mediaId));
    insert.addBindValue(record.publishedAt.isValid() ? SqlValues::fromDateTime(record.publishedAt)
                                                     : SqlValues::now());
    if (!m_connection.run(insert, error, QStringLiteral("remembering what was published")))
        return false;
    insert.finish();
    return transaction.commit(error);
}

bool PublicationStore::forgetPublication(qint64 digestId, const QString &channel, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &remove =
        m_connection.prepared(QStringLiteral("DELETE FROM publications WHERE digest_id = ? AND channel = ?"));
    remove.addBindValue(digestId);
    remove.addBindValue(channel);
    if (!m_connection.run(remove, error, QStringLiteral("forgetting what was published")))
        return false;
    remove.finish();
    return transaction.commit(error);
}

} // namespace DigestStudio
