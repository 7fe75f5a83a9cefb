#include "services/digestchecks.h"

#include "storage/commentstore.h"
#include "storage/library.h"

namespace DigestStudio {

CheckContext DigestChecks::context(Library *library, const Digest &digest, const CheckSettings &settings)
{
    CheckContext context;
    context.digest = digest;
    context.settings = settings;
    context.glossary = library->glossaryTerms();
    // Unresolved threads by entry position; a digest not in the library (an import) has none.
    if (digest.id() != 0) {
        for (const EntryComment &comment : library->comments().comments(digest.id(), nullptr)) {
            if (comment.parentId == 0 && !comment.resolved && comment.position >= 1)
                context.unresolvedComments[comment.position - 1] += 1;
        }
    }
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
