#include "storage/affiliationaliasstore.h"

#include "storage/libraryconnection.h"
#include "storage/transaction.h"

namespace DigestStudio {

AffiliationAliasStore::AffiliationAliasStore(LibraryConnection &connection)
    : m_connection(connection)
{}

QString AffiliationAliasStore::key(const QString &longName)
{
    return longName.simplified().toCaseFolded();
}

QVector<AffiliationAlias> AffiliationAliasStore::aliases(LibraryError *error)
{
    QVector<AffiliationAlias> list;
    QSqlQuery &query = m_connection.prepared(
        QStringLiteral("SELECT long_name, short_name FROM affiliation_aliases ORDER BY long_key"));
    if (!m_connection.run(query, error, QStringLiteral("reading the affiliation aliases")))
        return list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString()});
    query.finish();
    return list;
}

bool AffiliationAliasStore::setAlias(const QString &longName, const QString &shortName, bool *replaced,
                                     LibraryError *error)
{
    const QString longText = longName.simplified();
    const QString shortText = shortName.simplified();
    if (longText.isEmpty() || shortText.isEmpty())
        return m_connection.fail(error, LibraryError::Kind::InvalidArgument,
                                 QStringLiteral("An affiliation alias needs a LONG and a SHORT name."));
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &remove = m_connection.prepared(
        QStringLiteral("DELETE FROM affiliation_aliases WHERE long_key = ? RETURNING long_key"));
    remove.addBindValue(key(longText));
    if (!m_connection.run(remove, error, QStringLiteral("replacing the affiliation alias")))
        return false;
    const bool found = remove.next();
    remove.finish();
    QSqlQuery &insert = m_connection.prepared(
        QStringLiteral("INSERT INTO affiliation_aliases (long_key, long_name, short_name) VALUES (?, ?, ?)"));
    insert.addBindValue(key(longText));
    insert.addBindValue(longText);
    insert.addBindValue(shortText);
    if (!m_connection.run(insert, error, QStringLiteral("adding the affiliation alias")))
        return false;
    insert.finish();
    if (!transaction.commit(error))
        return false;
    if (replaced)
        *replaced = found;
    return true;
}

bool AffiliationAliasStore::removeAlias(const QString &longName, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &remove = m_connection.prepared(
        QStringLiteral("DELETE FROM affiliation_aliases WHERE long_key = ? RETURNING long_key"));
    remove.addBindValue(key(longName));
    if (!m_connection.run(remove, error, QStringLiteral("removing the affiliation alias")))
        return false;
    const bool found = remove.next();
    remove.finish();
    if (!found)
        return m_connection.notFound(error, QStringLiteral("affiliation alias"), longName.simplified());
    return transaction.commit(error);
}

} // namespace DigestStudio
