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
    QVector<SuggestionReason> reasons;

    // {"id", "score", "reasons": [words...]} as digestctl prints it.
    QJsonObject toJson() const;
};

} // namespace DigestStudio
