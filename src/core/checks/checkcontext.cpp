#include "checks/checkcontext.h"

#include "storage/library.h"
#include "util/settingskeys.h"

#include <QSettings>

namespace DigestStudio {

CheckSettings CheckSettings::fromSettings(const QSettings &settings)
{
    CheckSettings s;
    s.cjkLatinSpacing = SettingsKeys::CheckCjkLatinSpacing.value(settings);
    s.weiboLimit = qMax(1, SettingsKeys::WeiboLimit.value(settings));
    s.weiboUrlWeight = qMax(0, SettingsKeys::WeiboUrlWeight.value(settings));
    s.disabledRules = SettingsKeys::CheckDisabledRules.value(settings);
    return s;
}

CheckContext CheckContext::fromLibrary(Library *library, const Digest &digest)
{
    CheckContext context;
    context.digest = digest;
    context.settings = CheckSettings::fromSettings(QSettings());
    context.glossary = library->glossaryTerms();
    for (const DigestEntry &entry : digest.entries()) {
        if (entry.arxivId().isEmpty() || context.featuredBefore.contains(entry.arxivId()))
            continue;
        QVector<FeaturedIn> earlier;
        // Only digests up to this one's date count as "before"; a later digest featuring it is not news here.
        const QVector<FeaturedIn> all = library->featuredIn(entry.arxivId(), digest.id());
        for (const FeaturedIn &f : all) {
            if (!digest.date().isValid() || !f.date.isValid() || f.date <= digest.date())
                earlier.append(f);
        }
        if (!earlier.isEmpty())
            context.featuredBefore.insert(entry.arxivId(), earlier);
    }
    return context;
}

} // namespace DigestStudio
