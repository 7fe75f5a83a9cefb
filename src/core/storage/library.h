// The library: digests, entries, papers, glossary and images stored in SQLite (default) or PostgreSQL, with
// migrations, a transaction per write, entry revisions with conflicts, change announcements and search.
#pragma once

#include "model/digest.h"
#include "model/glossaryterm.h"
#include "model/libraryerror.h"
#include "model/listingday.h"
#include "model/paperstore.h"
#include "storage/librarylocation.h"
#include "storage/librarytypes.h"

#include <QObject>

#include <memory>

namespace DigestStudio {

class AffiliationAliasStore;
class ChangeWatcher;
class CommentStore;
class DigestStore;
class EntryHistoryStore;
class EntryStore;
class GlossaryStore;
class ImageStore;
class LibraryConnection;
class LibrarySearch;
class ListingHistoryStore;
class PaperRepository;
class MorningRunStore;
class PublicationStore;
class TeamStore;
class RunLocks;

// One connection to one library; use it from the thread that opened it. Every method that writes runs one
// transaction; SQLite writers wait (busy timeout) rather than fail while another process writes. Every
// method that can fail takes a LibraryError, filled when it fails (saves carry theirs in the SaveResult).
class Library final : public QObject, public PaperStore
{
    Q_OBJECT

public:
    // Opens (creating or migrating as needed) the library at `location`: a SQLite file path or
    // `postgresql://user:password@host:port/db[?schema=name]`. On failure returns null and fills `error` with
    // a message naming the location (never the password) and the cause; the file is left untouched.
    static std::unique_ptr<Library> open(const QString &location, LibraryError *error = nullptr);
    ~Library() override;

    QString location() const;
    LibraryLocation::Backend backend() const;
    int schemaVersion() const { return m_schemaVersion; }

    // Who writes: the author of every revision and history event. PostgreSQL: the database role the library
    // was opened as (current_user; the server stamps it, setPerson() changes nothing). SQLite: the name the
    // program sets (one person per file; empty until set).
    QString person() const;
    void setPerson(const QString &name);
    // Each entry's changes (who, when, before, after) and the last person to change given fields.
    EntryHistoryStore &entryHistory() { return *m_entryHistory; }
    // Assignments, the four-eyes setting and the people's display names.
    TeamStore &team() { return *m_team; }
    // Comments on entries: threads anchored to spans of fields, replies, resolving.
    CommentStore &comments() { return *m_comments; }

    // Digests
    QVector<DigestSummary> digests(LibraryError *error = nullptr); // newest date first
    // A new empty digest with the default legend, summary label and footer.
    qint64 createDigest(const QDate &date, const QString &title = QString(), LibraryError *error = nullptr);
    // Stores `digest` with its entries as given (an import); returns the new id, 0 on failure.
    qint64 createDigest(const Digest &digest, LibraryError *error = nullptr);
    bool loadDigest(qint64 digestId, Digest *digest, LibraryError *error = nullptr);
    qint64 latestDigestId(LibraryError *error = nullptr); // 0 when the library has none
    // `spec` is a digest id or a YYYY-MM-DD date (the latest digest of that date); 0 and `error` when none.
    qint64 resolveDigest(const QString &spec, LibraryError *error = nullptr);
    // Date, title, legend, attribution, summary label and footer of the digest with digest.id().
    bool updateDigestHeader(const Digest &digest, LibraryError *error = nullptr);
    bool deleteDigest(qint64 digestId, LibraryError *error = nullptr);

    // Entries. Positions are 1-based. The returned entry carries its id and revision (id 0 on failure).
    DigestEntry appendEntry(qint64 digestId, const DigestEntry &entry, LibraryError *error = nullptr);
    DigestEntry insertEntry(qint64 digestId, int position, const DigestEntry &entry,
                            LibraryError *error = nullptr);
    bool loadEntry(qint64 entryId, DigestEntry *entry, LibraryError *error = nullptr);
    qint64 entryIdAt(qint64 digestId, int position, LibraryError *error = nullptr);
    // Saves based on the revision the editor loaded; a stale one is a Conflict carrying both texts. Saving
    // the text that is already stored is not a conflict.
    SaveResult saveField(qint64 entryId, qint64 baseRevision, DigestEntry::Field field, const QString &value);
    SaveResult saveStatus(qint64 entryId, qint64 baseRevision, DigestEntry::Status status);
    // Every text field, the status, arXiv id and version of entry.id(), based on entry.revision().
    SaveResult saveEntry(const DigestEntry &entry);
    bool moveEntry(qint64 digestId, int from, int to, LibraryError *error = nullptr);
    bool removeEntry(qint64 entryId, LibraryError *error = nullptr);

    // Full-text search over entries and stored papers, English and Chinese; best first.
    QVector<SearchHit> search(const QString &query, int limit = 50, LibraryError *error = nullptr);

    // PaperStore
    bool findPaper(const QString &id, Paper *paper, LibraryError *error = nullptr) override;
    bool storePapers(const QVector<Paper> &papers, LibraryError *error = nullptr) override;
    QStringList rememberedAffiliations(const QString &author, LibraryError *error = nullptr) override;
    bool rememberAffiliation(const QString &author, const QString &affiliation,
                             LibraryError *error = nullptr) override;
    QVector<FeaturedIn> featuredIn(const QString &arxivId, qint64 excludeDigestId = 0,
                                   LibraryError *error = nullptr) override;

    // Glossary, ordered by English term.
    QVector<GlossaryTerm> glossaryTerms(LibraryError *error = nullptr);
    bool addGlossaryTerm(GlossaryTerm *term, LibraryError *error = nullptr); // sets term->id()
    bool updateGlossaryTerm(const GlossaryTerm &term, LibraryError *error = nullptr);
    bool removeGlossaryTerm(qint64 termId, LibraryError *error = nullptr);
    bool replaceGlossary(QVector<GlossaryTerm> *terms, LibraryError *error = nullptr); // all or nothing

    // Images of an entry, in order.
    qint64 addImage(qint64 entryId, const QByteArray &data, const QString &mimeType,
                    LibraryError *error = nullptr);
    // The same for a figure taken from the paper, with its caption.
    qint64 addFigure(qint64 entryId, const QByteArray &data, const QString &mimeType, const QString &caption,
                     LibraryError *error = nullptr);
    QVector<EntryImage> images(qint64 entryId, LibraryError *error = nullptr);
    bool removeImage(qint64 imageId, LibraryError *error = nullptr);
    // `imageIds` is every image of the entry in the new order.
    bool reorderImages(qint64 entryId, const QVector<qint64> &imageIds, LibraryError *error = nullptr);

    // The house's short names for institutions (LONG → SHORT, LONG matched ignoring case), ordered by LONG.
    QVector<AffiliationAlias> affiliationAliases(LibraryError *error = nullptr);
    bool setAffiliationAlias(const QString &longName, const QString &shortName, bool *replaced = nullptr,
                             LibraryError *error = nullptr);
    bool removeAffiliationAlias(const QString &longName, LibraryError *error = nullptr);

    // What was published where (`wechat`): true and `record` filled when a draft was confirmed or sent
    // without an answer. Publishers claim a digest's channel first: see PublicationStore.
    bool publication(qint64 digestId, const QString &channel, PublicationRecord *record,
                     LibraryError *error = nullptr);
    PublicationStore &publications() { return *m_publications; }
    bool forgetPublication(qint64 digestId, const QString &channel, LibraryError *error = nullptr);
    // Listing history (what the suggestions learn from): see ListingHistoryStore.
    bool storeListing(const QDate &day, const QVector<Paper> &papers, LibraryError *error = nullptr);
    bool importHistory(const QVector<ListingDay> &days, LibraryError *error = nullptr); // all or nothing
    // Oldest first; an invalid date leaves that end open. Picks: imported ones and the day's digests'
    // entries.
    QVector<ListingDay> listingHistory(const QDate &from = QDate(), const QDate &to = QDate(),
                                       LibraryError *error = nullptr);
    bool setNotForUs(const QString &arxivId, bool marked, LibraryError *error = nullptr);
    // The morning run's memory (papers proposed, each run's report) and its one-at-a-time lock.
    MorningRunStore &morningRuns() { return *m_morningRuns; }
    RunLocks &runLocks() { return *m_runLocks; }
    QStringList notForUs(LibraryError *error = nullptr);

    // Presence: whether the library carries it (PostgreSQL: a team; SQLite: one person, no), and sending a
    // message to the others at once; theirs arrive as presenceHeard().
    bool sharesPresence() const;
    bool sendPresence(const QByteArray &payload, LibraryError *error = nullptr);

    // SQLite's integrity check (PostgreSQL: a round trip); false and `error` when something is wrong.
    bool checkIntegrity(LibraryError *error = nullptr);

Q_SIGNALS:
    // Another connection or process changed an entry's text or status.
    void entryChanged(qint64 digestId, qint64 entryId);
    // Another connection or process created, deleted, reordered or retitled a digest, or added or removed
    // entries.
    void digestChanged(qint64 digestId);
    // Another connection sent a presence message: its bytes, unread (see PresenceBeat::parse).
    void presenceHeard(const QByteArray &payload);

private:
    Library() = default;

    bool connectTo(const LibraryLocation &location, LibraryError *error);
    bool readServerPerson(LibraryError *error);

    std::unique_ptr<LibraryConnection> m_connection; // first: the others use it until they are gone
    std::unique_ptr<ChangeWatcher> m_changes;
    std::unique_ptr<DigestStore> m_digests;
    std::unique_ptr<EntryStore> m_entries;
    std::unique_ptr<LibrarySearch> m_search;
    std::unique_ptr<PaperRepository> m_papers;
    std::unique_ptr<GlossaryStore> m_glossary;
    std::unique_ptr<ImageStore> m_images;
    std::unique_ptr<AffiliationAliasStore> m_aliases;
    std::unique_ptr<PublicationStore> m_publications;
    std::unique_ptr<ListingHistoryStore> m_history;
    std::unique_ptr<EntryHistoryStore> m_entryHistory;
    std::unique_ptr<TeamStore> m_team;
    std::unique_ptr<CommentStore> m_comments;
    std::unique_ptr<MorningRunStore> m_morningRuns;
    std::unique_ptr<RunLocks> m_runLocks;
    int m_schemaVersion = 0;
};

} // namespace DigestStudio
