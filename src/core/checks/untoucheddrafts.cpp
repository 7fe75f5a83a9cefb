#include "checks/untoucheddrafts.h"

#include "checks/checkregistry.h"

#include <QCoreApplication>
#include <QStringList>

namespace DigestStudio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DigestStudio::UntouchedDrafts", text);
}

} // namespace

QVector<Finding> UntouchedDrafts::findings(const Digest &digest, const CheckSettings &settings)
{
    if (settings.disabledRules.contains(ruleId()))
        return {};
    // The registry's own run, with every other rule left out.
    CheckContext context;
    context.digest = digest;
    context.settings = settings;
    context.settings.disabledRules = CheckRegistry::instance().ids();
    context.settings.disabledRules.removeAll(ruleId());
    return CheckRegistry::instance().run(context);
}

QString UntouchedDrafts::warning(const Digest &digest, const CheckSettings &settings)
{
    QStringList entries;
    for (const Finding &finding : findings(digest, settings)) {
        if (finding.entry < 0 || finding.entry >= digest.entryCount())
            continue;
        const DigestEntry &entry = digest.entries().at(finding.entry);
        entries.append(
            tr("entry %1 (%2, by %3)").arg(finding.entry + 1).arg(entry.arxivId(), entry.draftedBy()));
    }
    if (entries.isEmpty())
        return QString();
    return tr("Machine drafts no one has revised go out as the model wrote them: %1. Edit them or mark "
              "them reviewed.")
        .arg(entries.join(tr(", ")));
}

} // namespace DigestStudio
