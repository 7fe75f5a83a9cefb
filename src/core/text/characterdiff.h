// A diff of two texts by character (Chinese has no spaces to split words at): the longest common subsequence
// over the characters between the common prefix and suffix, bounded in table cells; past the bound the middle
// is one removal and one addition.
#pragma once

#include <QString>
#include <QVector>

namespace DigestStudio {

class CharacterDiff final
{
public:
    // The most cells of the LCS table (32-bit lengths: 16 MB at most).
    static constexpr qint64 MaxCells = 4 * 1000 * 1000;

    struct Span
    {
        enum class Kind { Same, Removed, Added };
        Kind kind = Kind::Same;
        QString text;

        bool operator==(const Span &other) const { return kind == other.kind && text == other.text; }
    };

    // The spans that turn `before` into `after`, in reading order; adjacent spans of one kind are merged, and
    // a removal comes before the addition that replaces it.
    static QVector<Span> diff(const QString &before, const QString &after);
    // The diff as one line of text: removals as [-...-], additions as {+...+} (wdiff's notation).
    static QString marked(const QString &before, const QString &after);
};

} // namespace DigestStudio
