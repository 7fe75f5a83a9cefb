// What the ranker learnt: the stage (feed order, centroid of the picks, linear model), its features and
// weights; ranks a listing with reasons. Copies share the dictionary: rank from one thread at a time.
#pragma once

#include "model/paper.h"
#include "suggest/featurespace.h"
#include "suggest/rankeroptions.h"
#include "suggest/suggestion.h"

#include <QSet>

#include <memory>

namespace DigestStudio {

class TermDictionary;

class SuggestionModel final
{
public:
    enum class Stage { FeedOrder, Centroid, Model };

    SuggestionModel() = default;

    Stage stage() const { return m_stage; }
    int picks() const { return m_picks; } // positives trained on
    int days() const { return m_days; }   // listing days in the window
    double c() const { return m_c; }      // the C chosen (Model)

    // `listing` best first. Papers marked "not for us" go last.
    QVector<Suggestion> rank(const QVector<Paper> &listing) const;

private:
    friend class Ranker;

    QVector<Suggestion> rankFeedOrder(const QVector<Paper> &listing) const;
    void addReasons(const SparseVector &x, const std::vector<float> &weights, Suggestion *s) const;

    Stage m_stage = Stage::FeedOrder;
    int m_picks = 0;
    int m_days = 0;
    double m_c = 0;
    std::shared_ptr<TermDictionary> m_dictionary;
    FeatureSpace m_space;
    std::vector<float> m_weights; // Model: the SVM's; Centroid: the centroid
    float m_bias = 0;
    QSet<QString> m_notForUs;
    RankerOptions m_options;
};

} // namespace DigestStudio
