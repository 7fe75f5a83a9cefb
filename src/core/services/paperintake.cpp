#include "services/paperintake.h"

#include "arxiv/arxivlookupclient.h"
#include "arxiv/arxivsearchclient.h"
#include "fulltext/institutionreducer.h"
#include "model/paperstore.h"
#include "services/fulltextservice.h"
#include "services/preferences.h"
#include "storage/library.h"

#include <QEventLoop>
#include <QSettings>
#include <QTimer>

namespace DigestStudio {

namespace {

PaperIntake::Request distinct(const QVector<ArxivId> &ids, const QVector<ArxivId> &malformed)
{
    PaperIntake::Request request;
    request.malformed = malformed;
    QSet<QString> seen;
    for (const ArxivId &id : ids) {
        if (!id.isValid()) {
            request.malformed.append(id);
        } else if (!seen.contains(id.id())) {
            seen.insert(id.id());
            request.ids.append(id);
        }
    }
    return request;
}

} // namespace

PaperIntake::PaperIntake(ArxivLookupClient *lookup, ArxivSearchClient *search, PaperStore *store,
                         QObject *parent)
    : QObject(parent)
    , m_lookup(lookup)
    , m_search(search)
    , m_store(store)
{
    qRegisterMetaType<Paper>();
    connectClients();
}

void PaperIntake::connectClients()
{
    connect(m_lookup, &ArxivLookupClient::finished, this,
            [this](quint64 operation, const ArxivLookupResult &r) {
                if (m_lookups.contains(operation))
                    finishLookup(operation, r);
            });
    connect(m_lookup, &ArxivLookupClient::progress, this, [this](quint64 operation, int done, int total) {
        const auto it = m_lookups.constFind(operation);
        if (it != m_lookups.constEnd())
            Q_EMIT progress(operation, done + it->known.size(), total + it->known.size());
    });
    connect(m_search, &ArxivSearchClient::finished, this,
            [this](quint64 operation, const ArxivSearchResult &r) {
                if (m_searches.remove(operation))
                    Q_EMIT searchFinished(operation, r);
            });
    for (EndpointClient *client :
         {static_cast<EndpointClient *>(m_lookup), static_cast<EndpointClient *>(m_search)})
        connect(client, &EndpointClient::retrying, this,
                [this](quint64 operation, const QString &reason, int delayMs) {
                    if (m_lookups.contains(operation) || m_searches.contains(operation))
                        Q_EMIT retrying(operation, reason, delayMs);
                });
}

EntryDefaults PaperIntake::entryDefaults() const
{
    EntryDefaults defaults = m_defaults ? *m_defaults : Preferences::entryDefaults(QSettings());
    if (!m_defaults)
        defaults.setStore(m_store);
    // arXiv's affiliations, like a paper's own, in the house's form: "Department of Physics, University of
    // Maryland, College Park" gives "University of Maryland", with the team's aliases.
    const QMap<QString, QString> aliases = FulltextService::aliasMap(dynamic_cast<Library *>(m_store));
    defaults.setLineMaker([aliases](const QStringList &affiliations) -> QString {
        return InstitutionReducer::houseLine(affiliations, aliases);
    });
    return defaults;
}

PaperIntake::Request PaperIntake::readIds(const QStringList &arguments)
{
    QVector<ArxivId> ids;
    for (const QString &argument : arguments)
        ids.append(ArxivId::parse(argument));
    return distinct(ids, {});
}

PaperIntake::Request PaperIntake::readText(const QString &text)
{
    const ArxivId::Extraction found = ArxivId::extractAll(text);
    return distinct(found.ids, found.invalid);
}

quint64 PaperIntake::lookup(const QVector<ArxivId> &ids, bool refresh)
{
    Pending pending;
    QVector<ArxivId> toFetch;
    QSet<QString> seen;
    for (const ArxivId &id : ids) {
        if (!id.isValid()) {
            pending.invalid.append(id);
            continue;
        }
        if (seen.contains(id.id()))
            continue;
        seen.insert(id.id());
        pending.asked.append(id.id());
        Paper known;
        if (!refresh && m_store && m_store->findPaper(id.id(), &known)) {
            pending.known.insert(id.id(), known);
            pending.fromLibrary.append(id.id());
        } else {
            toFetch.append(id);
        }
    }
    // The answer comes later, never inside lookup(): the number is known before the answer comes.
    const quint64 operation =
        toFetch.isEmpty() ? EndpointClient::reserveOperation() : m_lookup->lookup(toFetch);
    m_lookups.insert(operation, pending);
    if (toFetch.isEmpty()) {
        QTimer::singleShot(0, this, [this, operation] {
            if (m_lookups.contains(operation))
                finishLookup(operation, ArxivLookupResult());
        });
    }
    return operation;
}

ArxivLookupResult PaperIntake::lookupAndWait(const QVector<ArxivId> &ids, bool refresh)
{
    ArxivLookupResult result;
    QEventLoop loop;
    const quint64 operation = lookup(ids, refresh);
    connect(this, &PaperIntake::lookupFinished, &loop,
            [&](quint64 finished, const ArxivLookupResult &answer) {
                if (finished != operation)
                    return;
                result = answer;
                loop.quit();
            });
    loop.exec();
    return result;
}

quint64 PaperIntake::search(const QString &query, int start, int pageSize)
{
    const quint64 operation = m_search->search(query, start, pageSize);
    m_searches.insert(operation);
    return operation;
}

void PaperIntake::cancel(quint64 operation)
{
    if (m_searches.contains(operation)) {
        m_search->cancel(operation);
    } else if (m_lookups.contains(operation)) {
        m_lookup->cancel(operation); // its finished() comes at once, when the client has it
        if (m_lookups.contains(operation)) {
            ArxivLookupResult cancelled;
            cancelled.cancelled = true;
            finishLookup(operation, cancelled);
        }
    }
}

void PaperIntake::rememberListing(const ArxivListingResult &fetched)
{
    for (const ListingParser::Item &item : fetched.items) {
        if (!item.paper.affiliations().isEmpty())
            m_listingAffiliations.insert(item.paper.id(), item.paper.affiliations());
    }
}

// The library's papers and arXiv's, in the order asked; arXiv's are kept in the library (unless cancelled).
void PaperIntake::finishLookup(quint64 operation, const ArxivLookupResult &fetched)
{
    const Pending pending = m_lookups.take(operation);
    ArxivLookupResult result = fetched;
    result.invalid = pending.invalid + fetched.invalid;
    result.fromLibrary = pending.fromLibrary;
    result.papers.clear();
    QHash<QString, Paper> sent;
    for (const Paper &paper : fetched.papers)
        sent.insert(paper.id(), paper);
    QVector<Paper> toStore;
    for (const QString &id : pending.asked) {
        if (pending.known.contains(id)) {
            result.papers.append(pending.known.value(id));
            continue;
        }
        const auto it = sent.constFind(id);
        if (it == sent.constEnd())
            continue;
        Paper stored;
        bool known = false;
        const Paper paper = completed(it.value(), &stored, &known);
        if (known && stored.version() > 0 && paper.version() > stored.version())
            Q_EMIT newerVersionFound(paper, stored.version());
        toStore.append(paper);
        result.papers.append(paper);
    }
    if (m_store && !toStore.isEmpty() && !result.cancelled) {
        LibraryError error;
        if (!m_store->storePapers(toStore, &error))
            result.storeError = error.message;
    }
    Q_EMIT lookupFinished(operation, result);
}

Paper PaperIntake::completed(const Paper &fetched, Paper *stored, bool *known) const
{
    Paper paper = fetched;
    *known = m_store && m_store->findPaper(paper.id(), stored);
    // Affiliations: arXiv's when it has them, else a daily listing's, else what the library kept.
    if (paper.affiliations().isEmpty()) {
        const QStringList listed = m_listingAffiliations.value(paper.id());
        if (listed.size() == paper.authors().size())
            paper.setAffiliations(listed);
        else if (*known && stored->authors() == paper.authors())
            paper.setAffiliations(stored->affiliations());
    }
    return paper;
}

int PaperIntake::positionOf(const QVector<DigestEntry> &entries, const QString &arxivId)
{
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).arxivId() == arxivId)
            return i + 1;
    }
    return 0;
}

PaperIntake::Batch PaperIntake::entriesFor(const QVector<Paper> &papers,
                                           const QVector<DigestEntry> &existing) const
{
    const EntryDefaults defaults = entryDefaults();
    Batch batch;
    for (const Paper &paper : papers) {
        int position = positionOf(existing, paper.id());
        if (position == 0 && positionOf(batch.entries, paper.id()) > 0)
            position = static_cast<int>(existing.size()) + positionOf(batch.entries, paper.id());
        if (position > 0)
            batch.present.append({paper.id(), position});
        else
            batch.entries.append(defaults.entryFor(paper));
    }
    return batch;
}

PaperIntake::Batch PaperIntake::entriesForIds(const QStringList &ids,
                                              const QVector<DigestEntry> &existing) const
{
    const EntryDefaults defaults = entryDefaults();
    Batch batch;
    for (const QString &id : ids) {
        int position = positionOf(existing, id);
        if (position == 0 && positionOf(batch.entries, id) > 0)
            position = static_cast<int>(existing.size()) + positionOf(batch.entries, id);
        if (position > 0) {
            batch.present.append({id, position});
            continue;
        }
        // A paper the library holds starts complete; others by id, for the lookup to fill in.
        Paper paper;
        if (m_store && m_store->findPaper(id, &paper)) {
            batch.entries.append(defaults.entryFor(paper));
            continue;
        }
        DigestEntry entry;
        entry.setArxivId(id);
        entry.setLink(QStringLiteral("https://arxiv.org/abs/") + id);
        batch.entries.append(entry);
        batch.toLookUp.append(id);
    }
    return batch;
}

QVector<PaperIntake::Fill> PaperIntake::placeholderFills(const DigestEntry &entry, const Paper &paper) const
{
    QVector<Fill> fills;
    if (entry.arxivId() != paper.id())
        return fills;
    const DigestEntry filled = entryDefaults().entryFor(paper);
    for (int f = 0; f < DigestEntry::FieldCount; ++f) {
        const auto field = static_cast<DigestEntry::Field>(f);
        const QString value = filled.field(field);
        if (!value.isEmpty() && entry.field(field).isEmpty())
            fills.append({field, value});
    }
    return fills;
}

} // namespace DigestStudio
