#include "storage/library.h"

#include "storage/affiliationaliasstore.h"
#include "storage/changewatcher.h"
#include "storage/commentstore.h"
#include "storage/digeststore.h"
#include "storage/entryhistorystore.h"
#include "storage/entrystore.h"
#include "storage/glossarystore.h"
#include "storage/imagestore.h"
#include "storage/libraryconnection.h"
#include "storage/librarymigrations.h"
#include "storage/librarysearch.h"
#include "storage/listinghistorystore.h"
#include "storage/morningrunstore.h"
#include "storage/paperrepository.h"
#include "storage/publicationstore.h"
#include "storage/runlocks.h"
#include "storage/schemamigrator.h"
#include "storage/sqldialect.h"
#include "storage/teamstore.h"

namespace DigestStudio {

Library::~Library() = default;

std::unique_ptr<Library> Library::open(const QString &locationText, LibraryError *error)
{
    LibraryError localError;
    LibraryError *e = error ? error : &localError;
    *e = LibraryError();
    const LibraryLocation location = LibraryLocation::parse(locationText);
    if (!location.isValid()) {
        e->kind = LibraryError::Kind::BadLocation;
        e->location = location.displayName();
        e->message = QStringLiteral("Cannot open the library ") + location.displayName() +
                     QStringLiteral(": ") + location.problem() + QLatin1Char('.');
        return nullptr;
    }
    std::unique_ptr<Library> library(new Library);
    if (!library->connectTo(location, e)) {
        e->location = location.displayName();
        return nullptr;
    }
    return library;
}

// Connect, check the schema, ready the connection, upgrade, then listen for others' changes.
bool Library::connectTo(const LibraryLocation &location, LibraryError *error)
{
    m_connection = LibraryConnection::open(location, error);
    if (!m_connection)
        return false;
    const SqlDialect &dialect = m_connection->dialect();
    SchemaMigrator schema(*m_connection);
    int version = 0;
    if (!schema.readVersion(&version, error) || !dialect.prepareForUse(*m_connection, error) ||
        !schema.migrate(version, error))
        return false;
    m_schemaVersion = LibraryMigrations::latestVersion();
    m_changes = dialect.createWatcher(*m_connection);
    if (!m_changes->start(error))
        return false;
    connect(m_changes.get(), &ChangeWatcher::entryChanged, this, &Library::entryChanged);
    connect(m_changes.get(), &ChangeWatcher::digestChanged, this, &Library::digestChanged);
    connect(m_changes.get(), &ChangeWatcher::presenceHeard, this, &Library::presenceHeard);
    // Others' changes keep arriving after the server came back.
    m_connection->setOnReconnected([this] { m_changes->start(nullptr); });
    m_digests = std::make_unique<DigestStore>(*m_connection, *m_changes);
    m_entries = std::make_unique<EntryStore>(*m_connection, *m_changes);
    m_search = std::make_unique<LibrarySearch>(*m_connection);
    m_papers = std::make_unique<PaperRepository>(*m_connection);
    m_glossary = std::make_unique<GlossaryStore>(*m_connection);
    m_images = std::make_unique<ImageStore>(*m_connection, *m_changes);
    m_aliases = std::make_unique<AffiliationAliasStore>(*m_connection);
    m_publications = std::make_unique<PublicationStore>(*m_connection);
    m_history = std::make_unique<ListingHistoryStore>(*m_connection);
    m_morningRuns = std::make_unique<MorningRunStore>(*m_connection);
    m_runLocks = std::make_unique<RunLocks>(*m_connection);
    m_entryHistory = std::make_unique<EntryHistoryStore>(*m_connection);
    m_team = std::make_unique<TeamStore>(*m_connection, *m_changes);
    m_comments = std::make_unique<CommentStore>(*m_connection, *m_changes);
    return location.backend() == LibraryLocation::Backend::SQLite || readServerPerson(error);
}

// PostgreSQL: the person is the role the server knows this connection as.
bool Library::readServerPerson(LibraryError *error)
{
    QSqlQuery &query = m_connection->prepared(QStringLiteral("SELECT current_user"));
    if (!m_connection->run(query, error, QStringLiteral("reading the user name")) || !query.next())
        return false;
    m_connection->setPerson(query.value(0).toString());
    query.finish();
    return true;
}

QString Library::person() const
{
    return m_connection->person();
}

void Library::setPerson(const QString &name)
{
    if (backend() == LibraryLocation::Backend::SQLite)
        m_connection->setPerson(name);
}

QString Library::location() const
{
    return m_connection->displayName();
}

LibraryLocation::Backend Library::backend() const
{
    return m_connection->location().backend();
}

QVector<DigestSummary> Library::digests(LibraryError *error)
{
    return m_digests->digests(error);
}

qint64 Library::createDigest(const QDate &date, const QString &title, LibraryError *error)
{
    return m_digests->createDigest(date, title, error);
}

qint64 Library::createDigest(const Digest &digest, LibraryError *error)
{
    return m_digests->createDigest(digest, error);
}

bool Library::loadDigest(qint64 digestId, Digest *digest, LibraryError *error)
{
    return m_digests->loadDigest(digestId, digest, error);
}

qint64 Library::latestDigestId(LibraryError *error)
{
    return m_digests->latestDigestId(error);
}

qint64 Library::resolveDigest(const QString &spec, LibraryError *error)
{
    return m_digests->resolveDigest(spec, error);
}

bool Library::updateDigestHeader(const Digest &digest, LibraryError *error)
{
    return m_digests->updateDigestHeader(digest, error);
}

bool Library::deleteDigest(qint64 digestId, LibraryError *error)
{
    return m_digests->deleteDigest(digestId, error);
}

DigestEntry Library::appendEntry(qint64 digestId, const DigestEntry &entry, LibraryError *error)
{
    return insertEntry(digestId, -1, entry, error);
}

DigestEntry Library::insertEntry(qint64 digestId, int position, const DigestEntry &entry, LibraryError *error)
{
    return m_entries->insertEntry(digestId, position, entry, error);
}

bool Library::loadEntry(qint64 entryId, DigestEntry *entry, LibraryError *error)
{
    return m_entries->loadEntry(entryId, entry, error);
}

qint64 Library::entryIdAt(qint64 digestId, int position, LibraryError *error)
{
    return m_entries->entryIdAt(digestId, position, error);
}

SaveResult Library::saveField(qint64 entryId, qint64 baseRevision, DigestEntry::Field field,
                              const QString &value)
{
    return m_entries->saveField(entryId, baseRevision, field, value);
}

SaveResult Library::saveStatus(qint64 entryId, qint64 baseRevision, DigestEntry::Status status)
{
    return m_entries->saveStatus(entryId, baseRevision, status);
}

SaveResult Library::saveEntry(const DigestEntry &entry)
{
    return m_entries->saveEntry(entry);
}

bool Library::moveEntry(qint64 digestId, int from, int to, LibraryError *error)
{
    return m_entries->moveEntry(digestId, from, to, error);
}

bool Library::removeEntry(qint64 entryId, LibraryError *error)
{
    return m_entries->removeEntry(entryId, error);
}

QVector<SearchHit> Library::search(const QString &query, int limit, LibraryError *error)
{
    return m_search->search(query, limit, error);
}

bool Library::findPaper(const QString &id, Paper *paper, LibraryError *error)
{
    return m_papers->findPaper(id, paper, error);
}

bool Library::storePapers(const QVector<Paper> &papers, LibraryError *error)
{
    return m_papers->storePapers(papers, error);
}

QStringList Library::rememberedAffiliations(const QString &author, LibraryError *error)
{
    return m_papers->rememberedAffiliations(author, error);
}

bool Library::rememberAffiliation(const QString &author, const QString &affiliation, LibraryError *error)
{
    return m_papers->rememberAffiliation(author, affiliation, error);
}

QVector<FeaturedIn> Library::featuredIn(const QString &arxivId, qint64 excludeDigestId, LibraryError *error)
{
    return m_papers->featuredIn(arxivId, excludeDigestId, error);
}

QVector<GlossaryTerm> Library::glossaryTerms(LibraryError *error)
{
    return m_glossary->glossaryTerms(error);
}

bool Library::addGlossaryTerm(GlossaryTerm *term, LibraryError *error)
{
    return m_glossary->addGlossaryTerm(term, error);
}

bool Library::updateGlossaryTerm(const GlossaryTerm &term, LibraryError *error)
{
    return m_glossary->updateGlossaryTerm(term, error);
}

bool Library::removeGlossaryTerm(qint64 termId, LibraryError *error)
{
    return m_glossary->removeGlossaryTerm(termId, error);
}

bool Library::replaceGlossary(QVector<GlossaryTerm> *terms, LibraryError *error)
{
    return m_glossary->replaceGlossary(terms, error);
}

qint64 Library::addImage(qint64 entryId, const QByteArray &data, const QString &mimeType, LibraryError *error)
{
    return m_images->addImage(entryId, data, mimeType, error);
}

qint64 Library::addFigure(qint64 entryId, const QByteArray &data, const QString &mimeType,
                          const QString &caption, LibraryError *error)
{
    return m_images->addImage(entryId, data, mimeType, error, caption);
}

QVector<AffiliationAlias> Library::affiliationAliases(LibraryError *error)
{
    return m_aliases->aliases(error);
}

bool Library::setAffiliationAlias(const QString &longName, const QString &shortName, bool *replaced,
                                  LibraryError *error)
{
    return m_aliases->setAlias(longName, shortName, replaced, error);
}

bool Library::removeAffiliationAlias(const QString &longName, LibraryError *error)
{
    return m_aliases->removeAlias(longName, error);
}

QVector<EntryImage> Library::images(qint64 entryId, LibraryError *error)
{
    return m_images->images(entryId, error);
}

bool Library::removeImage(qint64 imageId, LibraryError *error)
{
    return m_images->removeImage(imageId, error);
}

bool Library::reorderImages(qint64 entryId, const QVector<qint64> &imageIds, LibraryError *error)
{
    return m_images->reorderImages(entryId, imageIds, error);
}

bool Library::publication(qint64 digestId, const QString &channel, PublicationRecord *record,
                          LibraryError *error)
{
    return m_publications->publication(digestId, channel, record, error);
}

bool Library::forgetPublication(qint64 digestId, const QString &channel, LibraryError *error)
{
    return m_publications->forgetPublication(digestId, channel, error);
}

bool Library::storeListing(const QDate &day, const QVector<Paper> &papers, LibraryError *error)
{
    return m_history->storeListing(day, papers, error);
}

bool Library::importHistory(const QVector<ListingDay> &days, LibraryError *error)
{
    return m_history->importHistory(days, error);
}

QVector<ListingDay> Library::listingHistory(const QDate &from, const QDate &to, LibraryError *error)
{
    return m_history->listingHistory(from, to, error);
}

bool Library::setNotForUs(const QString &arxivId, bool marked, LibraryError *error)
{
    return m_history->setNotForUs(arxivId, marked, error);
}

QStringList Library::notForUs(LibraryError *error)
{
    return m_history->notForUs(error);
}

bool Library::sharesPresence() const
{
    return m_changes->carriesPresence();
}

bool Library::sendPresence(const QByteArray &payload, LibraryError *error)
{
    return m_changes->sendPresence(payload, error);
}

bool Library::checkIntegrity(LibraryError *error)
{
    return m_connection->dialect().checkIntegrity(*m_connection, error);
}

} // namespace DigestStudio
