// The paper list's filter box: keeps the rows whose id, tag, titles or authors contain every word typed.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace DigestStudio {

class PaperFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PaperFilterProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_words.join(QLatin1Char(' ')); }
    // Only rows not yet reviewed.
    bool unfinishedOnly() const { return m_unfinishedOnly; }
    // Only rows `person` is the assignee or the reviewer of; empty: every row.
    QString mineOnly() const { return m_mine; }

public Q_SLOTS:
    void setFilterText(const QString &text);
    void setUnfinishedOnly(bool on);
    void setMineOnly(const QString &person);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    bool m_unfinishedOnly = false;
    QString m_mine;
};

} // namespace DigestStudio
