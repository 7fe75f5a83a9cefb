// One digest both faces' drafting tests use, so that `digestctl draft` and Draft All Unfinished are shown to
// choose the same entries and leave them in the same status (the rule is DraftRules).
#pragma once

#include "model/digestentry.h"

#include <QVector>

namespace DigestStudio::Test {

// Five entries; `english` gives each its English side (arXiv id, title, abstract, tag).
//   1 draft, empty                                   drafted, then translated
//   2 draft, Chinese title and summary, no short title  not unfinished (the short title comes by rule)
//   3 reviewed, empty                                 not unfinished (a person's final word)
//   4 translated, summary empty                       drafted, stays translated
//   5 draft, Chinese title, summary empty             drafted (summary), then translated
template<typename English>
QVector<DigestEntry> draftSelectionEntries(English english)
{
    QVector<DigestEntry> entries;
    for (int n = 1; n <= 5; ++n)
        entries.append(english(n));
    entries[1].setZhTitle(QStringLiteral("人写的标题"));
    entries[1].setZhSummary(QStringLiteral("人写的摘要。"));
    entries[2].setStatus(DigestEntry::Status::Reviewed);
    entries[3].setZhTitle(QStringLiteral("译好的标题"));
    entries[3].setStatus(DigestEntry::Status::Translated);
    entries[4].setZhTitle(QStringLiteral("只有标题"));
    return entries;
}

// The 0-based indexes Draft All Unfinished takes, and every entry's status after the drafts came back.
inline QVector<int> draftSelectionChosen()
{
    return {0, 3, 4};
}

inline QVector<DigestEntry::Status> draftSelectionStatusesAfter()
{
    using S = DigestEntry::Status;
    return {S::Translated, S::Draft, S::Reviewed, S::Translated, S::Translated};
}

} // namespace DigestStudio::Test
