#include "suggest/rankingmetrics.h"

#include <algorithm>
#include <cmath>

namespace DigestStudio {

double RankingMetrics::recallAt(const QStringList &ranked, const QSet<QString> &picked, int k)
{
    if (picked.isEmpty())
        return 0;
    int hits = 0;
    for (int i = 0; i < std::min(k, int(ranked.size())); ++i)
        hits += picked.contains(ranked.at(i)) ? 1 : 0;
    return double(hits) / picked.size();
}

double RankingMetrics::ndcgAt(const QStringList &ranked, const QSet<QString> &picked, int k)
{
    double dcg = 0;
    for (int i = 0; i < std::min(k, int(ranked.size())); ++i)
        dcg += picked.contains(ranked.at(i)) ? 1.0 / std::log2(i + 2.0) : 0.0;
    double ideal = 0;
    for (int i = 0; i < std::min(k, int(picked.size())); ++i)
        ideal += 1.0 / std::log2(i + 2.0);
    return ideal > 0 ? dcg / ideal : 0;
}

double RankingMetrics::averagePrecision(const QStringList &ranked, const QSet<QString> &picked)
{
    if (picked.isEmpty())
        return 0;
    int hits = 0;
    double sum = 0;
    for (int i = 0; i < ranked.size(); ++i) {
        if (picked.contains(ranked.at(i))) {
            ++hits;
            sum += double(hits) / (i + 1);
        }
    }
    return sum / picked.size();
}

} // namespace DigestStudio
