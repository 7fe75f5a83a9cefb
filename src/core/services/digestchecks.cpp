#include "services/digestchecks.h"

#include "storage/library.h"

namespace DigestStudio {

CheckContext DigestChecks::context(Library *library, const Digest &digest, const CheckSettings &settings)
{
    CheckContext context;
    context.digest = digest;
    context.settings = settings;
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
