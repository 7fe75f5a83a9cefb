// Replays a history with a rolling origin: each day with picks is ranked by what was known the day before
// (the model trained only on earlier days, the centroid of earlier picks, the feed order, a seeded random
// order) and scored against what the editor picked that day.
#pragma once

#include "model/listingday.h"
#include "suggest/ranker.h"

#include <QJsonObject>

namespace DigestStudio {

class SuggestionEvaluation final
{
public:
    struct Scores
    {
        double recallAt9 = 0;
        double recallAt50 = 0;
        double ndcgAt20 = 0;
        double map = 0;
        QJsonObject toJson() const;
    };

    struct Result
    {
        int days = 0;
        Scores model;
        Scores random;
        Scores feedOrder;
        Scores centroid;
        QJsonObject toJson() const;
    };

    // Days before `firstDay` are only trained on (an invalid date: every day after the first is ranked).
    static Result run(const QVector<ListingDay> &history, const QSet<QString> &notForUs,
                      const RankerOptions &options, const QDate &firstDay = QDate(),
                      const Ranker::Progress &progress = Ranker::Progress());

private:
    static void add(Scores *scores, const QStringList &ranked, const QSet<QString> &picked);
    static void divide(Scores *scores, int days);
};

} // namespace DigestStudio
