#include "storage/librarymigrations.h"

namespace DigestStudio {

namespace {

using Backend = LibraryLocation::Backend;

// Dialect words: everything else in the migrations is SQL both backends accept.
QString dialect(QString sql, Backend backend)
{
    const bool lite = backend == Backend::SQLite;
    sql.replace(QLatin1String("{pk}"), lite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                                            : QLatin1String("BIGSERIAL PRIMARY KEY"));
    sql.replace(QLatin1String("{blob}"), lite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
    return sql;
}

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        // Papers as arXiv reports them, keyed by the id without version; lists are JSON arrays.
        QStringLiteral("CREATE TABLE papers ("
                       " rid {pk},"
                       " id TEXT NOT NULL UNIQUE,"
                       " version INTEGER NOT NULL DEFAULT 0,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " authors TEXT NOT NULL DEFAULT '[]',"
                       " affiliations TEXT NOT NULL DEFAULT '[]',"
                       " abstract TEXT NOT NULL DEFAULT '',"
                       " primary_category TEXT NOT NULL DEFAULT '',"
                       " categories TEXT NOT NULL DEFAULT '[]',"
                       " published TEXT NOT NULL DEFAULT '',"
                       " updated TEXT NOT NULL DEFAULT '',"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " journal_ref TEXT NOT NULL DEFAULT '',"
                       " doi TEXT NOT NULL DEFAULT '',"
                       " abs_url TEXT NOT NULL DEFAULT '',"
                       " pdf_url TEXT NOT NULL DEFAULT '',"
                       " stored_at TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE digests ("
                       " id {pk},"
                       " date TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " legend TEXT NOT NULL DEFAULT '',"
                       " attribution TEXT NOT NULL DEFAULT '',"
                       " summary_label TEXT NOT NULL DEFAULT '',"
                       " footer TEXT NOT NULL DEFAULT '',"
                       " created TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX digests_date ON digests (date, id)"),
        QStringLiteral("CREATE TABLE entries ("
                       " id {pk},"
                       " digest_id BIGINT NOT NULL REFERENCES digests (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " arxiv_id TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 0,"
                       " tag TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL DEFAULT '',"
                       " authors_line TEXT NOT NULL DEFAULT '',"
                       " affiliations TEXT NOT NULL DEFAULT '',"
                       " affiliations_note TEXT NOT NULL DEFAULT '',"
                       " zh_title TEXT NOT NULL DEFAULT '',"
                       " zh_short_title TEXT NOT NULL DEFAULT '',"
                       " zh_summary TEXT NOT NULL DEFAULT '',"
                       " abstract TEXT NOT NULL DEFAULT '',"
                       " link TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'draft',"
                       " revision BIGINT NOT NULL DEFAULT 1,"
                       " updated TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX entries_digest ON entries (digest_id, position)"),
        QStringLiteral("CREATE INDEX entries_arxiv ON entries (arxiv_id)"),
    };
}

QStringList version2()
{
    return {
        // Affiliations an editor confirmed, reused for the same author later; used_at orders them.
        QStringLiteral("CREATE TABLE author_affiliations ("
                       " author TEXT NOT NULL,"
                       " affiliation TEXT NOT NULL,"
                       " used_at BIGINT NOT NULL,"
                       " PRIMARY KEY (author, affiliation))"),
        QStringLiteral("CREATE TABLE glossary ("
                       " id {pk},"
                       " english TEXT NOT NULL,"
                       " chinese TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX glossary_english ON glossary (english)"),
        QStringLiteral("CREATE TABLE entry_images ("
                       " id {pk},"
                       " entry_id BIGINT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " mime_type TEXT NOT NULL,"
                       " data {blob} NOT NULL)"),
        QStringLiteral("CREATE INDEX entry_images_entry ON entry_images (entry_id, position)"),
        // Who changed what, for other processes on a SQLite file (PostgreSQL announces with NOTIFY).
        QStringLiteral("CREATE TABLE changes ("
                       " seq {pk},"
                       " origin TEXT NOT NULL,"
                       " digest_id BIGINT NOT NULL,"
                       " entry_id BIGINT NOT NULL DEFAULT 0)"),
    };
}

QString columnList(const QStringList &columns, const QString &prefix)
{
    QStringList out;
    for (const QString &c : columns)
        out.append(prefix + c);
    return out.join(QStringLiteral(", "));
}

// SQLite: FTS5 trigram tables over the entries and papers, kept in step by triggers.
QStringList ftsTable(const QString &table, const QString &key, const QStringList &columns,
                     const QString &weights)
{
    const QString fts = table + QStringLiteral("_fts");
    const QString cols = columns.join(QStringLiteral(", "));
    const QString newCols = columnList(columns, QStringLiteral("new."));
    const QString oldCols = columnList(columns, QStringLiteral("old."));
    const QString insertNew = QStringLiteral("INSERT INTO ") + fts + QStringLiteral(" (rowid, ") + cols +
                              QStringLiteral(") VALUES (new.") + key + QStringLiteral(", ") + newCols +
                              QStringLiteral(");");
    const QString deleteOld = QStringLiteral("INSERT INTO ") + fts + QStringLiteral(" (") + fts +
                              QStringLiteral(", rowid, ") + cols +
                              QStringLiteral(") VALUES ('delete', old.") + key + QStringLiteral(", ") +
                              oldCols + QStringLiteral(");");
    return {
        QStringLiteral("CREATE VIRTUAL TABLE ") + fts + QStringLiteral(" USING fts5(") + cols +
            QStringLiteral(", content='") + table + QStringLiteral("', content_rowid='") + key +
            QStringLiteral("', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER ") + fts + QStringLiteral("_insert AFTER INSERT ON ") + table +
            QStringLiteral(" BEGIN ") + insertNew + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER ") + fts + QStringLiteral("_delete AFTER DELETE ON ") + table +
            QStringLiteral(" BEGIN ") + deleteOld + QStringLiteral(" END"),
        // Only text changes reindex: moving an entry or bumping its revision does not.
        QStringLiteral("CREATE TRIGGER ") + fts + QStringLiteral("_update AFTER UPDATE OF ") + cols +
            QStringLiteral(" ON ") + table + QStringLiteral(" BEGIN ") + deleteOld + QLatin1Char(' ') +
            insertNew + QStringLiteral(" END"),
        QStringLiteral("INSERT INTO ") + fts + QStringLiteral(" (") + fts +
            QStringLiteral(") VALUES ('rebuild')"),
        // ORDER BY rank then weighs titles above summaries above the rest, inside the index.
        QStringLiteral("INSERT INTO ") + fts + QStringLiteral(" (") + fts +
            QStringLiteral(", rank) VALUES ('rank', 'bm25(") + weights + QStringLiteral(")')"),
    };
}

QString concatenation(const QStringList &columns)
{
    return columns.join(QStringLiteral(" || ' ' || "));
}

QStringList version3(Backend backend, const QString &trgmSchema)
{
    const QStringList entryColumns = LibraryMigrations::entrySearchColumns();
    const QStringList paperColumns = LibraryMigrations::paperSearchColumns();
    if (backend == Backend::SQLite)
        return ftsTable(QStringLiteral("entries"), QStringLiteral("id"), entryColumns,
                        QStringLiteral("5.0, 5.0, 4.0, 2.0, 2.0, 1.0, 1.0, 1.0")) +
               ftsTable(QStringLiteral("papers"), QStringLiteral("rid"), paperColumns,
                        QStringLiteral("5.0, 2.0, 1.0"));
    // PostgreSQL: trigram GIN indexes over the same text (pg_trgm is set up by Library before migrating).
    const QString opclass = QLatin1Char('"') + trgmSchema + QStringLiteral("\".gin_trgm_ops");
    const QStringList titleColumns{QStringLiteral("zh_title"), QStringLiteral("title"),
                                   QStringLiteral("zh_short_title")};
    return {
        // Titles on their own: search looks there first (short texts, cheap to recheck).
        QStringLiteral("CREATE INDEX entries_title_search ON entries USING gin ((") +
            concatenation(titleColumns) + QStringLiteral(") ") + opclass + QLatin1Char(')'),
        QStringLiteral("CREATE INDEX entries_search ON entries USING gin ((") + concatenation(entryColumns) +
            QStringLiteral(") ") + opclass + QLatin1Char(')'),
        QStringLiteral("CREATE INDEX papers_search ON papers USING gin ((") + concatenation(paperColumns) +
            QStringLiteral(") ") + opclass + QLatin1Char(')'),
    };
}

// Version 4: one canonical form for old-style ids. Imports used to keep the subject class
// (`math.DG/0211159`), which arXiv's canonical id and every lookup leave out (`math/0211159`): such entries
// never matched the same paper ("featured before", de-duplication).
QStringList version4(Backend backend)
{
    const QString position = backend == Backend::SQLite ? QStringLiteral("instr") : QStringLiteral("strpos");
    const QString dot = position + QStringLiteral("(arxiv_id, '.')");
    const QString slash = position + QStringLiteral("(arxiv_id, '/')");
    return {QStringLiteral("UPDATE entries SET arxiv_id = lower(substr(arxiv_id, 1, ") + dot +
            QStringLiteral(" - 1)) || substr(arxiv_id, ") + slash +
            QStringLiteral(") WHERE arxiv_id LIKE '%.%/%' AND ") + dot + QStringLiteral(" < ") + slash};
}

// Version 5: the model whose machine draft is still untouched by a person; NULL when by hand.
QStringList version5()
{
    return {QStringLiteral("ALTER TABLE entries ADD COLUMN drafted_by TEXT")};
}

// Version 7: what was sent where: the WeChat draft's media_id per digest, so that one digest is
// not published twice by accident. An empty media_id marks a draft request whose answer never arrived.
QStringList version7()
{
    return {QStringLiteral("CREATE TABLE publications ("
                           " digest_id BIGINT NOT NULL REFERENCES digests (id) ON DELETE CASCADE,"
                           " channel TEXT NOT NULL,"
                           " media_id TEXT NOT NULL DEFAULT '',"
                           " published_at TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (digest_id, channel))")};
}

// Version 8: a publisher claims a digest's channel before its first upload (one row per digest and channel,
// taken in a locked transaction), so two publishers at once cannot both make a draft; `sent_at` is set when
// the draft request goes out, and a claim left with it marks a request whose answer never arrived. The
// confirmed media_id stays in `publications` until a new one is confirmed. Version 7's pending records
// (empty media_id) become such claims.
QStringList version8()
{
    return {
        QStringLiteral("CREATE TABLE publication_claims ("
                       " digest_id BIGINT NOT NULL REFERENCES digests (id) ON DELETE CASCADE,"
                       " channel TEXT NOT NULL,"
                       " claimant TEXT NOT NULL,"
                       " claimed_at TEXT NOT NULL,"
                       " sent_at TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (digest_id, channel))"),
        QStringLiteral("INSERT INTO publication_claims (digest_id, channel, claimant, claimed_at, sent_at)"
                       " SELECT digest_id, channel, '', published_at, published_at FROM publications"
                       " WHERE media_id = ''"),
        QStringLiteral("DELETE FROM publications WHERE media_id = ''")};
}

// Version 6: the listings the editor saw, day by day in feed order, the picks of days imported from elsewhere
// (a digest's own entries are its day's picks) and the papers marked "not for us"; the suggestions learn from
// these.
QStringList version6()
{
    return {
        QStringLiteral("CREATE TABLE listing_papers ("
                       " day TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " arxiv_id TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " abstract TEXT NOT NULL DEFAULT '',"
                       " authors TEXT NOT NULL DEFAULT '[]',"
                       " primary_category TEXT NOT NULL DEFAULT '',"
                       " categories TEXT NOT NULL DEFAULT '[]',"
                       " PRIMARY KEY (day, arxiv_id))"),
        QStringLiteral("CREATE INDEX listing_papers_day ON listing_papers (day, position)"),
        QStringLiteral("CREATE TABLE listing_picks ("
                       " day TEXT NOT NULL,"
                       " arxiv_id TEXT NOT NULL,"
                       " PRIMARY KEY (day, arxiv_id))"),
        QStringLiteral("CREATE TABLE not_for_us ("
                       " arxiv_id TEXT NOT NULL PRIMARY KEY,"
                       " marked_at TEXT NOT NULL DEFAULT '')"),
    };
}

// Version 9: the paper itself (full text). The house's short names for institutions, shared by the team
// (long_key: the long name simplified and case-folded, AffiliationAliasStore::key), and the caption a figure
// taken from the paper came with.
QStringList affiliationAliasesAndFigureCaptions()
{
    return {QStringLiteral("CREATE TABLE affiliation_aliases ("
                           " long_key TEXT NOT NULL PRIMARY KEY,"
                           " long_name TEXT NOT NULL,"
                           " short_name TEXT NOT NULL)"),
            QStringLiteral("ALTER TABLE entry_images ADD COLUMN caption TEXT NOT NULL DEFAULT ''")};
}

// Version 14: the model that read an entry's affiliation line from the paper's author block, until a person
// touches the line; NULL when the rules or a person wrote it.
QStringList affiliationsReadBy()
{
    return {QStringLiteral("ALTER TABLE entries ADD COLUMN affiliations_by TEXT")};
}

// The columns whose changes the entry history keeps (the text fields and the status).
QStringList historyColumns()
{
    return {QStringLiteral("tag"),
            QStringLiteral("title"),
            QStringLiteral("authors_line"),
            QStringLiteral("affiliations"),
            QStringLiteral("affiliations_note"),
            QStringLiteral("zh_title"),
            QStringLiteral("zh_short_title"),
            QStringLiteral("zh_summary"),
            QStringLiteral("abstract"),
            QStringLiteral("link"),
            QStringLiteral("status")};
}

// SQLite: one trigger per column; the author is the person the writing program named (one person per file).
QStringList sqliteHistoryTriggers(const QStringList &columns)
{
    QStringList list;
    for (const QString &c : columns)
        list.append(QStringLiteral("CREATE TRIGGER entry_history_") + c +
                    QStringLiteral(" AFTER UPDATE OF ") + c + QStringLiteral(" ON entries WHEN old.") + c +
                    QStringLiteral(" IS NOT new.") + c +
                    QStringLiteral(" BEGIN INSERT INTO entry_history (entry_id, field, old_text, new_text, "
                                   "author, changed_at, revision) VALUES (new.id, '") +
                    c + QStringLiteral("', old.") + c + QStringLiteral(", new.") + c +
                    QStringLiteral(", new.updated_by, new.updated, new.revision); END"));
    return list;
}

// The function that records the changes of `columns` (version 11 replaces it to add the assignment).
QString postgresHistoryFunction(const QStringList &columns)
{
    QString body;
    for (const QString &c : columns)
        body += QStringLiteral(" IF NEW.") + c + QStringLiteral(" IS DISTINCT FROM OLD.") + c +
                QStringLiteral(" THEN INSERT INTO entry_history (entry_id, field, old_text, new_text, "
                               "revision) VALUES (NEW.id, '") +
                c + QStringLiteral("', OLD.") + c + QStringLiteral(", NEW.") + c +
                QStringLiteral(", NEW.revision); END IF;");
    return QStringLiteral("CREATE OR REPLACE FUNCTION entries_record_history() RETURNS trigger LANGUAGE "
                          "plpgsql AS $$ BEGIN") +
           body + QStringLiteral(" RETURN NULL; END $$");
}

// PostgreSQL: the server says who and when (current_user, its clock), so a client cannot write history in
// another person's name: the entries' author is stamped before every write, history rows are stamped
// whoever inserts them.
QStringList postgresHistoryTriggers()
{
    const QString clock =
        QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    return {
        QStringLiteral(
            "CREATE FUNCTION entries_stamp_author() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "NEW.updated_by := current_user; IF TG_OP = 'INSERT' THEN NEW.created_by := current_user; "
            "ELSE NEW.created_by := OLD.created_by; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER entries_stamp_author BEFORE INSERT OR UPDATE ON entries FOR EACH ROW "
                       "EXECUTE FUNCTION entries_stamp_author()"),
        QStringLiteral("CREATE FUNCTION entry_history_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "NEW.author := current_user; NEW.changed_at := ") +
            clock + QStringLiteral("; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER entry_history_stamp BEFORE INSERT OR UPDATE ON entry_history FOR EACH "
                       "ROW EXECUTE FUNCTION entry_history_stamp()"),
        postgresHistoryFunction(historyColumns()),
        QStringLiteral("CREATE TRIGGER entries_record_history AFTER UPDATE ON entries FOR EACH ROW EXECUTE "
                       "FUNCTION entries_record_history()"),
    };
}

// Version 10 (the team): who stored each entry first (`created_by`) and wrote its current revision
// (`updated_by`), and the history of every field and status change with the text before and after, who and
// when, written by triggers so that no write path can skip it.
QStringList entryHistoryMigration(Backend backend)
{
    QStringList list{
        QStringLiteral("ALTER TABLE entries ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE entries ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE entry_history ("
                       " id {pk},"
                       " entry_id BIGINT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,"
                       " field TEXT NOT NULL,"
                       " old_text TEXT NOT NULL DEFAULT '',"
                       " new_text TEXT NOT NULL DEFAULT '',"
                       " author TEXT NOT NULL DEFAULT '',"
                       " changed_at TEXT NOT NULL DEFAULT '',"
                       " revision BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX entry_history_entry ON entry_history (entry_id, id)"),
    };
    return list +
           (backend == Backend::SQLite ? sqliteHistoryTriggers(historyColumns()) : postgresHistoryTriggers());
}

// Version 11 (the team): an assignee and a reviewer per entry (empty when unset; their changes go into the
// history like the fields'), the library's own settings (the four-eyes rule) and the display names of the
// people.
QStringList entryAssignmentMigration(Backend backend)
{
    const QStringList assignment{QStringLiteral("assignee"), QStringLiteral("reviewer")};
    QStringList list{
        QStringLiteral("ALTER TABLE entries ADD COLUMN assignee TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE entries ADD COLUMN reviewer TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX entries_assignee ON entries (assignee)"),
        QStringLiteral("CREATE INDEX entries_reviewer ON entries (reviewer)"),
        QStringLiteral(
            "CREATE TABLE library_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE people (name TEXT PRIMARY KEY, display_name TEXT NOT NULL DEFAULT '')"),
    };
    if (backend == Backend::SQLite)
        return list + sqliteHistoryTriggers(assignment);
    return list << postgresHistoryFunction(historyColumns() + assignment);
}

// Version 12 (the team): comments on an entry, anchored to a field and a span of its text (start, length and
// the quoted text, so that the anchor can follow edits), in threads (replies name their parent), resolved or
// not, outdated when their text is gone. PostgreSQL stamps the author and the time itself.
QStringList entryCommentsMigration(Backend backend)
{
    QStringList list{
        QStringLiteral("CREATE TABLE comments ("
                       " id {pk},"
                       " entry_id BIGINT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,"
                       " parent_id BIGINT REFERENCES comments (id) ON DELETE CASCADE,"
                       " field TEXT NOT NULL DEFAULT '',"
                       " span_start INTEGER NOT NULL DEFAULT 0,"
                       " span_length INTEGER NOT NULL DEFAULT 0,"
                       " quote TEXT NOT NULL DEFAULT '',"
                       " body TEXT NOT NULL,"
                       " author TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL DEFAULT '',"
                       " resolved INTEGER NOT NULL DEFAULT 0,"
                       " resolved_by TEXT NOT NULL DEFAULT '',"
                       " outdated INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX comments_entry ON comments (entry_id, id)"),
    };
    if (backend == Backend::PostgreSQL)
        list << QStringLiteral(
                    "CREATE FUNCTION comments_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "IF TG_OP = 'INSERT' THEN NEW.author := current_user; NEW.created_at := "
                    "to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                    "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); NEW.resolved_by := ''; ELSE "
                    "NEW.author := OLD.author; NEW.created_at := OLD.created_at; IF NEW.resolved "
                    "<> OLD.resolved THEN NEW.resolved_by := CASE WHEN NEW.resolved <> 0 THEN "
                    "current_user ELSE '' END; END IF; END IF; RETURN NEW; END $$")
             << QStringLiteral(
                    "CREATE TRIGGER comments_stamp BEFORE INSERT OR UPDATE ON comments FOR EACH ROW "
                    "EXECUTE FUNCTION comments_stamp()");
    return list;
}

// Version 13: the morning run. An entry it proposed carries its score (NULL: not proposed, whatever its
// status) and reasons; `proposals` remembers every paper a run ever proposed, so that one the editor dropped
// or removed is never proposed again; `run_locks` holds the one run at a time on SQLite (PostgreSQL uses an
// advisory lock); `prepare_runs` keeps each run's report for the GUI's bar.
QStringList morningRunMigration()
{
    return {
        QStringLiteral("ALTER TABLE entries ADD COLUMN proposed_score DOUBLE PRECISION"),
        QStringLiteral("ALTER TABLE entries ADD COLUMN proposed_reasons TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("CREATE TABLE proposals ("
                       " arxiv_id TEXT NOT NULL PRIMARY KEY,"
                       " day TEXT NOT NULL,"
                       " proposed_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX proposals_day ON proposals (day)"),
        QStringLiteral("CREATE TABLE run_locks ("
                       " name TEXT NOT NULL PRIMARY KEY,"
                       " holder TEXT NOT NULL,"
                       " taken_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE prepare_runs ("
                       " id {pk},"
                       " day TEXT NOT NULL,"
                       " finished_at TEXT NOT NULL,"
                       " report TEXT NOT NULL)"),
    };
}

} // namespace

int LibraryMigrations::latestVersion()
{
    return 14;
}

QStringList LibraryMigrations::entrySearchColumns()
{
    return {QStringLiteral("zh_title"),   QStringLiteral("title"),        QStringLiteral("zh_short_title"),
            QStringLiteral("zh_summary"), QStringLiteral("authors_line"), QStringLiteral("affiliations"),
            QStringLiteral("abstract"),   QStringLiteral("tag")};
}

QStringList LibraryMigrations::chineseSearchColumns()
{
    return {QStringLiteral("zh_title"), QStringLiteral("zh_short_title"), QStringLiteral("zh_summary"),
            QStringLiteral("affiliations")};
}

QStringList LibraryMigrations::paperSearchColumns()
{
    return {QStringLiteral("title"), QStringLiteral("authors"), QStringLiteral("abstract")};
}

QStringList LibraryMigrations::statements(int version, Backend backend, const QString &trgmSchema)
{
    QStringList list;
    switch (version) {
    case 1:
        list = version1();
        break;
    case 2:
        list = version2();
        break;
    case 3:
        list = version3(backend, trgmSchema);
        break;
    case 4:
        list = version4(backend);
        break;
    case 5:
        list = version5();
        break;
    case 6:
        list = version6();
        break;
    case 7:
        list = version7();
        break;
    case 8:
        list = version8();
        break;
    case 9:
        list = affiliationAliasesAndFigureCaptions();
        break;
    case 10:
        list = entryHistoryMigration(backend);
        break;
    case 11:
        list = entryAssignmentMigration(backend);
        break;
    case 12:
        list = entryCommentsMigration(backend);
        break;
    case 13:
        list = morningRunMigration();
        break;
    case 14:
        list = affiliationsReadBy();
        break;
    default:
        break;
    }
    for (QString &sql : list)
        sql = dialect(sql, backend);
    return list;
}

} // namespace DigestStudio
