// The generated cover of a WeChat article: a card in the colour of the digest's main tag with its title and
// date, drawn with QPainter (needs a QGuiApplication, offscreen is enough).
#pragma once

#include "model/digest.h"
#include "model/tagtable.h"

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
    // The tag's colour in `tags` (TagTable::colour: the user's, a built-in one, else one from a fixed
    // palette), as the long images and the post show it; the built-in one when the user's does not read.
    static QColor tagColour(const QString &tag, const TagTable &tags);
    // False when no QGuiApplication runs (fonts cannot be drawn then).
    static bool canRender();
    // The card for `digest` with `title` (the article's) in the main tag's colour from `tags` (the table the
    // export uses, ExportOptions::tagTable); a null image when canRender() is false.
    static QImage render(const Digest &digest, const QString &title, const TagTable &tags);
};

} // namespace DigestStudio
