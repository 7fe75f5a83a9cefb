#include "docks/suggestionscoredelegate.h"

#include <QApplication>
#include <QPainter>

namespace DigestStudio {

namespace {

constexpr int BarMargin = 3;  // between the cell's edge and the bar
constexpr int TextMargin = 4; // between the bar's edge and the mark

} // namespace

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
    const QRect area = opt.rect.adjusted(BarMargin, 2, -BarMargin, -2);
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
    // The text is centred on the whole row, not the bar: drawText clips to its rectangle, and a bar a few
    // pixels shorter than the row cut the mark's descenders off.
    const QRect textArea(area.left() + TextMargin, opt.rect.top(), area.width() - 2 * TextMargin,
                         opt.rect.height());
    painter->drawText(textArea, Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize SuggestionScoreDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The mark drawn inside the bar, with the bar's and the text's margins: never clipped.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int text = opt.fontMetrics.horizontalAdvance(opt.text);
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), text + 2 * (BarMargin + TextMargin) + 2));
    return size;
}

} // namespace DigestStudio
