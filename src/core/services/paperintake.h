// Paper intake, written once for the GUI and digestctl: ids read from what the user gave, looked up (the
// library answers for the papers it knows), duplicates dropped, entries made with the entry defaults, and
// papers the digest already has refused. IntakeReport says what went wrong.
#pragma once

#include "arxiv/arxivclient.h"
#include "arxiv/entrydefaults.h"
#include "model/arxivid.h"
#include "model/digestentry.h"
#include "model/paper.h"

#include <QObject>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <optional>

namespace DigestStudio {

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

    // Neither is owned; `store` (the library) may be null.
    PaperIntake(ArxivClient *client, PaperStore *store, QObject *parent = nullptr);

    ArxivClient *client() const { return m_client; }
    PaperStore *store() const { return m_store; }

    // The defaults entries are made with; unless set, the settings' (read anew each time) over the store.
    void setEntryDefaults(const EntryDefaults &defaults) { m_defaults = defaults; }
    EntryDefaults entryDefaults() const;

    // One id per argument (digestctl's form), duplicates dropped.
    static Request readIds(const QStringList &arguments);
    // Every id in a block of pasted text.
    static Request readText(const QString &text);

    // Looks the ids up in the background; lookupFinished() carries the returned operation number.
    quint64 lookup(const QVector<ArxivId> &ids);
    // Looks the ids up and waits for the answer (digestctl).
    ArxivClient::LookupResult lookupAndWait(const QVector<ArxivId> &ids);

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
    void lookupFinished(quint64 operation, const DigestStudio::ArxivClient::LookupResult &result);

private:
    void onLookupFinished(quint64 operation, const ArxivClient::LookupResult &result);

    ArxivClient *m_client;
    PaperStore *m_store;
    std::optional<EntryDefaults> m_defaults;
    QSet<quint64> m_operations;
};

} // namespace DigestStudio
