// How good a ranking of one listing is against the ids the editor picked: recall at k, nDCG at k and average
// precision (binary relevance).
#pragma once

#include <QSet>
#include <QStringList>

namespace DigestStudio {

class RankingMetrics final
{
public:
    static double recallAt(const QStringList &ranked, const QSet<QString> &picked, int k);
    static double ndcgAt(const QStringList &ranked, const QSet<QString> &picked, int k);
    static double averagePrecision(const QStringList &ranked, const QSet<QString> &picked);
};

} // namespace DigestStudio
