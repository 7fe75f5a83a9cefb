#include "docks/suggestionscoredelegate.h"

#include <QApplication>
#include <QPainter>

namespace DigestStudio {

SuggestionScoreDelegate::SuggestionScoreDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void SuggestionScoreDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QVariant score = index.data(ScoreRole);
    if (!score.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect area = opt.rect.adjusted(3, 4, -3, -4);
    const double value = qBound(0.0, score.toDouble(), 1.0);
    QColor bar = opt.palette.color(QPalette::Highlight);
    bar.setAlpha(150);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(opt.palette.color(QPalette::AlternateBase));
    painter->drawRect(area);
    painter->setBrush(bar);
    painter->drawRect(QRect(area.topLeft(), QSize(int(area.width() * value), area.height())));
    painter->setPen(
        opt.palette.color((opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

} // namespace DigestStudio
