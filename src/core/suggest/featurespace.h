// TF-IDF over a TermDictionary's ids: document-frequency cut-offs, smooth idf, sublinear term frequency and
// unit length, fitted on the documents a model trains on.
#pragma once

#include <QVector>

#include <utility>
#include <vector>

namespace DigestStudio {

// Sorted by feature index (0-based, compact); unit length.
using SparseVector = std::vector<std::pair<int, float>>;

class FeatureSpace final
{
public:
    // Keeps the ids found in at least `minDocs` documents and in at most `maxShare` of them.
    void fit(const QVector<QVector<int>> &documents, int dictionarySize, int minDocs, double maxShare);

    SparseVector vector(const QVector<int> &ids) const;
    int dimension() const { return static_cast<int>(m_termOf.size()); }
    // The dictionary id of a feature index.
    int termOf(int index) const { return m_termOf.at(index); }
    // By dictionary id: whether the id is a feature.
    std::vector<char> kept() const;

    static float dot(const SparseVector &a, const std::vector<float> &dense);

private:
    std::vector<int> m_indexOf; // dictionary id -> feature index or -1
    std::vector<int> m_termOf;  // feature index -> dictionary id
    std::vector<float> m_idf;   // by feature index
};

} // namespace DigestStudio
