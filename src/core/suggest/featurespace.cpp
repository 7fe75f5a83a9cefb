#include "suggest/featurespace.h"

#include <algorithm>
#include <cmath>

namespace DigestStudio {

void FeatureSpace::fit(const QVector<QVector<int>> &documents, int dictionarySize, int minDocs,
                       double maxShare)
{
    std::vector<int> df(static_cast<size_t>(dictionarySize), 0);
    std::vector<int> seenIn(static_cast<size_t>(dictionarySize), -1);
    for (int d = 0; d < documents.size(); ++d) {
        for (const int id : documents.at(d)) {
            if (id < dictionarySize && seenIn[size_t(id)] != d) {
                seenIn[size_t(id)] = d;
                ++df[size_t(id)];
            }
        }
    }
    const double n = documents.size();
    const int maxDocs = std::max(minDocs, static_cast<int>(maxShare * n));
    m_indexOf.assign(size_t(dictionarySize), -1);
    m_termOf.clear();
    m_idf.clear();
    for (int id = 0; id < dictionarySize; ++id) {
        const int f = df[size_t(id)];
        if (f < minDocs || f > maxDocs)
            continue;
        m_indexOf[size_t(id)] = static_cast<int>(m_termOf.size());
        m_termOf.push_back(id);
        m_idf.push_back(static_cast<float>(std::log((1.0 + n) / (1.0 + f)) + 1.0));
    }
}

std::vector<char> FeatureSpace::kept() const
{
    std::vector<char> keep(m_indexOf.size(), 0);
    for (size_t id = 0; id < m_indexOf.size(); ++id)
        keep[id] = m_indexOf[id] >= 0 ? 1 : 0;
    return keep;
}

SparseVector FeatureSpace::vector(const QVector<int> &ids) const
{
    std::vector<int> indexes;
    indexes.reserve(size_t(ids.size()));
    for (const int id : ids) {
        if (id >= 0 && size_t(id) < m_indexOf.size() && m_indexOf[size_t(id)] >= 0)
            indexes.push_back(m_indexOf[size_t(id)]);
    }
    std::sort(indexes.begin(), indexes.end());
    SparseVector v;
    double norm = 0;
    for (size_t i = 0; i < indexes.size();) {
        size_t j = i;
        while (j < indexes.size() && indexes[j] == indexes[i])
            ++j;
        // Sublinear term frequency: the tenth "graph" says less than the first.
        const float value = static_cast<float>(1.0 + std::log(double(j - i))) * m_idf[size_t(indexes[i])];
        v.emplace_back(indexes[i], value);
        norm += double(value) * value;
        i = j;
    }
    if (norm > 0) {
        const float scale = static_cast<float>(1.0 / std::sqrt(norm));
        for (auto &entry : v)
            entry.second *= scale;
    }
    return v;
}

float FeatureSpace::dot(const SparseVector &a, const std::vector<float> &dense)
{
    float sum = 0;
    for (const auto &entry : a) {
        if (size_t(entry.first) < dense.size())
            sum += entry.second * dense[size_t(entry.first)];
    }
    return sum;
}

} // namespace DigestStudio
