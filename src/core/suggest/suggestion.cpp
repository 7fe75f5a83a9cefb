#include "suggest/suggestion.h"

#include <QJsonArray>

#include <cmath>

namespace DigestStudio {

QJsonObject Suggestion::toJson() const
{
    QJsonArray words;
    for (const SuggestionReason &reason : reasons)
        words.append(reason.describe());
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("score"), std::round(score * 10000.0) / 10000.0},
                       {QStringLiteral("reasons"), words}};
}

QVector<Suggestion> Suggestion::atLeast(const QVector<Suggestion> &ranked, double minShare)
{
    QVector<Suggestion> kept;
    for (const Suggestion &s : ranked) {
        if (s.share >= minShare)
            kept.append(s);
    }
    return kept;
}

} // namespace DigestStudio
