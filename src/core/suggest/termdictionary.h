// Turns a paper into feature ids: stemmed words and adjacent word pairs of its title and abstract, its
// authors and its categories, each id remembering a readable label (the words as first seen, the name).
#pragma once

#include "model/paper.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <vector>

struct sb_stemmer;

namespace DigestStudio {

class TermDictionary final
{
public:
    enum class Kind { Term, Author, Category };

    explicit TermDictionary(bool stem);
    ~TermDictionary();
    TermDictionary(const TermDictionary &) = delete;
    TermDictionary &operator=(const TermDictionary &) = delete;

    // The feature ids of `paper`, repeated as often as they occur. `grow` adds features never seen; without
    // it they are left out (ranking with a trained model).
    QVector<int> featureIds(const Paper &paper, bool grow);

    // Forgets the word pairs whose id `keep` does not hold (most pairs are seen once and cut by the
    // document-frequency floor) and the labels of every id `keep` does not hold: ranking then looks up a
    // small table, and the model keeps little.
    void keepPairs(const std::vector<char> &keep);

    int size() const { return static_cast<int>(m_labels.size()); }
    QString label(int id) const { return m_labels.at(id); }
    Kind kind(int id) const { return m_kinds.at(id); }

private:
    static constexpr int Skip = -2; // in m_words: a stop word or a number

    // The word being read and the ids of the words read, across title and abstract.
    struct Chain
    {
        std::vector<QChar> word;
        std::vector<int> terms;
    };
    void addTerms(const QString &text, bool grow, Chain *chain, QVector<int> *ids);
    void addPairs(const std::vector<int> &terms, bool grow, QVector<int> *ids);
    int writtenId(const QString &written, bool grow);
    int idOf(const QString &key, Kind kind, const QString &label, bool grow);
    QString stemmed(const QString &word);
    int wordId(const QString &word, bool grow);

    sb_stemmer *m_stemmer = nullptr;
    QHash<QString, int> m_words; // word as written -> id of its stem or Skip: one lookup a word
    QHash<QString, int> m_ids;   // key -> id
    // Word pairs by (first stem id, second stem id): an open-addressing table, as there are millions of
    // them while growing and a node per entry was the training's main cost.
    struct PairTable
    {
        static constexpr quint64 Empty = ~quint64(0);
        struct Slot // key and value side by side: a lookup touches one cache line
        {
            quint64 key = Empty;
            int value = -1;
        };
        std::vector<Slot> table;
        size_t count = 0;

        int find(quint64 key) const;
        void prefetch(quint64 key) const;
        void insert(quint64 key, int value);
    };
    PairTable m_pairs;
    QVector<QString> m_labels;
    QVector<Kind> m_kinds;
};

} // namespace DigestStudio
