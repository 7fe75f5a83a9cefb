#include "suggest/suggestionevaluation.h"

#include "suggest/rankingmetrics.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace DigestStudio {

namespace {

constexpr int RandomDraws = 20;

QStringList idsOf(const QVector<Suggestion> &ranked)
{
    QStringList ids;
    for (const Suggestion &s : ranked)
        ids.append(s.id);
    return ids;
}

double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

} // namespace

QJsonObject SuggestionEvaluation::Scores::toJson() const
{
    return {{QStringLiteral("recall_at_9"), rounded(recallAt9)},
            {QStringLiteral("recall_at_50"), rounded(recallAt50)},
            {QStringLiteral("ndcg_at_20"), rounded(ndcgAt20)},
            {QStringLiteral("map"), rounded(map)}};
}

QJsonObject SuggestionEvaluation::Result::toJson() const
{
    QJsonObject metrics;
    const auto put = [&](const char *name, double Scores::*field) {
        metrics.insert(QString::fromLatin1(name),
                       QJsonObject{{QStringLiteral("model"), rounded(model.*field)},
                                   {QStringLiteral("random"), rounded(random.*field)},
                                   {QStringLiteral("feed_order"), rounded(feedOrder.*field)},
                                   {QStringLiteral("centroid"), rounded(centroid.*field)}});
    };
    put("recall_at_9", &Scores::recallAt9);
    put("recall_at_50", &Scores::recallAt50);
    put("ndcg_at_20", &Scores::ndcgAt20);
    put("map", &Scores::map);
    metrics.insert(QStringLiteral("days"), days);
    return metrics;
}

void SuggestionEvaluation::add(Scores *scores, const QStringList &ranked, const QSet<QString> &picked)
{
    scores->recallAt9 += RankingMetrics::recallAt(ranked, picked, 9);
    scores->recallAt50 += RankingMetrics::recallAt(ranked, picked, 50);
    scores->ndcgAt20 += RankingMetrics::ndcgAt(ranked, picked, 20);
    scores->map += RankingMetrics::averagePrecision(ranked, picked);
}

void SuggestionEvaluation::divide(Scores *scores, int days)
{
    const double n = std::max(1, days);
    scores->recallAt9 /= n;
    scores->recallAt50 /= n;
    scores->ndcgAt20 /= n;
    scores->map /= n;
}

SuggestionEvaluation::Result SuggestionEvaluation::run(const QVector<ListingDay> &history,
                                                       const QSet<QString> &notForUs,
                                                       const RankerOptions &options, const QDate &firstDay,
                                                       const Ranker::Progress &progress)
{
    QVector<ListingDay> days = history;
    std::sort(days.begin(), days.end(),
              [](const ListingDay &a, const ListingDay &b) { return a.date < b.date; });
    RankerOptions centroidOptions = options;
    centroidOptions.force = RankerOptions::Stage::Centroid;
    Result result;
    for (int i = 1; i < days.size(); ++i) {
        const ListingDay &day = days.at(i);
        QStringList feed;
        for (const Paper &p : day.listing)
            feed.append(p.id());
        QSet<QString> picked;
        for (const QString &id : day.picked) {
            if (feed.contains(id))
                picked.insert(id);
        }
        if (picked.isEmpty() || (firstDay.isValid() && day.date < firstDay))
            continue;
        ++result.days;
        add(&result.model, idsOf(Ranker::train(days, notForUs, options, day.date).rank(day.listing)), picked);
        add(&result.centroid,
            idsOf(Ranker::train(days, notForUs, centroidOptions, day.date).rank(day.listing)), picked);
        add(&result.feedOrder, feed, picked);
        Scores random;
        QRandomGenerator generator(quint32(0x5eed + i));
        for (int draw = 0; draw < RandomDraws; ++draw) {
            QStringList shuffled = feed;
            for (int k = int(shuffled.size()) - 1; k > 0; --k)
                shuffled.swapItemsAt(k, int(generator.bounded(k + 1)));
            add(&random, shuffled, picked);
        }
        divide(&random, RandomDraws);
        result.random.recallAt9 += random.recallAt9;
        result.random.recallAt50 += random.recallAt50;
        result.random.ndcgAt20 += random.ndcgAt20;
        result.random.map += random.map;
        if (progress)
            progress(i, int(days.size()) - 1);
    }
    for (Scores *s : {&result.model, &result.random, &result.feedOrder, &result.centroid})
        divide(s, result.days);
    return result;
}

} // namespace DigestStudio
