// Full-text search over the library's entries and stored papers, English and Chinese, best first. Entries
// come in two tiers (the first term in a title, then anywhere else); papers fill what is left.
#pragma once

#include "model/libraryerror.h"
#include "storage/librarytypes.h"

#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace DigestStudio {

class LibraryConnection;

class LibrarySearch final
{
public:
    explicit LibrarySearch(LibraryConnection &connection);

    // Every whitespace-separated term of `query` must match; at most `limit` hits.
    QVector<SearchHit> search(const QString &query, int limit, LibraryError *error);

private:
    // A query's terms and the SQL pieces every entry statement for it shares.
    struct EntryQuery
    {
        QStringList terms;
        QStringList longTerms; // three characters and more: what trigram indexes answer
        QStringList shortTerms;
        QString concat;      // every searched column, joined into one text
        QString like;        // case-insensitive LIKE
        QString firstLike;   // the operator for the first term (Chinese has no case: plain LIKE)
        QString select;      // the hit's columns, up to the rank
        QString order;       // best rank first, then newest; binds the limit
        QString tierOneRank; // 3 for the first term in a Chinese or English title, else 2.5
    };
    // The title tier's and the rest's conditions without FTS5.
    struct LikeConditions
    {
        QString titles;
        QVariantList titlesBinds;
        QString everyTerm;
        QString everyTermFiltered;
        QVariantList termBinds;
    };

    EntryQuery entryQuery(const QStringList &terms) const;
    bool searchEntries(const EntryQuery &q, int limit, QVector<SearchHit> *hits, LibraryError *error);
    bool fullTextTitleTier(const EntryQuery &q, int limit, QVector<SearchHit> *hits, LibraryError *error);
    bool fullTextRestTier(const EntryQuery &q, int limit, QVector<SearchHit> *hits, LibraryError *error);
    bool likeTiers(const EntryQuery &q, int limit, QVector<SearchHit> *hits, LibraryError *error);
    LikeConditions likeConditions(const EntryQuery &q) const;
    // The conditions for the short terms (below the trigram size), with their binds.
    QString shortTermConditions(const EntryQuery &q, QVariantList *binds) const;
    // A term below the trigram size is a scan: for Chinese only over the columns Chinese text lives in.
    QString scanCondition(const EntryQuery &q, const QString &term, QVariantList *binds) const;
    // `bm25`: the rank column is FTS5's score (>= 0), mapped below the title tier's 2.5 .. 3.
    bool collectEntries(const EntryQuery &q, const QString &sql, const QVariantList &binds, bool bm25,
                        QVector<SearchHit> *hits, LibraryError *error);

    bool searchPapers(const QStringList &terms, int limit, QVector<SearchHit> *hits, LibraryError *error);
    QString paperConditions(const QStringList &terms, int limit, QVariantList *binds) const;

    LibraryConnection &m_connection;
};

} // namespace DigestStudio
