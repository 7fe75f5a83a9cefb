#include "drafting/draftrules.h"

namespace DigestStudio {

namespace {

bool hasTitleAndSummary(const DigestEntry &entry)
{
    return !entry.zhTitle().trimmed().isEmpty() && !entry.zhSummary().trimmed().isEmpty();
}

} // namespace

bool DraftRules::isUnfinished(const DigestEntry &entry)
{
    return entry.status() != DigestEntry::Status::Reviewed && !hasTitleAndSummary(entry);
}

QVector<int> DraftRules::unfinished(const QVector<DigestEntry> &entries)
{
    QVector<int> indexes;
    for (int i = 0; i < entries.size(); ++i) {
        if (isUnfinished(entries.at(i)))
            indexes.append(i);
    }
    return indexes;
}

QVector<int> DraftRules::reviewedWithEmptyFields(const QVector<DigestEntry> &entries)
{
    QVector<int> indexes;
    for (int i = 0; i < entries.size(); ++i) {
        const DigestEntry &entry = entries.at(i);
        if (entry.status() == DigestEntry::Status::Reviewed && !hasTitleAndSummary(entry))
            indexes.append(i);
    }
    return indexes;
}

void DraftRules::settleStatus(DigestEntry *drafted, const DraftOutcome &outcome)
{
    if (!outcome.filled.isEmpty() && drafted->status() == DigestEntry::Status::Draft &&
        hasTitleAndSummary(*drafted))
        drafted->setStatus(DigestEntry::Status::Translated);
}

} // namespace DigestStudio
