#include "app/darkfusionstyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace DigestStudio {

DarkFusionStyle::DarkFusionStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("fusion"));
}

void DarkFusionStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // Fusion draws an item view's check through PE_IndicatorCheckBox too (via proxy()), so this covers both.
    if (element != PE_IndicatorCheckBox)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, 0.5); // Fusion's own box lies on the same half-pixel grid
    QColor edge = option->palette.color(QPalette::PlaceholderText);
    if (!(option->state & State_Enabled))
        edge = edge.darker(140);
    painter->setPen(edge);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace DigestStudio
