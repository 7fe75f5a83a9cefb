#include "services/suggestionservice.h"

#include "services/publishingservice.h"

#include "formats/historyjsonl.h"
#include "services/listingservice.h"
#include "storage/library.h"
#include "suggest/ranker.h"

#include <QThread>

namespace DigestStudio {

SuggestionService::SuggestionService(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{}

SuggestionService::~SuggestionService()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SuggestionService::setLibrary(Library *library)
{
    m_library = library;
    m_notForUs.clear();
}

void SuggestionService::watch(ListingService *listing)
{
    connect(listing, &ListingService::finished, this, [this](quint64, const ArxivListingResult &result) {
        const QVector<Paper> papers = ListingService::papers(result);
        if (!result.error.isEmpty() || result.cancelled || papers.isEmpty())
            return;
        QString error;
        if (!storeListing(ListingService::listingDay(result), papers, &error))
            Q_EMIT failed(error);
    });
}

void SuggestionService::watch(PublishingService *publishing)
{
    connect(publishing, &PublishingService::finished, this, [this](const PublishOutcome &outcome) {
        if (outcome.status == PublishOutcome::Status::Published)
            retrain();
    });
}

bool SuggestionService::storeListing(const QDate &day, const QVector<Paper> &papers, QString *error)
{
    if (!m_library)
        return true; // nothing to remember it in
    LibraryError libraryError;
    if (!m_library->storeListing(day, papers, &libraryError)) {
        if (error)
            *error = libraryError.message;
        return false;
    }
    if (m_autoRetrain)
        retrain(day);
    return true;
}

bool SuggestionService::setNotForUs(const QString &arxivId, bool marked, QString *error)
{
    if (m_library) {
        LibraryError libraryError;
        if (!m_library->setNotForUs(arxivId, marked, &libraryError)) {
            if (error)
                *error = libraryError.message;
            return false;
        }
    }
    if (marked)
        m_notForUs.insert(arxivId);
    else
        m_notForUs.remove(arxivId);
    if (m_autoRetrain)
        retrain(m_pendingDay);
    return true;
}

bool SuggestionService::importHistory(const QByteArray &jsonl, int *days, QString *error)
{
    QVector<ListingDay> history;
    if (!HistoryJsonl::parse(jsonl, &history, error))
        return false;
    if (!m_library) {
        *error = QStringLiteral("no library is open");
        return false;
    }
    LibraryError libraryError;
    if (!m_library->importHistory(history, &libraryError)) {
        *error = libraryError.message;
        return false;
    }
    if (days)
        *days = int(history.size());
    return true;
}

bool SuggestionService::readHistory(const QDate &before, QVector<ListingDay> *history, QString *error)
{
    history->clear();
    if (!m_library)
        return true;
    LibraryError libraryError;
    const QDate last = before.isValid() ? before.addDays(-1) : QDate();
    *history = m_library->listingHistory(QDate(), last, &libraryError);
    const QStringList marks =
        libraryError.message.isEmpty() ? m_library->notForUs(&libraryError) : QStringList();
    if (!libraryError.message.isEmpty()) {
        if (error)
            *error = libraryError.message;
        return false;
    }
    m_notForUs = QSet<QString>(marks.cbegin(), marks.cend());
    return true;
}

void SuggestionService::retrain(const QDate &day)
{
    const QDate before = day.isValid() ? day : QDate::currentDate();
    if (m_thread) {
        m_pending = true;
        m_pendingDay = before;
        return;
    }
    m_pendingDay = before;
    QVector<ListingDay> history;
    QString error;
    if (!readHistory(before, &history, &error)) {
        Q_EMIT failed(error);
        return;
    }
    const RankerOptions options = m_options;
    const QSet<QString> marks = m_notForUs;
    // The library stays on this thread; the training thread gets copies and writes only m_next.
    m_thread = QThread::create([this, history, marks, options, before] {
        m_next = Ranker::train(history, marks, options, before, [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT trainingProgress(done, total); }, Qt::QueuedConnection);
        });
    });
    connect(m_thread, &QThread::finished, this, &SuggestionService::onThreadFinished);
    Q_EMIT trainingStarted();
    m_thread->start(QThread::LowPriority);
}

void SuggestionService::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_model = m_next;
    Q_EMIT trained();
    if (m_pending) {
        m_pending = false;
        retrain(m_pendingDay);
    }
}

bool SuggestionService::trainAndWait(const QDate &day, QString *error)
{
    const QDate before = day.isValid() ? day : QDate::currentDate();
    QVector<ListingDay> history;
    if (!readHistory(before, &history, error))
        return false;
    m_model = Ranker::train(history, m_notForUs, m_options, before);
    return true;
}

bool SuggestionService::evaluate(SuggestionEvaluation::Result *result, QString *error)
{
    QVector<ListingDay> history;
    if (!readHistory(QDate(), &history, error))
        return false;
    *result = SuggestionEvaluation::run(history, m_notForUs, m_options);
    return true;
}

} // namespace DigestStudio
