// The pre-flight rules by id: runs them over a digest for the problems dock, the editor and `digestctl
// check`.
#pragma once

#include "checks/checkrule.h"

#include <QStringList>
#include <QVector>

namespace DigestStudio {

class CheckRegistry final
{
public:
    // The registry with the built-in rules.
    CheckRegistry();

    static const CheckRegistry &instance();

    // A rule with an id already registered replaces it.
    void add(const CheckRule &rule);
    const QVector<CheckRule> &rules() const { return m_rules; }
    QStringList ids() const;

    // Every enabled rule's findings (the settings' disabled rules left out), ordered by entry, field, start.
    QVector<Finding> run(const CheckContext &context) const;
    // True when any finding is an error.
    static bool hasErrors(const QVector<Finding> &findings);
    // The fixable findings applied to a copy of `digest`, last range first so earlier ranges stay valid.
    static Digest applyFixes(const Digest &digest, const QVector<Finding> &findings, int *applied = nullptr);

private:
    QVector<CheckRule> m_rules;
};

} // namespace DigestStudio
