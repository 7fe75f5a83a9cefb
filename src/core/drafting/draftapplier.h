// Puts a machine draft into an entry without overwriting a person: fills only empty Chinese fields (unless
// asked to overwrite), marks the entry drafted_by the model, and returns the rest as suggestions.
#pragma once

#include "drafting/draftfields.h"
#include "model/digestentry.h"

#include <QStringList>

namespace DigestStudio {

struct DraftOutcome
{
    QStringList filled; // contract names of the fields filled: `zh_title`, `zh_short_title`, `zh_summary`
    DraftFields suggestions; // drafts left beside existing text; a non-empty field = offered beside
};

class DraftApplier final
{
public:
    static DraftOutcome apply(DigestEntry *entry, const DraftFields &draft, const QString &model,
                              bool overwrite);
};

} // namespace DigestStudio
