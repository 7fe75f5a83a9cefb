#include "services/prepareservice.h"

#include "drafting/draftapplier.h"
#include "drafting/draftrules.h"
#include "model/digest.h"
#include "services/arxivservice.h"
#include "services/draftingservice.h"
#include "services/fulltextservice.h"
#include "services/libraryfulltexttarget.h"
#include "services/listingservice.h"
#include "services/paperintake.h"
#include "services/preferences.h"
#include "services/suggestionservice.h"
#include "storage/library.h"
#include "storage/morningrunstore.h"
#include "storage/runlocks.h"
#include "suggest/suggestion.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QSettings>
#include <QThread>

namespace DigestStudio {

namespace {

const QString lockName = QStringLiteral("prepare");

QStringList words(const Suggestion &suggestion)
{
    QStringList out;
    for (const SuggestionReason &reason : suggestion.reasons)
        out.append(reason.describe());
    return out;
}

} // namespace

PrepareService::PrepareService(Library *library, ArxivService *arxiv, DraftingService *drafting,
                               QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_arxiv(arxiv)
    , m_drafting(drafting)
{}

bool PrepareService::fail(PrepareReport *report, const QString &error)
{
    report->outcome = PrepareReport::Outcome::Failed;
    report->error = error;
    return false;
}

PrepareReport PrepareService::run(const Request &request)
{
    QElapsedTimer timer;
    timer.start();
    PrepareReport report;
    report.day = request.date;
    if (takeLock(&report)) {
        prepare(request, &report);
        LibraryError error;
        if (!m_library->runLocks().release(lockName, &error))
            report.notices.append(error.message);
    }
    report.finished = QDateTime::currentDateTime();
    report.elapsedMs = timer.elapsed();
    if (report.outcome == PrepareReport::Outcome::Prepared && report.changedSomething()) {
        LibraryError error;
        if (!m_library->morningRuns().recordRun(report.day, report.toJson(), &error))
            report.notices.append(error.message);
    }
    return report;
}

// Waits up to the lock wait for a run under way, then refuses in words.
bool PrepareService::takeLock(PrepareReport *report)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        RunLocks::Holder holder;
        LibraryError error;
        if (m_library->runLocks().tryTake(lockName, AbandonedAfterSeconds, &holder, &error))
            return true;
        if (error.isError())
            return fail(report, error.message);
        if (waited.elapsed() >= m_lockWaitMs) {
            report->outcome = PrepareReport::Outcome::Busy;
            report->error = tr("another morning run is under way on this library (%1, since %2); this one "
                               "changed nothing")
                                .arg(holder.holder.isEmpty() ? tr("a process elsewhere") : holder.holder,
                                     holder.since.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
            return false;
        }
        QThread::msleep(static_cast<unsigned long>(qMin<qint64>(200, m_lockWaitMs - waited.elapsed() + 1)));
    }
}

void PrepareService::prepare(const Request &request, PrepareReport *report)
{
    QVector<Paper> listing;
    if (!readListing(request, report, &listing))
        return;
    QVector<Suggestion> ranked;
    if (!rank(request, report, listing, &ranked))
        return;
    Digest digest;
    if (!openDigest(report, &digest) || !propose(request, listing, ranked, digest, report))
        return;
    if (request.fill)
        fill(report);
    if (request.draft && m_drafting) {
        LibraryError error;
        if (!m_library->loadDigest(digest.id(), &digest, &error)) {
            fail(report, error.message);
            return;
        }
        draft(digest, report);
    }
}

// The listing the library keeps for the day asked, else the one arXiv announces now.
bool PrepareService::readListing(const Request &request, PrepareReport *report, QVector<Paper> *listing)
{
    if (request.date.isValid()) {
        LibraryError error;
        const QVector<ListingDay> days = m_library->listingHistory(request.date, request.date, &error);
        if (error.isError())
            return fail(report, error.message);
        if (!days.isEmpty() && !days.constFirst().listing.isEmpty()) {
            for (const Paper &kept : days.constFirst().listing) {
                Paper stored;
                listing->append(m_library->findPaper(kept.id(), &stored) ? stored : kept);
            }
            return true;
        }
    }
    return fetchListing(request, report, listing);
}

bool PrepareService::fetchListing(const Request &request, PrepareReport *report, QVector<Paper> *listing)
{
    ListingService *service = m_arxiv->listing();
    const QStringList categories =
        request.categories.isEmpty() ? service->defaultCategories() : request.categories;
    if (categories.isEmpty())
        return fail(report, tr("no listing categories are saved in the settings; give --categories"));
    Q_EMIT stepStarted(tr("Fetching the listing of %1").arg(categories.join(QStringLiteral(", "))));
    const ArxivListingResult result = service->fetchAndWait(categories, service->crossListsByDefault());
    if (!result.error.isEmpty())
        return fail(report, tr("the daily listing could not be fetched: %1").arg(result.error));
    const QDate announced = ListingService::listingDay(result);
    if (request.date.isValid() && announced != request.date)
        return fail(report, tr("arXiv announces %1 now, and the library keeps no listing of %2")
                                .arg(announced.toString(Qt::ISODate), request.date.toString(Qt::ISODate)));
    report->day = announced;
    *listing = ListingService::papers(result);
    if (listing->isEmpty()) {
        report->outcome = PrepareReport::Outcome::NoAnnouncement;
        report->notices.append(result.notice.isEmpty() ? tr("arXiv announced no new papers") : result.notice);
        return false;
    }
    m_arxiv->intake()->rememberListing(result);
    LibraryError error;
    if (!m_library->storePapers(*listing, &error))
        return fail(report, error.message);
    return true;
}

bool PrepareService::rank(const Request &request, PrepareReport *report, const QVector<Paper> &listing,
                          QVector<Suggestion> *ranked)
{
    Q_EMIT stepStarted(tr("Ranking %n papers", nullptr, static_cast<int>(listing.size())));
    SuggestionService suggestions(m_library);
    suggestions.setRetrainAutomatically(false);
    suggestions.setOptions(m_rankerOptions);
    QString error;
    if (!suggestions.storeListing(report->day, listing, &error) ||
        !suggestions.trainAndWait(report->day, &error))
        return fail(report, error);
    *ranked = Suggestion::atLeast(suggestions.rank(listing), request.minScorePercent / 100.0);
    return true;
}

// The latest digest of the day, else a new one with the saved header and footer templates.
bool PrepareService::openDigest(PrepareReport *report, Digest *digest)
{
    LibraryError error;
    const QVector<DigestSummary> digests = m_library->digests(&error);
    if (error.isError())
        return fail(report, error.message);
    for (const DigestSummary &summary : digests) {
        if (summary.date == report->day) {
            report->digestId = summary.id;
            break;
        }
    }
    if (report->digestId == 0) {
        Digest fresh;
        fresh.setDate(report->day);
        Preferences::applyDefaultTemplates(&fresh, QSettings());
        report->digestId = m_library->createDigest(fresh, &error);
        if (report->digestId == 0)
            return fail(report, error.message);
        report->digestCreated = true;
    }
    return m_library->loadDigest(report->digestId, digest, &error) || fail(report, error.message);
}

// The top N of the ranking less what the digest has, what was ever proposed and what is "not for us"; the
// papers proposed for the day before count against N, so that a second run adds nothing.
QVector<Suggestion> PrepareService::choose(const Request &request, const QVector<Suggestion> &ranked,
                                           const Digest &digest, PrepareReport *report)
{
    LibraryError error;
    const QSet<QString> proposedBefore = m_library->morningRuns().everProposed(&error);
    const int proposedToday = m_library->morningRuns().proposedOn(report->day, &error);
    const QStringList notForUs = m_library->notForUs(&error);
    if (error.isError()) {
        fail(report, error.message);
        return {};
    }
    QVector<Suggestion> chosen;
    const int room = request.top - proposedToday;
    for (int i = 0; i < ranked.size() && i < request.top && chosen.size() < room; ++i) {
        const QString id = ranked.at(i).id;
        if (PaperIntake::positionOf(digest.entries(), id) == 0 && !proposedBefore.contains(id) &&
            !notForUs.contains(id))
            chosen.append(ranked.at(i));
    }
    return chosen;
}

bool PrepareService::propose(const Request &request, const QVector<Paper> &listing,
                             const QVector<Suggestion> &ranked, const Digest &digest, PrepareReport *report)
{
    const QVector<Suggestion> chosen = choose(request, ranked, digest, report);
    if (report->outcome == PrepareReport::Outcome::Failed)
        return false;
    QHash<QString, Paper> byId;
    for (const Paper &paper : listing)
        byId.insert(paper.id(), paper);
    QVector<Paper> papers;
    for (const Suggestion &s : chosen)
        papers.append(byId.value(s.id));
    const PaperIntake::Batch batch = m_arxiv->intake()->entriesFor(papers, digest.entries());
    QStringList ids;
    int position = digest.entryCount();
    for (int i = 0; i < batch.entries.size(); ++i) {
        DigestEntry entry = batch.entries.at(i);
        const Suggestion &s = chosen.at(i);
        entry.setProposal(s.share * 100.0, words(s));
        LibraryError error;
        const DigestEntry stored = m_library->appendEntry(digest.id(), entry, &error);
        if (stored.id() == 0)
            return fail(report, error.message);
        ids.append(stored.arxivId());
        report->proposed.append(
            {stored.arxivId(), stored.title(), ++position, stored.proposalScore(), stored.proposalReasons()});
    }
    LibraryError error;
    return m_library->morningRuns().remember(report->day, ids, &error) || fail(report, error.message);
}

void PrepareService::fill(PrepareReport *report)
{
    if (report->proposed.isEmpty())
        return;
    if (!m_fulltext) {
        report->notices.append(
            tr("Affiliations and figures were not filled: the run has no full-text reader"));
        return;
    }
    LibraryFulltextTarget target(m_library, report->digestId);
    FulltextService::Request request;
    for (const PrepareReport::Proposal &proposal : report->proposed)
        request.positions.append(proposal.position);
    request.aliases = FulltextService::aliasMap(m_library);
    QString error;
    const FulltextService::Report done =
        target.load(&error) ? m_fulltext->enrichAndWait(&target, request) : FulltextService::Report();
    if (!error.isEmpty() || !done.error.isEmpty()) {
        for (const PrepareReport::Proposal &proposal : report->proposed)
            report->failed.append(
                {proposal.arxivId, QStringLiteral("fill"), error.isEmpty() ? done.error : error});
        return;
    }
    // Only empty lines were filled and only entries without a figure got one: a person's text stays.
    for (const FulltextService::EntryReport &entry : done.entries) {
        if (entry.outcome == FulltextService::Outcome::Failed)
            report->failed.append({entry.arxivId, QStringLiteral("fill"), entry.message});
        else if (entry.outcome == FulltextService::Outcome::Filled || !entry.figureIds.isEmpty())
            report->filled.append(entry.arxivId);
    }
}

// The run's own proposals still unfinished (a person's kept entries and text are theirs): the drafts fill
// only empty fields.
void PrepareService::draft(const Digest &digest, PrepareReport *report)
{
    LibraryError error;
    const QVector<GlossaryTerm> glossary = m_library->glossaryTerms(&error);
    QHash<int, qint64> entryOf;
    QHash<int, QString> idOf;
    QEventLoop loop;
    auto connections = {
        connect(m_drafting, &DraftingService::drafted, &loop,
                [&](int ticket, const DraftFields &fields, const QString &model) {
                    if (entryOf.contains(ticket))
                        storeDraft(entryOf.take(ticket), fields, model, report);
                }),
        connect(m_drafting, &DraftingService::failed, &loop,
                [&](int ticket, const QString &message) {
                    if (entryOf.remove(ticket) > 0)
                        report->failed.append({idOf.value(ticket), QStringLiteral("draft"), message});
                }),
    };
    for (const DigestEntry &entry : digest.entries()) {
        if (!entry.isProposed() || !DraftRules::isUnfinished(entry))
            continue;
        const int ticket = m_drafting->draft(entry, glossary);
        entryOf.insert(ticket, entry.id());
        idOf.insert(ticket, entry.arxivId());
    }
    if (!entryOf.isEmpty()) {
        Q_EMIT stepStarted(tr("Drafting %n papers", nullptr, static_cast<int>(entryOf.size())));
        const auto quitWhenDone = connect(m_drafting, &DraftingService::progress, &loop, [&](int, int) {
            if (entryOf.isEmpty())
                loop.quit();
        });
        loop.exec();
        disconnect(quitWhenDone);
    }
    for (const QMetaObject::Connection &c : connections)
        disconnect(c);
}

// Applied to the entry as it is now: a person's edit since the run began is kept (only empty fields fill).
void PrepareService::storeDraft(qint64 entryId, const DraftFields &fields, const QString &model,
                                PrepareReport *report)
{
    DigestEntry entry;
    LibraryError error;
    if (!m_library->loadEntry(entryId, &entry, &error)) {
        report->failed.append({QString(), QStringLiteral("draft"), error.message});
        return;
    }
    const DraftOutcome outcome = DraftApplier::apply(&entry, fields, model, false);
    DraftRules::settleStatus(&entry, outcome);
    if (outcome.filled.isEmpty())
        return;
    const SaveResult saved = m_library->saveEntry(entry);
    if (saved.saved())
        report->drafted.append(entry.arxivId());
    else
        report->failed.append({entry.arxivId(), QStringLiteral("draft"),
                               saved.isConflict() ? tr("the entry was changed meanwhile; left as it is")
                                                  : saved.error.message});
}

} // namespace DigestStudio
