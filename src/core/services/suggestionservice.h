// The suggestions for both faces: keeps the library's listing history and "not for us" marks, trains the
// ranker in the background (never blocking the editor) after a listing is stored, a digest is exported or a
// mark is set, and ranks a listing with the latest model; digestctl trains and waits.
#pragma once

#include "model/listingday.h"
#include "suggest/rankeroptions.h"
#include "suggest/suggestionevaluation.h"
#include "suggest/suggestionmodel.h"

#include <QDate>
#include <QObject>
#include <QSet>

class QThread;

namespace DigestStudio {

class Library;
class ListingService;
class PublishingService;

class SuggestionService final : public QObject
{
    Q_OBJECT

public:
    // `library` (may be null: nothing is remembered, the feed order is the ranking) is not owned.
    explicit SuggestionService(Library *library, QObject *parent = nullptr);
    ~SuggestionService() override;

    void setLibrary(Library *library);
    Library *library() const { return m_library; }
    // Listings `listing` fetches are stored here (and the model retrained).
    void watch(ListingService *listing);
    // A digest `publishing` puts in the WeChat draft box holds the day's picks: the model retrains.
    void watch(PublishingService *publishing);

    void setOptions(const RankerOptions &options) { m_options = options; }
    RankerOptions options() const { return m_options; }
    // How many of the best are marked "suggested" (a setting, 15 by default).
    void setTopCount(int count) { m_topCount = qMax(1, count); }
    int topCount() const { return m_topCount; }

    // Off: storing and marking do not retrain (digestctl, which trains when it ranks).
    void setRetrainAutomatically(bool on) { m_autoRetrain = on; }

    // Stores the listing of `day` (history) and retrains in the background; false and `error` when storing
    // failed.
    bool storeListing(const QDate &day, const QVector<Paper> &papers, QString *error = nullptr);
    bool setNotForUs(const QString &arxivId, bool marked, QString *error = nullptr);
    QSet<QString> notForUs() const { return m_notForUs; }
    // Reads a history file (HistoryJsonl) and stores all of it or, on any problem, nothing.
    bool importHistory(const QByteArray &jsonl, int *days, QString *error);

    // Trains in the background on the days before `day` (invalid: today); a request while training runs
    // once the current training ends.
    void retrain(const QDate &day = QDate());
    // Trains now and waits (digestctl). False and `error` when the history could not be read.
    bool trainAndWait(const QDate &day, QString *error = nullptr);
    bool isTraining() const { return m_thread != nullptr; }
    const SuggestionModel &model() const { return m_model; }
    QVector<Suggestion> rank(const QVector<Paper> &listing) const { return m_model.rank(listing); }

    // The stored history with a rolling origin (digestctl suggest-eval).
    bool evaluate(SuggestionEvaluation::Result *result, QString *error = nullptr);

Q_SIGNALS:
    void trainingStarted();
    void trainingProgress(int done, int total);
    void trained();
    void failed(const QString &message);

private:
    bool readHistory(const QDate &before, QVector<ListingDay> *history, QString *error);
    void onThreadFinished();

    Library *m_library;
    RankerOptions m_options;
    int m_topCount = 15;
    SuggestionModel m_model;
    SuggestionModel m_next; // written by the training thread, read once it finished
    QSet<QString> m_notForUs;
    QThread *m_thread = nullptr;
    bool m_pending = false;
    bool m_autoRetrain = true;
    QDate m_pendingDay;
};

} // namespace DigestStudio
