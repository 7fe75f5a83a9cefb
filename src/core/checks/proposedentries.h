// The refusal every way out of the program gives (digestctl export and publish, File > Export..., the publish
// dialog) while the morning run's proposals are left undecided: the `proposed-entry` rule's findings and one
// line naming the entries. Unlike untouched drafts this stops the post, unless the user forces it (or turned
// the rule off): a proposal is the run's guess, not the editor's pick.
#pragma once

#include "checks/checkcontext.h"
#include "checks/finding.h"
#include "model/digest.h"

#include <QString>
#include <QVector>

namespace DigestStudio {

class ProposedEntries final
{
public:
    static QString ruleId() { return QStringLiteral("proposed-entry"); }

    // The rule's findings for `digest`; none when the rule is disabled in `settings`.
    static QVector<Finding> findings(const Digest &digest, const CheckSettings &settings);
    // One line naming the proposed entries; empty when there are none.
    static QString refusal(const Digest &digest, const CheckSettings &settings);
};

} // namespace DigestStudio
