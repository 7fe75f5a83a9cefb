#include "storage/paperrepository.h"

#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QDateTime>

#include <algorithm>

namespace DigestStudio {

namespace {

using SqlValues::text;

Paper paperFromQuery(const QSqlQuery &query)
{
    Paper p;
    p.setId(query.value(0).toString());
    p.setVersion(query.value(1).toInt());
    p.setTitle(query.value(2).toString());
    p.setAuthors(SqlValues::toStringList(query.value(3).toString()));
    p.setAffiliations(SqlValues::toStringList(query.value(4).toString()));
    p.setAbstract(query.value(5).toString());
    p.setPrimaryCategory(query.value(6).toString());
    p.setCategories(SqlValues::toStringList(query.value(7).toString()));
    p.setPublished(SqlValues::toDateTime(query.value(8).toString()));
    p.setUpdated(SqlValues::toDateTime(query.value(9).toString()));
    p.setComment(query.value(10).toString());
    p.setJournalRef(query.value(11).toString());
    p.setDoi(query.value(12).toString());
    p.setAbsUrl(query.value(13).toString());
    p.setPdfUrl(query.value(14).toString());
    return p;
}

} // namespace

PaperRepository::PaperRepository(LibraryConnection &connection)
    : m_connection(connection)
{}

bool PaperRepository::findPaper(const QString &id, Paper *paper, LibraryError *error)
{
    QSqlQuery &query = m_connection.prepared(
        QStringLiteral("SELECT id, version, title, authors, affiliations, abstract, primary_category, "
                       "categories, published, "
                       "updated, comment, journal_ref, doi, abs_url, pdf_url FROM papers WHERE id = ?"));
    query.addBindValue(SqlValues::withoutVersion(id));
    if (!m_connection.run(query, error, QStringLiteral("reading the paper")))
        return false;
    if (!query.next()) {
        query.finish();
        return false;
    }
    const Paper p = paperFromQuery(query);
    query.finish();
    if (paper)
        *paper = p;
    return true;
}

bool PaperRepository::storePapers(const QVector<Paper> &papers, LibraryError *error)
{
    if (papers.isEmpty())
        return true;
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &upsert = m_connection.prepared(QStringLiteral(
        "INSERT INTO papers (id, version, title, authors, affiliations, abstract, primary_category, "
        "categories, "
        "published, updated, comment, journal_ref, doi, abs_url, pdf_url, stored_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET version = excluded.version, title = excluded.title, authors = "
        "excluded.authors, affiliations = excluded.affiliations, abstract = excluded.abstract, "
        "primary_category = "
        "excluded.primary_category, categories = excluded.categories, published = excluded.published, "
        "updated = "
        "excluded.updated, comment = excluded.comment, journal_ref = excluded.journal_ref, doi = "
        "excluded.doi, "
        "abs_url = excluded.abs_url, pdf_url = excluded.pdf_url, stored_at = excluded.stored_at "
        "WHERE excluded.version >= papers.version"));
    const QString now = SqlValues::now();
    for (const Paper &p : papers) {
        const QString id = SqlValues::withoutVersion(p.id());
        if (id.isEmpty())
            return m_connection.fail(error, LibraryError::Kind::InvalidArgument,
                                     QStringLiteral("A paper without an id cannot be stored."));
        bindPaper(upsert, id, p, now);
        if (!m_connection.run(upsert, error, QStringLiteral("storing paper ") + id))
            return false;
    }
    return transaction.commit(error);
}

void PaperRepository::bindPaper(QSqlQuery &upsert, const QString &id, const Paper &p, const QString &now)
{
    upsert.addBindValue(id);
    upsert.addBindValue(p.version());
    upsert.addBindValue(text(p.title()));
    upsert.addBindValue(SqlValues::fromStringList(p.authors()));
    upsert.addBindValue(SqlValues::fromStringList(p.affiliations()));
    upsert.addBindValue(text(p.abstract()));
    upsert.addBindValue(text(p.primaryCategory()));
    upsert.addBindValue(SqlValues::fromStringList(p.categories()));
    upsert.addBindValue(SqlValues::fromDateTime(p.published()));
    upsert.addBindValue(SqlValues::fromDateTime(p.updated()));
    upsert.addBindValue(text(p.comment()));
    upsert.addBindValue(text(p.journalRef()));
    upsert.addBindValue(text(p.doi()));
    upsert.addBindValue(text(p.absUrl()));
    upsert.addBindValue(text(p.pdfUrl()));
    upsert.addBindValue(now);
}

QStringList PaperRepository::rememberedAffiliations(const QString &author, LibraryError *error)
{
    QStringList list;
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "SELECT affiliation FROM author_affiliations WHERE author = ? ORDER BY used_at DESC, affiliation"));
    query.addBindValue(author.trimmed());
    if (!m_connection.run(query, error, QStringLiteral("reading remembered affiliations")))
        return list;
    while (query.next())
        list.append(query.value(0).toString());
    query.finish();
    return list;
}

bool PaperRepository::rememberAffiliation(const QString &author, const QString &affiliation,
                                          LibraryError *error)
{
    const QString who = author.trimmed();
    const QString where = affiliation.trimmed();
    if (who.isEmpty() || where.isEmpty())
        return m_connection.fail(error, LibraryError::Kind::InvalidArgument,
                                 QStringLiteral("An affiliation needs an author and a place."));
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    // Later than anything remembered for this author, even within the same millisecond.
    QSqlQuery &latest = m_connection.prepared(
        QStringLiteral("SELECT COALESCE(MAX(used_at), 0) FROM author_affiliations WHERE author = ?"));
    latest.addBindValue(who);
    if (!m_connection.run(latest, error, QStringLiteral("reading remembered affiliations")) || !latest.next())
        return false;
    const qint64 usedAt = std::max(QDateTime::currentMSecsSinceEpoch(), latest.value(0).toLongLong() + 1);
    latest.finish();
    QSqlQuery &upsert = m_connection.prepared(
        QStringLiteral("INSERT INTO author_affiliations (author, affiliation, used_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (author, affiliation) DO UPDATE SET used_at = excluded.used_at"));
    upsert.addBindValue(who);
    upsert.addBindValue(where);
    upsert.addBindValue(usedAt);
    return m_connection.run(upsert, error, QStringLiteral("remembering the affiliation")) &&
           transaction.commit(error);
}

QVector<FeaturedIn> PaperRepository::featuredIn(const QString &arxivId, qint64 excludeDigestId,
                                                LibraryError *error)
{
    QVector<FeaturedIn> list;
    QSqlQuery &query = m_connection.prepared(
        QStringLiteral("SELECT e.digest_id, d.date, e.position, e.version FROM entries e JOIN "
                       "digests d ON d.id = e.digest_id "
                       "WHERE e.arxiv_id = ? AND e.digest_id <> ? ORDER BY d.date DESC, d.id DESC"));
    query.addBindValue(SqlValues::withoutVersion(arxivId));
    query.addBindValue(excludeDigestId);
    if (!m_connection.run(query, error, QStringLiteral("reading the paper's history")))
        return list;
    while (query.next()) {
        FeaturedIn f;
        f.digestId = query.value(0).toLongLong();
        f.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        f.position = query.value(2).toInt();
        f.version = query.value(3).toInt();
        list.append(f);
    }
    query.finish();
    return list;
}

} // namespace DigestStudio
