// What a custom WeChat style may hold, by grammar: colours, sizes, line heights and font lists, nothing else
// (no var(), url(), expression(), no second declaration), since the values go into inline style attributes.
#pragma once

#include <QString>

namespace DigestStudio {

class CssGrammar final
{
public:
    // `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(…)`/`rgba(…)` of numbers and percentages, or a colour name.
    static bool isColour(const QString &value);
    // A number with px, pt, em, rem or %, or 0.
    static bool isSize(const QString &value);
    // A plain number, or a size.
    static bool isLineHeight(const QString &value);
    // Comma-separated family names: single-quoted, or words of letters, digits, spaces and hyphens.
    static bool isFontFamily(const QString &value);
};

} // namespace DigestStudio
