#include "checks/checkregistry.h"

#include "checks/checkrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace DigestStudio {

CheckRegistry::CheckRegistry()
{
    add({QStringLiteral("missing-translation"),
         QCoreApplication::translate("DigestStudio::CheckRegistry",
                                     "Chinese title, summary and short title are present"),
         CheckRules::missingTranslation});
    add({QStringLiteral("ascii-punctuation"),
         QCoreApplication::translate("DigestStudio::CheckRegistry",
                                     "No ASCII punctuation inside Chinese text"),
         CheckRules::asciiPunctuation});
    add({QStringLiteral("unbalanced-brackets"),
         QCoreApplication::translate("DigestStudio::CheckRegistry", "Brackets and quotes pair up"),
         CheckRules::unbalancedBrackets});
    add({QStringLiteral("missing-numbers"),
         QCoreApplication::translate("DigestStudio::CheckRegistry",
                                     "The abstract's numbers appear in the Chinese summary"),
         CheckRules::missingNumbers});
    add({QStringLiteral("glossary"),
         QCoreApplication::translate("DigestStudio::CheckRegistry",
                                     "Glossary terms are rendered as the glossary says"),
         CheckRules::glossaryTerms});
    add({QStringLiteral("featured-before"),
         QCoreApplication::translate("DigestStudio::CheckRegistry",
                                     "The paper was not featured in an earlier digest"),
         CheckRules::featuredBefore});
    add({QStringLiteral("duplicate-paper"),
         QCoreApplication::translate("DigestStudio::CheckRegistry", "No paper appears twice"),
         CheckRules::duplicatePaper});
    add({QStringLiteral("weibo-limit"),
         QCoreApplication::translate("DigestStudio::CheckRegistry", "Each entry fits in one Weibo post"),
         CheckRules::weiboLimit});
    add({QStringLiteral("wechat-limits"),
         QCoreApplication::translate("DigestStudio::CheckRegistry",
                                     "WeChat's body, title and summary limits"),
         CheckRules::wechatLimits});
    add({QStringLiteral("untouched-draft"),
         QCoreApplication::translate("DigestStudio::CheckRegistry", "No machine draft goes out unrevised"),
         CheckRules::untouchedDraft});
    add({QStringLiteral("machine-affiliations"),
         QCoreApplication::translate("DigestStudio::CheckRegistry",
                                     "No affiliation line a model read goes out unchecked"),
         CheckRules::machineAffiliations});
    add({QStringLiteral("unresolved-comment"),
         QCoreApplication::translate("DigestStudio::CheckRegistry", "Every comment of the team is resolved"),
         CheckRules::unresolvedComments});
    add({QStringLiteral("proposed-entry"),
         QCoreApplication::translate("DigestStudio::CheckRegistry",
                                     "No proposal of the morning run is left undecided"),
         CheckRules::proposedEntry});
    add({QStringLiteral("cjk-latin-spacing"),
         QCoreApplication::translate("DigestStudio::CheckRegistry",
                                     "A space between Chinese and Latin text (house style)"),
         CheckRules::cjkLatinSpacing});
}

const CheckRegistry &CheckRegistry::instance()
{
    static const CheckRegistry registry;
    return registry;
}

void CheckRegistry::add(const CheckRule &rule)
{
    for (CheckRule &existing : m_rules) {
        if (existing.id == rule.id) {
            existing = rule;
            return;
        }
    }
    m_rules.append(rule);
}

QStringList CheckRegistry::ids() const
{
    QStringList ids;
    for (const CheckRule &rule : m_rules)
        ids.append(rule.id);
    return ids;
}

QVector<Finding> CheckRegistry::run(const CheckContext &context) const
{
    QVector<Finding> findings;
    for (const CheckRule &rule : m_rules) {
        if (context.settings.disabledRules.contains(rule.id))
            continue;
        const int before = static_cast<int>(findings.size());
        rule.run(context, &findings);
        for (int i = before; i < findings.size(); ++i)
            findings[i].rule = rule.id;
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.entry != b.entry)
            return a.entry < b.entry;
        const int fa = a.hasField ? static_cast<int>(a.field) : -1;
        const int fb = b.hasField ? static_cast<int>(b.field) : -1;
        if (fa != fb)
            return fa < fb;
        return a.start < b.start;
    });
    return findings;
}

bool CheckRegistry::hasErrors(const QVector<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Finding::Severity::Error; });
}

Digest CheckRegistry::applyFixes(const Digest &digest, const QVector<Finding> &findings, int *applied)
{
    Digest fixed = digest;
    QVector<Finding> fixes;
    for (const Finding &f : findings) {
        if (f.hasFix && f.hasField && f.entry >= 0 && f.entry < fixed.entryCount())
            fixes.append(f);
    }
    // Last range first: a fix never moves a range that is still to come.
    std::stable_sort(fixes.begin(), fixes.end(), [](const Finding &a, const Finding &b) {
        if (a.entry != b.entry)
            return a.entry > b.entry;
        if (a.field != b.field)
            return static_cast<int>(a.field) > static_cast<int>(b.field);
        return a.start > b.start;
    });
    int count = 0;
    int lastEntry = -1;
    int lastField = -1;
    int lastStart = 0;
    for (const Finding &f : fixes) {
        // Overlapping ranges: the later one wins, the earlier is left for the next check.
        const bool sameField = f.entry == lastEntry && static_cast<int>(f.field) == lastField;
        if (sameField && f.start + f.length > lastStart)
            continue;
        if (f.applyFix(&fixed.entries()[f.entry])) {
            ++count;
            lastEntry = f.entry;
            lastField = static_cast<int>(f.field);
            lastStart = f.start;
        }
    }
    if (applied)
        *applied = count;
    return fixed;
}

} // namespace DigestStudio
