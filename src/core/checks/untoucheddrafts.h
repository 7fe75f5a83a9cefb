// The warning every way out of the program gives (digestctl export and publish, File ▸ Export…, the publish
// dialog) while entries still hold machine text no person has revised: the `untouched-draft` rule's findings
// and one line naming the entries. A warning only: the post is still written or sent, as Qt Linguist and
// Poedit still write a file with unfinished translations.
#pragma once

#include "checks/checkcontext.h"
#include "checks/finding.h"
#include "model/digest.h"

#include <QString>
#include <QVector>

namespace DigestStudio {

class UntouchedDrafts final
{
public:
    static QString ruleId() { return QStringLiteral("untouched-draft"); }

    // The rule's findings for `digest`; none when the rule is disabled in `settings`.
    static QVector<Finding> findings(const Digest &digest, const CheckSettings &settings);
    // One line naming the entries and their models; empty when there are none.
    static QString warning(const Digest &digest, const CheckSettings &settings);
};

} // namespace DigestStudio
