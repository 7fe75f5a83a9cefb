#include "storage/library.h"

#include "storage/changewatcher.h"
#include "storage/digeststore.h"
#include "storage/entrystore.h"
#include "storage/glossarystore.h"
#include "storage/imagestore.h"
#include "storage/libraryconnection.h"
#include "storage/librarymigrations.h"
#include "storage/librarysearch.h"
#include "storage/paperrepository.h"
#include "storage/schemamigrator.h"
#include "storage/sqldialect.h"

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
    m_digests = std::make_unique<DigestStore>(*m_connection, *m_changes);
    m_entries = std::make_unique<EntryStore>(*m_connection, *m_changes);
    m_search = std::make_unique<LibrarySearch>(*m_connection);
    m_papers = std::make_unique<PaperRepository>(*m_connection);
    m_glossary = std::make_unique<GlossaryStore>(*m_connection);
    m_images = std::make_unique<ImageStore>(*m_connection, *m_changes);
    return true;
}

template<typename T>
T Library::report(T value, const LibraryError &error, QString *message)
{
    m_lastError = error;
    if (message && error.isError())
        *message = error.message;
    return value;
}

QString Library::location() const
{
    return m_connection->displayName();
}

LibraryLocation::Backend Library::backend() const
{
    return m_connection->location().backend();
}

QVector<DigestSummary> Library::digests()
{
    LibraryError e;
    return report(m_digests->digests(&e), e);
}

qint64 Library::createDigest(const QDate &date, const QString &title, QString *error)
{
    LibraryError e;
    return report(m_digests->createDigest(date, title, &e), e, error);
}

qint64 Library::createDigest(const Digest &digest, QString *error)
{
    LibraryError e;
    return report(m_digests->createDigest(digest, &e), e, error);
}

bool Library::loadDigest(qint64 digestId, Digest *digest, QString *error)
{
    LibraryError e;
    return report(m_digests->loadDigest(digestId, digest, &e), e, error);
}

qint64 Library::latestDigestId()
{
    LibraryError e;
    return report(m_digests->latestDigestId(&e), e);
}

qint64 Library::resolveDigest(const QString &spec, QString *error)
{
    LibraryError e;
    return report(m_digests->resolveDigest(spec, &e), e, error);
}

bool Library::updateDigestHeader(const Digest &digest, QString *error)
{
    LibraryError e;
    return report(m_digests->updateDigestHeader(digest, &e), e, error);
}

bool Library::deleteDigest(qint64 digestId, QString *error)
{
    LibraryError e;
    return report(m_digests->deleteDigest(digestId, &e), e, error);
}

DigestEntry Library::appendEntry(qint64 digestId, const DigestEntry &entry, QString *error)
{
    return insertEntry(digestId, -1, entry, error);
}

DigestEntry Library::insertEntry(qint64 digestId, int position, const DigestEntry &entry, QString *error)
{
    LibraryError e;
    return report(m_entries->insertEntry(digestId, position, entry, &e), e, error);
}

bool Library::loadEntry(qint64 entryId, DigestEntry *entry, QString *error)
{
    LibraryError e;
    return report(m_entries->loadEntry(entryId, entry, &e), e, error);
}

qint64 Library::entryIdAt(qint64 digestId, int position, QString *error)
{
    LibraryError e;
    return report(m_entries->entryIdAt(digestId, position, &e), e, error);
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

bool Library::moveEntry(qint64 digestId, int from, int to, QString *error)
{
    LibraryError e;
    return report(m_entries->moveEntry(digestId, from, to, &e), e, error);
}

bool Library::removeEntry(qint64 entryId, QString *error)
{
    LibraryError e;
    return report(m_entries->removeEntry(entryId, &e), e, error);
}

QVector<SearchHit> Library::search(const QString &query, int limit, QString *error)
{
    LibraryError e;
    return report(m_search->search(query, limit, &e), e, error);
}

bool Library::findPaper(const QString &id, Paper *paper)
{
    LibraryError e;
    return report(m_papers->findPaper(id, paper, &e), e);
}

bool Library::storePapers(const QVector<Paper> &papers, QString *error)
{
    LibraryError e;
    return report(m_papers->storePapers(papers, &e), e, error);
}

QStringList Library::rememberedAffiliations(const QString &author)
{
    LibraryError e;
    return report(m_papers->rememberedAffiliations(author, &e), e);
}

bool Library::rememberAffiliation(const QString &author, const QString &affiliation, QString *error)
{
    LibraryError e;
    return report(m_papers->rememberAffiliation(author, affiliation, &e), e, error);
}

QVector<FeaturedIn> Library::featuredIn(const QString &arxivId, qint64 excludeDigestId)
{
    LibraryError e;
    return report(m_papers->featuredIn(arxivId, excludeDigestId, &e), e);
}

QVector<GlossaryTerm> Library::glossaryTerms()
{
    LibraryError e;
    return report(m_glossary->glossaryTerms(&e), e);
}

bool Library::addGlossaryTerm(GlossaryTerm *term, QString *error)
{
    LibraryError e;
    return report(m_glossary->addGlossaryTerm(term, &e), e, error);
}

bool Library::updateGlossaryTerm(const GlossaryTerm &term, QString *error)
{
    LibraryError e;
    return report(m_glossary->updateGlossaryTerm(term, &e), e, error);
}

bool Library::removeGlossaryTerm(qint64 termId, QString *error)
{
    LibraryError e;
    return report(m_glossary->removeGlossaryTerm(termId, &e), e, error);
}

qint64 Library::addImage(qint64 entryId, const QByteArray &data, const QString &mimeType, QString *error)
{
    LibraryError e;
    return report(m_images->addImage(entryId, data, mimeType, &e), e, error);
}

QVector<EntryImage> Library::images(qint64 entryId)
{
    LibraryError e;
    return report(m_images->images(entryId, &e), e);
}

bool Library::removeImage(qint64 imageId, QString *error)
{
    LibraryError e;
    return report(m_images->removeImage(imageId, &e), e, error);
}

bool Library::reorderImages(qint64 entryId, const QVector<qint64> &imageIds, QString *error)
{
    LibraryError e;
    return report(m_images->reorderImages(entryId, imageIds, &e), e, error);
}

bool Library::checkIntegrity(QString *error)
{
    LibraryError e;
    return report(m_connection->dialect().checkIntegrity(*m_connection, &e), e, error);
}

} // namespace DigestStudio
