#include "drafting/draftcheck.h"

#include "checks/checkcontext.h"
#include "checks/checkregistry.h"

namespace DigestStudio {

QStringList DraftCheck::ruleIds()
{
    return {QStringLiteral("glossary"), QStringLiteral("missing-numbers"),
            QStringLiteral("ascii-punctuation"), QStringLiteral("unbalanced-brackets")};
}

QVector<Finding> DraftCheck::findings(const DigestEntry &entry, const QVector<GlossaryTerm> &glossary)
{
    CheckContext context;
    context.digest.entries().append(entry);
    context.glossary = glossary;
    const QStringList wanted = ruleIds();
    QVector<Finding> findings;
    for (const CheckRule &rule : CheckRegistry::instance().rules()) {
        if (!wanted.contains(rule.id))
            continue;
        const int before = static_cast<int>(findings.size());
        rule.run(context, &findings);
        for (int i = before; i < findings.size(); ++i)
            findings[i].rule = rule.id; // as CheckRegistry::run() names them
    }
    return findings;
}

} // namespace DigestStudio
