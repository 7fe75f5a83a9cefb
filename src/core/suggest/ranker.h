// Trains the suggestions from the editor's history (pure; no library, no network): TF-IDF features of title
// and abstract with authors and categories, a LIBLINEAR SVM with balanced class weights and C chosen by
// rolling validation over the latest days, over a trailing window. Picks are positives, the day's other
// papers weak negatives (a fixed share, by id), "not for us" marks strong ones. Cold start: no picks, the
// feed order with the editor's categories and keywords; a few picks, similarity to their centroid.
#pragma once

#include "model/listingday.h"
#include "suggest/rankeroptions.h"
#include "suggest/suggestionmodel.h"

#include <QSet>

#include <functional>

namespace DigestStudio {

class Ranker final
{
public:
    using Progress = std::function<void(int done, int total)>;

    // Learns from the days of `history` before `before` (an invalid date: all of them).
    static SuggestionModel train(const QVector<ListingDay> &history, const QSet<QString> &notForUs,
                                 const RankerOptions &options, const QDate &before = QDate(),
                                 const Progress &progress = Progress());

private:
    struct Data;
    static QVector<int> validationDays(const QVector<ListingDay> &window, const QSet<QString> &notForUs,
                                       int count);
    static void prepare(Data *data, const QVector<ListingDay> &window, const QSet<QString> &notForUs);
    static double chooseC(const Data &data, const RankerOptions &options, const Progress &progress,
                          int total);
    static double validationScore(const Data &data, double c, int day);
    static std::vector<float> centroid(const Data &data);
};

} // namespace DigestStudio
