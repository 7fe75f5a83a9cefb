#include "models/paperfilterproxymodel.h"

#include "model/digestentry.h"
#include "models/roles.h"

namespace DigestStudio {

PaperFilterProxyModel::PaperFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The list shows the digest's order; the proxy only filters.
    setDynamicSortFilter(true);
}

void PaperFilterProxyModel::setFilterText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void PaperFilterProxyModel::setUnfinishedOnly(bool on)
{
    if (on == m_unfinishedOnly)
        return;
    m_unfinishedOnly = on;
    invalidateFilter();
}

void PaperFilterProxyModel::setMineOnly(const QString &person)
{
    if (person == m_mine)
        return;
    m_mine = person;
    invalidateFilter();
}

bool PaperFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_unfinishedOnly &&
        index.data(Roles::StatusRole).toInt() == static_cast<int>(DigestEntry::Status::Reviewed))
        return false;
    if (!m_mine.isEmpty() && index.data(Roles::AssigneeRole).toString() != m_mine &&
        index.data(Roles::ReviewerRole).toString() != m_mine)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(Roles::FilterTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace DigestStudio
