#include "storage/listinghistorystore.h"

#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QHash>

namespace DigestStudio {

namespace {

using Kind = LibraryError::Kind;
using SqlValues::text;

QString dayText(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

} // namespace

ListingHistoryStore::ListingHistoryStore(LibraryConnection &connection)
    : m_connection(connection)
{}

bool ListingHistoryStore::storeListing(const QDate &day, const QVector<Paper> &papers, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    return transaction.isActive() && addListing(day, papers, error) && transaction.commit(error);
}

bool ListingHistoryStore::importHistory(const QVector<ListingDay> &days, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &pick = m_connection.prepared(
        QStringLiteral("INSERT INTO listing_picks (day, arxiv_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const ListingDay &day : days) {
        if (!addListing(day.date, day.listing, error))
            return false;
        for (const QString &id : day.picked) {
            pick.addBindValue(dayText(day.date));
            pick.addBindValue(SqlValues::withoutVersion(id));
            if (!m_connection.run(pick, error, QStringLiteral("storing the picks of ") + dayText(day.date)))
                return false;
        }
    }
    return transaction.commit(error);
}

bool ListingHistoryStore::addListing(const QDate &day, const QVector<Paper> &papers, LibraryError *error)
{
    if (!day.isValid())
        return m_connection.fail(error, Kind::InvalidArgument, QStringLiteral("A listing needs its day."));
    QSqlQuery &last = m_connection.prepared(
        QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM listing_papers WHERE day = ?"));
    last.addBindValue(dayText(day));
    if (!m_connection.run(last, error, QStringLiteral("reading the listing")) || !last.next())
        return false;
    int position = last.value(0).toInt();
    last.finish();
    QSqlQuery &upsert = m_connection.prepared(QStringLiteral(
        "INSERT INTO listing_papers (day, position, arxiv_id, title, abstract, authors, primary_category, "
        "categories) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, arxiv_id) DO UPDATE SET title = "
        "excluded.title, abstract = excluded.abstract, authors = excluded.authors, primary_category = "
        "excluded.primary_category, categories = excluded.categories"));
    for (const Paper &p : papers) {
        const QString id = SqlValues::withoutVersion(p.id());
        if (id.isEmpty())
            return m_connection.fail(error, Kind::InvalidArgument,
                                     QStringLiteral("A listed paper without an id cannot be stored."));
        upsert.addBindValue(dayText(day));
        upsert.addBindValue(++position);
        upsert.addBindValue(id);
        upsert.addBindValue(text(p.title()));
        upsert.addBindValue(text(p.abstract()));
        upsert.addBindValue(SqlValues::fromStringList(p.authors()));
        upsert.addBindValue(text(p.primaryCategory()));
        upsert.addBindValue(SqlValues::fromStringList(p.categories()));
        if (!m_connection.run(upsert, error, QStringLiteral("storing the listing of ") + dayText(day)))
            return false;
    }
    return true;
}

QVector<ListingDay> ListingHistoryStore::listingHistory(const QDate &from, const QDate &to,
                                                        LibraryError *error)
{
    QVector<ListingDay> days;
    const QString first = from.isValid() ? dayText(from) : QStringLiteral("0000-00-00");
    const QString lastDay = to.isValid() ? dayText(to) : QStringLiteral("9999-99-99");
    QSqlQuery &query = m_connection.prepared(
        QStringLiteral("SELECT day, arxiv_id, title, abstract, authors, primary_category, categories FROM "
                       "listing_papers WHERE day >= ? AND day <= ? ORDER BY day, position"));
    query.addBindValue(first);
    query.addBindValue(lastDay);
    if (!m_connection.run(query, error, QStringLiteral("reading the listing history")))
        return days;
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        if (days.isEmpty() || days.constLast().date != day)
            days.append(ListingDay{day, {}, {}});
        Paper p;
        p.setId(query.value(1).toString());
        p.setTitle(query.value(2).toString());
        p.setAbstract(query.value(3).toString());
        p.setAuthors(SqlValues::toStringList(query.value(4).toString()));
        p.setPrimaryCategory(query.value(5).toString());
        p.setCategories(SqlValues::toStringList(query.value(6).toString()));
        days.last().listing.append(p);
    }
    query.finish();
    if (!readPicks(&days, first, lastDay, error))
        days.clear();
    return days;
}

bool ListingHistoryStore::readPicks(QVector<ListingDay> *days, const QString &from, const QString &to,
                                    LibraryError *error)
{
    QHash<QString, int> index;
    for (int i = 0; i < days->size(); ++i)
        index.insert(dayText(days->at(i).date), i);
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "SELECT day, arxiv_id FROM listing_picks WHERE day >= ? AND day <= ? UNION SELECT d.date, e.arxiv_id "
        "FROM entries e JOIN digests d ON d.id = e.digest_id WHERE d.date >= ? AND d.date <= ? ORDER BY 1, "
        "2"));
    query.addBindValue(from);
    query.addBindValue(to);
    query.addBindValue(from);
    query.addBindValue(to);
    if (!m_connection.run(query, error, QStringLiteral("reading the picks")))
        return false;
    while (query.next()) {
        const auto found = index.constFind(query.value(0).toString());
        if (found != index.constEnd())
            (*days)[*found].picked.append(query.value(1).toString());
    }
    query.finish();
    return true;
}

bool ListingHistoryStore::setNotForUs(const QString &arxivId, bool marked, LibraryError *error)
{
    const QString id = SqlValues::withoutVersion(arxivId);
    if (id.isEmpty())
        return m_connection.fail(error, Kind::InvalidArgument,
                                 QStringLiteral("Only a paper with an id can be marked."));
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &query = m_connection.prepared(
        marked ? QStringLiteral(
                     "INSERT INTO not_for_us (arxiv_id, marked_at) VALUES (?, ?) ON CONFLICT (arxiv_id) "
                     "DO UPDATE SET marked_at = excluded.marked_at")
               : QStringLiteral("DELETE FROM not_for_us WHERE arxiv_id = ?"));
    query.addBindValue(id);
    if (marked)
        query.addBindValue(SqlValues::now());
    return m_connection.run(query, error, QStringLiteral("marking the paper")) && transaction.commit(error);
}

QStringList ListingHistoryStore::notForUs(LibraryError *error)
{
    QStringList ids;
    QSqlQuery &query =
        m_connection.prepared(QStringLiteral("SELECT arxiv_id FROM not_for_us ORDER BY arxiv_id"));
    if (!m_connection.run(query, error, QStringLiteral("reading the papers marked not for us")))
        return ids;
    while (query.next())
        ids.append(query.value(0).toString());
    query.finish();
    return ids;
}

} // namespace DigestStudio
