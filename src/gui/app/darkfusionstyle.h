// Fusion for the dark palette: Fusion outlines check boxes with the window colour darkened, which on a dark
// window is as dark as the box itself, so a check box (in forms and in lists) shows nothing until ticked.
#pragma once

#include <QProxyStyle>

namespace DigestStudio {

class DarkFusionStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    DarkFusionStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace DigestStudio
