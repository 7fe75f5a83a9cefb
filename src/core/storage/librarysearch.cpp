#include "storage/librarysearch.h"

#include "storage/libraryconnection.h"
#include "storage/librarymigrations.h"
#include "storage/sqldialect.h"
#include "storage/sqlvalues.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace DigestStudio {

namespace {

// Characters as FTS5's trigram tokenizer counts them: code points, not UTF-16 units (`𝒜b` is two, so it
// cannot use the trigram index and is searched by LIKE).
int characters(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QStringList qualified(const QStringList &columns, const QString &prefix)
{
    QStringList out;
    for (const QString &c : columns)
        out.append(prefix + c);
    return out;
}

// Han, kana, hangul and full-width forms: text arXiv's English metadata does not contain.
bool containsCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80)
            return true;
    }
    return false;
}

QString ftsPhrase(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QStringList ftsPhrases(const QStringList &terms)
{
    QStringList phrases;
    for (const QString &t : terms)
        phrases.append(ftsPhrase(t));
    return phrases;
}

// The first field (in `columns` order) containing `term`, with a snippet around the match.
void describeMatch(const QStringList &columns, const QStringList &values, const QString &term, SearchHit *hit)
{
    constexpr int Context = 40;
    for (int i = 0; i < columns.size(); ++i) {
        const QString &value = values.at(i);
        const int at = value.indexOf(term, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        hit->field = columns.at(i);
        const int start = std::max(0, at - Context);
        const int end =
            std::min(static_cast<int>(value.size()), at + static_cast<int>(term.size()) + Context);
        QString snippet = value.mid(start, end - start);
        int matchStart = at - start;
        if (start > 0) {
            snippet.prepend(QChar(0x2026));
            ++matchStart;
        }
        if (end < value.size())
            snippet.append(QChar(0x2026));
        snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        hit->snippet = snippet;
        hit->matchStart = matchStart;
        hit->matchLength = static_cast<int>(term.size());
        return;
    }
    // Matched across the terms' fields only (multi-term queries): show the first non-empty field.
    for (int i = 0; i < columns.size(); ++i) {
        if (!values.at(i).isEmpty()) {
            hit->field = columns.at(i);
            hit->snippet = values.at(i).left(2 * Context);
            return;
        }
    }
}

} // namespace

LibrarySearch::LibrarySearch(LibraryConnection &connection)
    : m_connection(connection)
{}

QVector<SearchHit> LibrarySearch::search(const QString &queryText, int limit, LibraryError *error)
{
    QVector<SearchHit> hits;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList terms = queryText.split(space, Qt::SkipEmptyParts);
    if (terms.isEmpty() || limit <= 0)
        return hits;
    if (!searchEntries(entryQuery(terms), limit, &hits, error))
        return {};
    // Papers that a hit entry already shows are not listed twice.
    QSet<QString> shown;
    for (const SearchHit &hit : hits)
        shown.insert(hit.arxivId);
    QVector<SearchHit> papers;
    // Papers hold arXiv's English metadata: a Chinese term cannot match there.
    const bool chinese = std::any_of(terms.cbegin(), terms.cend(), containsCjk);
    if (hits.size() < limit && !chinese && !searchPapers(terms, limit, &papers, error))
        return {};
    for (const SearchHit &hit : papers) {
        if (hits.size() >= limit)
            break;
        if (!shown.contains(hit.arxivId))
            hits.append(hit);
    }
    return hits;
}

LibrarySearch::EntryQuery LibrarySearch::entryQuery(const QStringList &terms) const
{
    EntryQuery q;
    q.terms = terms;
    for (const QString &t : terms)
        (characters(t) >= 3 ? q.longTerms : q.shortTerms).append(t);
    const QStringList columns = LibraryMigrations::entrySearchColumns();
    const QStringList prefixed = qualified(columns, QStringLiteral("e."));
    q.concat = prefixed.join(QStringLiteral(" || ' ' || "));
    q.like = m_connection.dialect().caseInsensitiveLike();
    // Chinese has no case: plain LIKE spares PostgreSQL lowercasing every row it checks.
    q.firstLike = containsCjk(terms.first()) ? QStringLiteral("LIKE") : q.like;
    q.select = QStringLiteral("SELECT e.id, e.digest_id, d.date, e.position, e.arxiv_id, ") +
               prefixed.join(QStringLiteral(", ")) + QStringLiteral(", ");
    const int rankColumn = 5 + static_cast<int>(columns.size());
    q.order = QStringLiteral(" ORDER BY ") + QString::number(rankColumn + 1) +
              QStringLiteral(" DESC, d.date DESC, e.position LIMIT ?");
    q.tierOneRank = QStringLiteral("CASE WHEN e.zh_title ") + q.firstLike +
                    QStringLiteral(" ? ESCAPE '\\' OR e.title ") + q.firstLike +
                    QStringLiteral(" ? ESCAPE '\\' THEN 3 ELSE 2.5 END");
    return q;
}

// Hits come in two tiers: the first term in a title, then anywhere else. The title tier is ordered by where
// it matched, then newest first; it reads little and usually fills the page, so a word that is common in
// abstracts stays cheap.
bool LibrarySearch::searchEntries(const EntryQuery &q, int limit, QVector<SearchHit> *hits,
                                  LibraryError *error)
{
    if (!m_connection.dialect().hasFullTextTables() || q.longTerms.isEmpty())
        return likeTiers(q, limit, hits, error);
    // FTS5: a column filter makes the title tier; the rest is ranked by bm25.
    if (!fullTextTitleTier(q, limit, hits, error))
        return false;
    return hits->size() >= limit || fullTextRestTier(q, limit, hits, error);
}

QString LibrarySearch::shortTermConditions(const EntryQuery &q, QVariantList *binds) const
{
    QString conditions;
    for (const QString &t : q.shortTerms)
        conditions += scanCondition(q, t, binds);
    return conditions;
}

bool LibrarySearch::fullTextTitleTier(const EntryQuery &q, int limit, QVector<SearchHit> *hits,
                                      LibraryError *error)
{
    const QString key = q.longTerms.first();
    const QString titleFilter = QStringLiteral("{zh_title title zh_short_title} : ") + ftsPhrase(key);
    const QStringList others = ftsPhrases(q.longTerms).mid(1);
    QVariantList shortBinds;
    const QString shortConditions = shortTermConditions(q, &shortBinds);
    const QString keyPattern = likePattern(key);
    const QString sql =
        q.select + q.tierOneRank +
        QStringLiteral(" FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid JOIN digests d ON "
                       "d.id = e.digest_id WHERE entries_fts MATCH ?") +
        shortConditions;
    QVariantList binds{keyPattern, keyPattern,
                       others.isEmpty() ? titleFilter
                                        : QString(titleFilter + QStringLiteral(" AND ") +
                                                  others.join(QStringLiteral(" AND ")))};
    binds += shortBinds;
    binds.append(limit);
    return collectEntries(q, sql + q.order, binds, false, hits, error);
}

bool LibrarySearch::fullTextRestTier(const EntryQuery &q, int limit, QVector<SearchHit> *hits,
                                     LibraryError *error)
{
    const QString titleFilter =
        QStringLiteral("{zh_title title zh_short_title} : ") + ftsPhrase(q.longTerms.first());
    const QString rest = QLatin1Char('(') + ftsPhrases(q.longTerms).join(QStringLiteral(" AND ")) +
                         QStringLiteral(") NOT ") + titleFilter;
    const int left = limit - static_cast<int>(hits->size());
    QVariantList binds{rest};
    QString sql;
    if (q.shortTerms.isEmpty()) {
        // Rank inside the index first and fetch only the best rows.
        sql = q.select +
              QStringLiteral("m.r FROM (SELECT rowid AS id, -rank AS r FROM entries_fts WHERE entries_fts "
                             "MATCH ? ORDER BY rank LIMIT ?) m JOIN entries e ON e.id = m.id "
                             "JOIN digests d ON d.id = e.digest_id");
        binds.append(left);
    } else {
        QVariantList shortBinds;
        sql = q.select +
              QStringLiteral("-entries_fts.rank FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
                             "JOIN digests d ON d.id = e.digest_id WHERE entries_fts MATCH ?") +
              shortTermConditions(q, &shortBinds);
        binds += shortBinds;
    }
    binds.append(left);
    return collectEntries(q, sql + q.order, binds, true, hits, error);
}

// Without FTS5 (PostgreSQL, where trigram indexes answer the LIKEs; SQLite for one- and two-character terms):
// the same two tiers, the second ordered by where it matched, then newest first.
bool LibrarySearch::likeTiers(const EntryQuery &q, int limit, QVector<SearchHit> *hits, LibraryError *error)
{
    const QString pattern = likePattern(q.terms.first());
    const LikeConditions c = likeConditions(q);
    QString sql = q.select + q.tierOneRank +
                  QStringLiteral(" FROM entries e JOIN digests d ON d.id = e.digest_id WHERE ") + c.titles;
    QVariantList titleBinds{pattern, pattern};
    titleBinds += c.titlesBinds;
    if (q.terms.size() > 1) {
        sql += c.everyTermFiltered;
        titleBinds += c.termBinds;
    }
    titleBinds.append(limit);
    if (!collectEntries(q, sql + q.order, titleBinds, false, hits, error))
        return false;
    if (hits->size() >= limit)
        return true;

    sql = q.select + QStringLiteral("CASE WHEN e.zh_summary ") + q.firstLike +
          QStringLiteral(" ? ESCAPE '\\' THEN 2 ELSE 1 END FROM entries e JOIN digests d ON d.id = "
                         "e.digest_id WHERE NOT ") +
          c.titles + c.everyTerm;
    QVariantList restBinds{pattern};
    restBinds += c.titlesBinds;
    restBinds += c.termBinds;
    restBinds.append(limit - static_cast<int>(hits->size()));
    return collectEntries(q, sql + q.order, restBinds, false, hits, error);
}

LibrarySearch::LikeConditions LibrarySearch::likeConditions(const EntryQuery &q) const
{
    LikeConditions c;
    const QString first = q.terms.first();
    const QString pattern = likePattern(first);
    // A short Chinese term has no index to use: then only the Chinese titles are read, not the English one.
    const bool chineseScan = containsCjk(first) && characters(first) < 3;
    c.titles = chineseScan
                   ? QStringLiteral("(e.zh_title LIKE ? ESCAPE '\\' OR e.zh_short_title LIKE ? ESCAPE '\\')")
                   : QStringLiteral("(e.zh_title || ' ' || e.title || ' ' || e.zh_short_title) ") +
                         q.firstLike + QStringLiteral(" ? ESCAPE '\\'");
    c.titlesBinds = chineseScan ? QVariantList{pattern, pattern} : QVariantList{pattern};
    for (const QString &t : q.terms) {
        if (characters(t) < 3) {
            const QString condition = scanCondition(q, t, &c.termBinds);
            c.everyTerm += condition;
            c.everyTermFiltered += condition;
            continue;
        }
        const QString like = containsCjk(t) ? QStringLiteral("LIKE") : q.like;
        // PostgreSQL: the trigram index answers this.
        c.everyTerm += QStringLiteral(" AND (") + q.concat + QStringLiteral(") ") + like +
                       QStringLiteral(" ? ESCAPE '\\'");
        // The same test in a form no index matches: among the few title hits it is cheaper to check each
        // row than to let the planner intersect the large full-text index.
        c.everyTermFiltered += QStringLiteral(" AND (") + q.concat + QStringLiteral(" || '') ") + like +
                               QStringLiteral(" ? ESCAPE '\\'");
        c.termBinds.append(likePattern(t));
    }
    return c;
}

QString LibrarySearch::scanCondition(const EntryQuery &q, const QString &term, QVariantList *binds) const
{
    if (!containsCjk(term)) {
        binds->append(likePattern(term));
        return QStringLiteral(" AND (") + q.concat + QStringLiteral(") ") + q.like +
               QStringLiteral(" ? ESCAPE '\\'");
    }
    QStringList ors;
    for (const QString &c : LibraryMigrations::chineseSearchColumns()) {
        ors.append(QStringLiteral("e.") + c + QLatin1Char(' ') + QStringLiteral("LIKE") +
                   QStringLiteral(" ? ESCAPE '\\'"));
        binds->append(likePattern(term));
    }
    return QStringLiteral(" AND (") + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

bool LibrarySearch::collectEntries(const EntryQuery &q, const QString &sql, const QVariantList &binds,
                                   bool bm25, QVector<SearchHit> *hits, LibraryError *error)
{
    const QStringList columns = LibraryMigrations::entrySearchColumns();
    const int rankColumn = 5 + static_cast<int>(columns.size());
    QSqlQuery &query = m_connection.prepared(sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!m_connection.run(query, error, QStringLiteral("searching the entries")))
        return false;
    while (query.next()) {
        SearchHit hit;
        hit.entryId = query.value(0).toLongLong();
        hit.digestId = query.value(1).toLongLong();
        hit.digestDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        hit.position = query.value(3).toInt();
        hit.arxivId = query.value(4).toString();
        QStringList texts;
        for (int i = 0; i < columns.size(); ++i)
            texts.append(query.value(5 + i).toString());
        hit.rank = query.value(rankColumn).toDouble();
        if (bm25)
            hit.rank = 2.0 * std::max(0.0, hit.rank) / (1.0 + std::max(0.0, hit.rank));
        describeMatch(columns, texts, q.terms.first(), &hit);
        hits->append(hit);
    }
    query.finish();
    return true;
}

bool LibrarySearch::searchPapers(const QStringList &terms, int limit, QVector<SearchHit> *hits,
                                 LibraryError *error)
{
    const QStringList columns = LibraryMigrations::paperSearchColumns();
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT p.id, ") +
                        qualified(columns, QStringLiteral("p.")).join(QStringLiteral(", ")) +
                        QStringLiteral(", ") + paperConditions(terms, limit, &binds) +
                        QStringLiteral(" ORDER BY 5 DESC, p.id DESC LIMIT ?");
    binds.append(limit);
    QSqlQuery &query = m_connection.prepared(sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!m_connection.run(query, error, QStringLiteral("searching the papers")))
        return false;
    while (query.next()) {
        SearchHit hit;
        hit.arxivId = query.value(0).toString();
        const QStringList values{
            query.value(1).toString(),
            SqlValues::toStringList(query.value(2).toString()).join(QStringLiteral(", ")),
            query.value(3).toString()};
        hit.rank = query.value(4).toDouble();
        describeMatch(columns, values, terms.first(), &hit);
        hits->append(hit);
    }
    query.finish();
    return true;
}

// The rank column and what follows it up to the ORDER BY.
QString LibrarySearch::paperConditions(const QStringList &terms, int limit, QVariantList *binds) const
{
    const QString concat = qualified(LibraryMigrations::paperSearchColumns(), QStringLiteral("p."))
                               .join(QStringLiteral(" || ' ' || "));
    QStringList longTerms;
    QStringList shortTerms;
    for (const QString &t : terms)
        (characters(t) >= 3 ? longTerms : shortTerms).append(t);
    QString sql;
    if (m_connection.dialect().hasFullTextTables() && !longTerms.isEmpty()) {
        binds->append(ftsPhrases(longTerms).join(QStringLiteral(" AND ")));
        if (shortTerms.isEmpty()) {
            binds->append(limit);
            return QStringLiteral(
                "m.r FROM (SELECT rowid AS rid, -rank AS r FROM papers_fts WHERE papers_fts "
                "MATCH ? ORDER BY rank LIMIT ?) m JOIN papers p ON p.rid = m.rid");
        }
        sql = QStringLiteral("-papers_fts.rank FROM papers_fts JOIN papers p ON p.rid = papers_fts.rowid "
                             "WHERE papers_fts MATCH ?");
        for (const QString &t : shortTerms) {
            sql += QStringLiteral(" AND (") + concat + QStringLiteral(") LIKE ? ESCAPE '\\'");
            binds->append(likePattern(t));
        }
        return sql;
    }
    const QString like = m_connection.dialect().caseInsensitiveLike();
    sql = QStringLiteral("CASE WHEN p.title ") + like +
          QStringLiteral(" ? ESCAPE '\\' THEN 3 WHEN p.authors ") + like +
          QStringLiteral(" ? ESCAPE '\\' THEN 2 ELSE 1 END FROM papers p WHERE 1 = 1");
    binds->append(likePattern(terms.first()));
    binds->append(likePattern(terms.first()));
    for (const QString &t : terms) {
        sql += QStringLiteral(" AND (") + concat + QStringLiteral(") ") + like +
               QStringLiteral(" ? ESCAPE '\\'");
        binds->append(likePattern(t));
    }
    return sql;
}

} // namespace DigestStudio
