// The pre-flight checks that judge a fresh draft (glossary renderings, numbers and formulas, punctuation,
// brackets), run on one drafted entry so both faces can show their findings at once.
#pragma once

#include "checks/finding.h"
#include "model/digestentry.h"
#include "model/glossaryterm.h"

#include <QStringList>
#include <QVector>

namespace DigestStudio {

class DraftCheck final
{
public:
    // The ids of the rules run on a draft.
    static QStringList ruleIds();
    // Their findings for `entry` (Finding::entry is 0).
    static QVector<Finding> findings(const DigestEntry &entry, const QVector<GlossaryTerm> &glossary);
};

} // namespace DigestStudio
