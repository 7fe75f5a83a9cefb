#include "checks/proposedentries.h"

#include "checks/checkregistry.h"

#include <QCoreApplication>
#include <QStringList>

namespace DigestStudio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DigestStudio::ProposedEntries", text);
}

} // namespace

QVector<Finding> ProposedEntries::findings(const Digest &digest, const CheckSettings &settings)
{
    if (settings.disabledRules.contains(ruleId()))
        return {};
    CheckContext context;
    context.digest = digest;
    context.settings = settings;
    context.settings.disabledRules = CheckRegistry::instance().ids();
    context.settings.disabledRules.removeAll(ruleId());
    return CheckRegistry::instance().run(context);
}

QString ProposedEntries::refusal(const Digest &digest, const CheckSettings &settings)
{
    QStringList entries;
    for (const Finding &finding : findings(digest, settings)) {
        if (finding.entry < 0 || finding.entry >= digest.entryCount())
            continue;
        entries.append(
            tr("entry %1 (%2)").arg(finding.entry + 1).arg(digest.entries().at(finding.entry).arxivId()));
    }
    if (entries.isEmpty())
        return QString();
    return tr("The morning run's proposals are not decided yet: %1. Keep or drop each of them first.")
        .arg(entries.join(tr(", ")));
}

} // namespace DigestStudio
