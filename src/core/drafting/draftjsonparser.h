// Reads a model's answer as the draft it was asked for: one JSON object with exactly `zh_title`,
// `zh_short_title` and `zh_summary`, possibly inside a ``` fence or after a think block.
#pragma once

#include "drafting/draftfields.h"

#include <QJsonObject>
#include <QString>

namespace DigestStudio {

class DraftJsonParser final
{
public:
    // False, with `error` saying what is wrong in words, for anything else.
    static bool parse(const QString &answer, DraftFields *fields, QString *error);
    // The one JSON object an answer holds (think blocks and a ``` fence removed); false and `error` when it
    // holds none.
    static bool object(const QString &answer, QJsonObject *object, QString *error);
};

} // namespace DigestStudio
