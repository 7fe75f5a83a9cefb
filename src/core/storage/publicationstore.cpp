#include "storage/publicationstore.h"

#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace DigestStudio {

PublicationStore::PublicationStore(LibraryConnection &connection)
    : m_connection(connection)
{}

bool PublicationStore::run(const QString &sql, const QVariantList &values, const QString &what,
                           LibraryError *error, int *changed)
{
    QSqlQuery &query = m_connection.prepared(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!m_connection.run(query, error, what))
        return false;
    if (changed)
        *changed = query.numRowsAffected();
    query.finish();
    return true;
}

bool PublicationStore::readClaim(qint64 digestId, const QString &channel, QStringList *row,
                                 LibraryError *error)
{
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "SELECT claimant, claimed_at, sent_at FROM publication_claims WHERE digest_id = ? AND channel = ?"));
    query.addBindValue(digestId);
    query.addBindValue(channel);
    if (!m_connection.run(query, error, QStringLiteral("reading who is publishing")))
        return false;
    const bool found = query.next();
    if (found)
        *row = QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    query.finish();
    return found;
}

bool PublicationStore::publication(qint64 digestId, const QString &channel, PublicationRecord *record,
                                   LibraryError *error)
{
    PublicationRecord found;
    found.digestId = digestId;
    found.channel = channel;
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "SELECT media_id, published_at FROM publications WHERE digest_id = ? AND channel = ?"));
    query.addBindValue(digestId);
    query.addBindValue(channel);
    if (!m_connection.run(query, error, QStringLiteral("reading what was published")))
        return false;
    if (query.next()) {
        found.mediaId = query.value(0).toString();
        found.publishedAt = SqlValues::toDateTime(query.value(1).toString());
    }
    query.finish();
    LibraryError claimError;
    QStringList claim;
    if (readClaim(digestId, channel, &claim, &claimError)) {
        if (claim.at(2).isEmpty()) {
            found.busySince = SqlValues::toDateTime(claim.at(1));
        } else {
            found.unansweredAt = SqlValues::toDateTime(claim.at(2));
            if (!found.confirmed())
                found.publishedAt = found.unansweredAt;
        }
    } else if (claimError.isError()) {
        if (error)
            *error = claimError;
        return false;
    }
    if (record)
        *record = found;
    return found.confirmed() || found.unanswered();
}

PublicationStore::Claim PublicationStore::claim(qint64 digestId, const QString &channel,
                                                const QString &claimant, bool force, int staleSeconds,
                                                PublicationRecord *found, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    // The digest's row lock makes the check and the claim one step for every publisher, on both backends.
    if (!transaction.isActive() || !m_connection.lockDigest(digestId, error))
        return Claim::Failed;
    PublicationRecord record;
    LibraryError readError;
    const bool published = publication(digestId, channel, &record, &readError);
    if (readError.isError()) {
        if (error)
            *error = readError;
        return Claim::Failed;
    }
    if (found)
        *found = record;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool busy = record.busySince.isValid() && record.busySince.secsTo(now) < staleSeconds;
    if (busy)
        return Claim::Busy;
    if (published && !force)
        return Claim::Published;
    // What is left of another claim is stale or unanswered (and forced): the new claim replaces it.
    const bool claimed = record.busySince.isValid() || record.unanswered();
    const QString stamp = SqlValues::fromDateTime(now);
    const bool ok =
        claimed
            ? run(QStringLiteral("UPDATE publication_claims SET claimant = ?, claimed_at = ?, sent_at = '' "
                                 "WHERE digest_id = ? AND channel = ?"),
                  {claimant, stamp, digestId, channel}, QStringLiteral("claiming the digest"), error)
            : run(QStringLiteral("INSERT INTO publication_claims (digest_id, channel, claimant, claimed_at) "
                                 "VALUES (?, ?, ?, ?)"),
                  {digestId, channel, claimant, stamp}, QStringLiteral("claiming the digest"), error);
    if (!ok || !transaction.commit(error))
        return Claim::Failed;
    return Claim::Taken;
}

bool PublicationStore::touchClaim(qint64 digestId, const QString &channel, const QString &claimant,
                                  LibraryError *error)
{
    int changed = 0;
    if (!run(
            QStringLiteral("UPDATE publication_claims SET claimed_at = ? WHERE digest_id = ? AND channel = ? "
                           "AND claimant = ? AND sent_at = ''"),
            {SqlValues::now(), digestId, channel, claimant}, QStringLiteral("keeping the claim"), error,
            &changed))
        return false;
    if (changed == 0)
        return m_connection.fail(error, LibraryError::Kind::NotFound,
                                 QStringLiteral("Another publisher took over this digest (it had waited too "
                                                "long for this one)."));
    return true;
}

bool PublicationStore::markSent(qint64 digestId, const QString &channel, const QString &claimant,
                                LibraryError *error)
{
    int changed = 0;
    if (!run(QStringLiteral(
                 "UPDATE publication_claims SET sent_at = ? WHERE digest_id = ? AND channel = ? AND "
                 "claimant = ?"),
             {SqlValues::now(), digestId, channel, claimant}, QStringLiteral("remembering the draft request"),
             error, &changed))
        return false;
    if (changed == 0)
        return m_connection.fail(error, LibraryError::Kind::NotFound,
                                 QStringLiteral("Another publisher took over this digest; nothing was sent "
                                                "to the draft box."));
    return true;
}

bool PublicationStore::confirm(const PublicationRecord &record, const QString &claimant, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    const QString at =
        record.publishedAt.isValid() ? SqlValues::fromDateTime(record.publishedAt) : SqlValues::now();
    return run(QStringLiteral("INSERT INTO publications (digest_id, channel, media_id, published_at) VALUES "
                              "(?, ?, ?, ?) ON CONFLICT (digest_id, channel) DO UPDATE SET media_id = "
                              "excluded.media_id, published_at = excluded.published_at"),
               {record.digestId, record.channel, SqlValues::text(record.mediaId), at},
               QStringLiteral("remembering what was published"), error) &&
           run(QStringLiteral(
                   "DELETE FROM publication_claims WHERE digest_id = ? AND channel = ? AND claimant = ?"),
               {record.digestId, record.channel, claimant}, QStringLiteral("ending the claim"), error) &&
           transaction.commit(error);
}

bool PublicationStore::release(qint64 digestId, const QString &channel, const QString &claimant,
                               LibraryError *error)
{
    return run(
        QStringLiteral("DELETE FROM publication_claims WHERE digest_id = ? AND channel = ? AND claimant = ?"),
        {digestId, channel, claimant}, QStringLiteral("ending the claim"), error);
}

bool PublicationStore::forgetPublication(qint64 digestId, const QString &channel, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    return transaction.isActive() &&
           run(QStringLiteral("DELETE FROM publications WHERE digest_id = ? AND channel = ?"),
               {digestId, channel}, QStringLiteral("forgetting what was published"), error) &&
           run(QStringLiteral("DELETE FROM publication_claims WHERE digest_id = ? AND channel = ?"),
               {digestId, channel}, QStringLiteral("forgetting what was published"), error) &&
           transaction.commit(error);
}

} // namespace DigestStudio
