// The morning run both faces call (`digestctl prepare`, the scheduled timer): the day's listing fetched and
// kept, ranked by the suggestions, the day's digest made when there is none, the best papers added as
// proposals, filled from their full text and drafted; one run at a time through a lock in the library, and
// idempotent: a paper once proposed (kept, dropped or removed since) or marked "not for us" is never proposed
// again, and no person's text is changed.
#pragma once

#include "services/preparereport.h"
#include "suggest/rankeroptions.h"

#include <QObject>
#include <QStringList>

namespace DigestStudio {

class ArxivService;
class Digest;
class DigestEntry;
class DraftingService;
class FulltextService;
class Library;
class Paper;
struct DraftFields;
struct Suggestion;

class PrepareService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTop = 12;
    // How long a run waits for one under way before it refuses.
    static constexpr int DefaultLockWaitMs = 10000;
    // A SQLite lock row older than this is left over from a run that died.
    static constexpr qint64 AbandonedAfterSeconds = 6 * 3600;

    struct Request
    {
        QDate date;             // invalid: the day arXiv announces now (the fetched listing's)
        QStringList categories; // empty: the listing's saved ones
        int top = DefaultTop;
        int minScorePercent = 0; // 0-100 of the way from the listing's lowest score to its highest
        bool fill = true;
        bool draft = true;
    };

    // None is owned. `arxiv` fetches the listing and makes the entries; `drafting` may be null (no drafts).
    PrepareService(Library *library, ArxivService *arxiv, DraftingService *drafting,
                   QObject *parent = nullptr);

    // Fills the proposals' empty affiliation lines and a figure each from the papers (not owned; null: the
    // fill step is skipped with a notice).
    void setFulltext(FulltextService *fulltext) { m_fulltext = fulltext; }
    void setRankerOptions(const RankerOptions &options) { m_rankerOptions = options; }
    void setLockWaitMs(int ms) { m_lockWaitMs = qMax(0, ms); }

    // Runs and waits (the network and the drafts run in an event loop meanwhile).
    PrepareReport run(const Request &request);

Q_SIGNALS:
    // A step begins ("Fetching the listing", "Drafting 12 papers"), for a progress line.
    void stepStarted(const QString &what);

private:
    bool takeLock(PrepareReport *report);
    void prepare(const Request &request, PrepareReport *report);
    bool readListing(const Request &request, PrepareReport *report, QVector<Paper> *listing);
    bool fetchListing(const Request &request, PrepareReport *report, QVector<Paper> *listing);
    bool rank(const Request &request, PrepareReport *report, const QVector<Paper> &listing,
              QVector<Suggestion> *ranked);
    bool openDigest(PrepareReport *report, Digest *digest);
    bool propose(const Request &request, const QVector<Paper> &listing, const QVector<Suggestion> &ranked,
                 const Digest &digest, PrepareReport *report);
    QVector<Suggestion> choose(const Request &request, const QVector<Suggestion> &ranked,
                               const Digest &digest, PrepareReport *report);
    void fill(PrepareReport *report);
    void draft(const Digest &digest, PrepareReport *report);
    void storeDraft(qint64 entryId, const DraftFields &fields, const QString &model, PrepareReport *report);
    bool fail(PrepareReport *report, const QString &error);

    Library *m_library;
    ArxivService *m_arxiv;
    DraftingService *m_drafting;
    FulltextService *m_fulltext = nullptr;
    RankerOptions m_rankerOptions;
    int m_lockWaitMs = DefaultLockWaitMs;
};

} // namespace DigestStudio
