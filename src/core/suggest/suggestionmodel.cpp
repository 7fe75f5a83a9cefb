#include "suggest/suggestionmodel.h"

#include "suggest/termdictionary.h"

#include <algorithm>

namespace DigestStudio {

namespace {

SuggestionReason::Kind reasonKind(TermDictionary::Kind kind)
{
    switch (kind) {
    case TermDictionary::Kind::Author:
        return SuggestionReason::Kind::Author;
    case TermDictionary::Kind::Category:
        return SuggestionReason::Kind::Category;
    case TermDictionary::Kind::Term:
        break;
    }
    return SuggestionReason::Kind::Term;
}

} // namespace

QVector<Suggestion> SuggestionModel::rank(const QVector<Paper> &listing) const
{
    QVector<Suggestion> out;
    if (m_stage == Stage::FeedOrder || !m_dictionary) {
        out = rankFeedOrder(listing);
    } else {
        out.reserve(listing.size());
        for (const Paper &p : listing) {
            const SparseVector x = m_space.vector(m_dictionary->featureIds(p, false));
            Suggestion s;
            s.id = p.id();
            s.score = double(FeatureSpace::dot(x, m_weights) + m_bias);
            addReasons(x, m_weights, &s);
            out.append(s);
        }
    }
    double lowest = 0;
    for (const Suggestion &s : out)
        lowest = std::min(lowest, s.score);
    for (Suggestion &s : out) {
        if (m_notForUs.contains(s.id)) {
            s.score = lowest - 1;
            s.reasons = {SuggestionReason{SuggestionReason::Kind::NotForUs, QString()}};
        }
    }
    // Ties keep the feed's order.
    std::stable_sort(out.begin(), out.end(),
                     [](const Suggestion &a, const Suggestion &b) { return a.score > b.score; });
    if (!out.isEmpty()) {
        const double high = out.constFirst().score;
        const double low = out.constLast().score;
        for (Suggestion &s : out)
            s.share = high > low ? (s.score - low) / (high - low) : 1.0;
    }
    return out;
}

// No picks yet: the feed's order, raised for the editor's categories and include keywords.
QVector<Suggestion> SuggestionModel::rankFeedOrder(const QVector<Paper> &listing) const
{
    QVector<Suggestion> out;
    const int n = static_cast<int>(listing.size());
    for (int i = 0; i < n; ++i) {
        const Paper &p = listing.at(i);
        Suggestion s;
        s.id = p.id();
        s.score = 1.0 - double(i) / std::max(1, n);
        if (m_options.categories.contains(p.primaryCategory())) {
            s.score += 1.0;
            s.reasons.append({SuggestionReason::Kind::Category, p.primaryCategory()});
        }
        const QString text = p.title() + QLatin1Char('\n') + p.abstract();
        for (const QString &keyword : m_options.keywords) {
            if (!keyword.isEmpty() && text.contains(keyword, Qt::CaseInsensitive)) {
                s.score += 1.0;
                s.reasons.append({SuggestionReason::Kind::Keyword, keyword});
                break;
            }
        }
        if (i < std::max(1, n / 10))
            s.reasons.append({SuggestionReason::Kind::FeedPosition, QString()});
        out.append(s);
    }
    return out;
}

void SuggestionModel::addReasons(const SparseVector &x, const std::vector<float> &weights,
                                 Suggestion *s) const
{
    std::vector<std::pair<float, int>> contributions;
    for (const auto &entry : x) {
        const float c = entry.second * weights[size_t(entry.first)];
        if (c > 0)
            contributions.emplace_back(c, entry.first);
    }
    const size_t count = std::min(contributions.size(), size_t(std::max(0, m_options.reasonCount)));
    std::partial_sort(contributions.begin(), contributions.begin() + long(count), contributions.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t i = 0; i < count; ++i) {
        const int term = m_space.termOf(contributions[i].second);
        s->reasons.append({reasonKind(m_dictionary->kind(term)), m_dictionary->label(term)});
    }
}

} // namespace DigestStudio
