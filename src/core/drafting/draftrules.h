// The rules both faces share about machine drafts: which entries "draft all unfinished" takes, and the status
// an entry has once a draft was put into it (DraftingController and `digestctl draft` call only these).
#pragma once

#include "drafting/draftapplier.h"
#include "model/digestentry.h"

#include <QVector>

namespace DigestStudio {

class DraftRules final
{
public:
    // Not reviewed, and the Chinese title or the summary empty. An empty short title alone does not count:
    // the post derives it from the Chinese title by rule, and a reviewed entry is a person's final word.
    static bool isUnfinished(const DigestEntry &entry);
    // The 0-based indexes of the unfinished entries, in order.
    static QVector<int> unfinished(const QVector<DigestEntry> &entries);
    // The indexes of the reviewed entries with the Chinese title or summary empty (left alone by the rule).
    static QVector<int> reviewedWithEmptyFields(const QVector<DigestEntry> &entries);
    // After DraftApplier::apply: a draft entry the draft filled something in, that now has its Chinese title
    // and summary, is translated (waiting for a person's review); any other status stays.
    static void settleStatus(DigestEntry *drafted, const DraftOutcome &outcome);
};

} // namespace DigestStudio
