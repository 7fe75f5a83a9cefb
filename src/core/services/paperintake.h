// Paper intake, written once for the GUI and digestctl: ids read from what the user gave, looked up (the
// library answers for the papers it knows and keeps the ones looked up; a newer version is announced),
// duplicates dropped, entries made with the entry defaults, papers the digest already has refused, and arXiv
// searched for papers to take in. IntakeReport says what went wrong.
#pragma once

#include "arxiv/arxivresults.h"
#include "arxiv/entrydefaults.h"
#include "model/arxivid.h"
#include "model/digestentry.h"
#include "model/paper.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <optional>

namespace DigestStudio {

class ArxivLookupClient;
class ArxivSearchClient;
class PaperStore;

class PaperIntake final : public QObject
{
    Q_OBJECT

public:
    // What the user asked for: the distinct valid ids in the order given, and what is not an id.
    struct Request
    {
        QVector<ArxivId> ids;
        QVector<ArxivId> malformed; // error() says why
    };

    // A paper the digest has already, at a 1-based position.
    struct Present
    {
        QString id;
        int position = 0;
    };

    // What to add: the entries in order, the papers refused because the digest has them (or they came
    // twice), and the ids whose entries are placeholders still to be looked up.
    struct Batch
    {
        QVector<DigestEntry> entries;
        QVector<Present> present;
        QStringList toLookUp;
    };

    // A field of a placeholder entry and the value the looked-up paper fills it with.
    using Fill = QPair<DigestEntry::Field, QString>;

    // None is owned; `store` (the library) may be null.
    PaperIntake(ArxivLookupClient *lookup, ArxivSearchClient *search, PaperStore *store,
                QObject *parent = nullptr);

    ArxivLookupClient *lookupClient() const { return m_lookup; }
    ArxivSearchClient *searchClient() const { return m_search; }
    PaperStore *store() const { return m_store; }
    // Another library (or none) from now on.
    void setStore(PaperStore *store) { m_store = store; }

    // The defaults entries are made with; unless set, the settings' (read anew each time) over the store.
    void setEntryDefaults(const EntryDefaults &defaults) { m_defaults = defaults; }
    EntryDefaults entryDefaults() const;

    // One id per argument (digestctl's form), duplicates dropped.
    static Request readIds(const QStringList &arguments);
    // Every id in a block of pasted text.
    static Request readText(const QString &text);

    // Looks the ids up in the background; lookupFinished() carries the returned operation number. Known
    // papers come from the library unless `refresh`; what arXiv sends is kept in it.
    quint64 lookup(const QVector<ArxivId> &ids, bool refresh = false);
    // Looks the ids up and waits for the answer (digestctl).
    ArxivLookupResult lookupAndWait(const QVector<ArxivId> &ids, bool refresh = false);
    // One page of an arXiv search; searchFinished() carries the returned operation number.
    quint64 search(const QString &query, int start, int pageSize);
    // A lookup or search ends at once with `cancelled` set.
    void cancel(quint64 operation);
    // Affiliations a daily listing names (dc:creator), kept for the papers arXiv's API has none for.
    void rememberListing(const ArxivListingResult &fetched);

    // Entries for looked-up papers in their order; a paper in `existing` or seen before is refused.
    Batch entriesFor(const QVector<Paper> &papers, const QVector<DigestEntry> &existing) const;
    // Entries for bare ids (dropped links): complete when the library knows the paper, else a placeholder
    // (id and link) whose id is in `toLookUp`.
    Batch entriesForIds(const QStringList &ids, const QVector<DigestEntry> &existing) const;
    // What a looked-up paper fills in `entry` (added by id before): its empty fields only, so nothing typed
    // meanwhile is lost.
    QVector<Fill> placeholderFills(const DigestEntry &entry, const Paper &paper) const;

    // The 1-based position of the entry for `arxivId` in `entries`, 0 when there is none.
    static int positionOf(const QVector<DigestEntry> &entries, const QString &arxivId);

Q_SIGNALS:
    void lookupFinished(quint64 operation, const DigestStudio::ArxivLookupResult &result);
    void searchFinished(quint64 operation, const DigestStudio::ArxivSearchResult &result);
    // Ids done so far out of all asked (papers the library had count as done at once).
    void progress(quint64 operation, int done, int total);
    void retrying(quint64 operation, const QString &reason, int delayMs);
    // A looked-up paper has a newer version than the library had: entries written from the older one are
    // out of date (EntryDefaults::newerVersion tells which).
    void newerVersionFound(const DigestStudio::Paper &paper, int previousVersion);

private:
    // A lookup under way: what was asked and what the library answered.
    struct Pending
    {
        QStringList asked; // valid ids, once each, in order
        QHash<QString, Paper> known;
        QStringList fromLibrary;
        QVector<ArxivId> invalid;
    };

    void connectClients();
    void finishLookup(quint64 operation, const ArxivLookupResult &fetched);
    // A paper arXiv sent, with the affiliations a listing or the library had when arXiv has none.
    Paper completed(const Paper &fetched, Paper *stored, bool *known) const;

    ArxivLookupClient *m_lookup;
    ArxivSearchClient *m_search;
    PaperStore *m_store;
    std::optional<EntryDefaults> m_defaults;
    QHash<quint64, Pending> m_lookups;
    QSet<quint64> m_searches;
    QHash<QString, QStringList> m_listingAffiliations; // by id
};

} // namespace DigestStudio
