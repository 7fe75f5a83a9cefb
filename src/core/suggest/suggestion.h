// One ranked paper of a listing: its id, its score (higher first; comparable within one listing) and the
// reasons for it.
#pragma once

#include "suggest/suggestionreason.h"

#include <QJsonObject>
#include <QVector>

namespace DigestStudio {

struct Suggestion
{
    QString id;
    double score = 0;
    // Where the score lies between the listing's lowest (0) and highest (1): the score bar, and what a score
    // threshold compares with (a raw score means nothing outside its listing).
    double share = 0;
    QVector<SuggestionReason> reasons;

    // {"id", "score", "reasons": [words...]} as digestctl prints it.
    QJsonObject toJson() const;

    // The ranked papers whose share is at least `minShare` (0-1), in their order.
    static QVector<Suggestion> atLeast(const QVector<Suggestion> &ranked, double minShare);
};

} // namespace DigestStudio
