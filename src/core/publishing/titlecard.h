// The generated cover of a WeChat article: a card in the colour of the digest's main tag with its title and
// date, drawn with QPainter (needs a QGuiApplication, offscreen is enough).
#pragma once

#include "model/digest.h"

#include <QColor>
#include <QImage>

namespace DigestStudio {

class TitleCard final
{
public:
    // WeChat shows covers at 2.35:1.
    static constexpr int Width = 900;
    static constexpr int Height = 383;

    // The tag most entries carry (the first one on a tie); empty for a digest without entries.
    static QString mainTag(const Digest &digest);
    // A fixed colour for the built-in tags, a stable one derived from the name for the others.
    static QColor tagColour(const QString &tag);
    // False when no QGuiApplication runs (fonts cannot be drawn then).
    static bool canRender();
    // The card for `digest` with `title` (the article's); a null image when canRender() is false.
    static QImage render(const Digest &digest, const QString &title);
};

} // namespace DigestStudio
