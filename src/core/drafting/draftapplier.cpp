#include "drafting/draftapplier.h"

namespace DigestStudio {

namespace {

// Fills `field` from `text` when it is empty (or when overwriting); else leaves `text` as a suggestion.
void offer(DigestEntry *entry, DigestEntry::Field field, const QString &text, bool overwrite,
           DraftOutcome *outcome, QString *suggestion)
{
    if (text.isEmpty())
        return;
    const QString current = entry->field(field);
    if (current == text)
        return;
    if (current.trimmed().isEmpty() || overwrite) {
        entry->setField(field, text);
        outcome->filled.append(DigestEntry::fieldName(field));
    } else {
        *suggestion = text;
    }
}

} // namespace

DraftOutcome DraftApplier::apply(DigestEntry *entry, const DraftFields &draft, const QString &model,
                                 bool overwrite)
{
    DraftOutcome outcome;
    using F = DigestEntry::Field;
    offer(entry, F::ZhTitle, draft.zhTitle, overwrite, &outcome, &outcome.suggestions.zhTitle);
    offer(entry, F::ZhShortTitle, draft.zhShortTitle, overwrite, &outcome, &outcome.suggestions.zhShortTitle);
    offer(entry, F::ZhSummary, draft.zhSummary, overwrite, &outcome, &outcome.suggestions.zhSummary);
    if (!outcome.filled.isEmpty())
        entry->setDraftedBy(model.isEmpty() ? QStringLiteral("machine") : model);
    return outcome;
}

} // namespace DigestStudio
