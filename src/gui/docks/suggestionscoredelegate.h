// Paints a suggestion's score as a bar in the lookup panel's listing (the value, 0 to 1, in ScoreRole) with
// the item's text (the "suggested" mark) over it.
#pragma once

#include <QStyledItemDelegate>

namespace DigestStudio {

class SuggestionScoreDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int ScoreRole = Qt::UserRole + 10; // double 0..1; absent: no bar

    explicit SuggestionScoreDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace DigestStudio
