// The long images' layout: the post as blocks (the header, one per entry, the footer) of laid-out text and
// figures at the images' logical width, each with the heights at which it may be cut without cutting a line.
#pragma once

#include "formats/exportoptions.h"
#include "model/digest.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QStringList>
#include <QVector>

#include <memory>

class QPainter;
class QTextDocument;

namespace DigestStudio {

class ImageLayout final
{
public:
    // Logical pixels: the space left and right of the text, above and below it on each image, and between
    // blocks.
    static constexpr int Margin = 40;
    static constexpr int Padding = 40;
    static constexpr int BlockGap = 36;
    // The most logical height of an entry's figure.
    static constexpr int MaxFigureHeight = 560;

    struct Piece
    {
        enum class Kind { Text, Figure, Chip };
        Kind kind = Kind::Text;
        std::shared_ptr<QTextDocument> text; // Text
        QImage figure;                       // Figure
        QString chip;                        // Chip: the tag and its Chinese name on the tag's colour
        QRectF rect;                         // within the block
        bool zhTitle = false;                // the entry's Chinese title
    };

    struct Block
    {
        int entry = 0; // 1-based position; 0 for the header, -1 for the footer
        QColor colour; // the tag's colour: the bar at the left of an entry; invalid for none
        qreal height = 0;
        QVector<Piece> pieces;
        // Where the block may be cut, ascending, the last one `height`: between lines and around a figure.
        QVector<qreal> cuts;
    };

    // Lays out `digest` at `options.imageWidth` (needs a QGuiApplication: fonts).
    ImageLayout(const Digest &digest, const ExportOptions &options);
    ~ImageLayout();

    const QVector<Block> &blocks() const { return m_blocks; }
    int width() const { return m_width; }
    // Figures that could not be read, by entry.
    const QStringList &warnings() const { return m_warnings; }

    // Draws `block` with its top left at the painter's origin.
    void paint(QPainter *painter, const Block &block) const;

    // The font the images use: Noto Sans CJK SC from the system (fontconfig), sans serif if missing.
    static QFont font(int pixelSize, bool bold = false);

private:
    void addHeader(const Digest &digest, const ExportOptions &options);
    void addEntry(const DigestEntry &entry, int position, const ExportOptions &options);
    void addFooter(const Digest &digest);
    // Appends a text piece at `*y` in `block` (advancing `*y` by its height and `spaceAfter`) and its cuts.
    void addText(Block *block, qreal *y, std::shared_ptr<QTextDocument> doc, qreal spaceAfter,
                 bool zhTitle = false);
    std::shared_ptr<QTextDocument> document(const QString &text, const QFont &font, const QColor &colour,
                                            int lineHeightPercent, int boldPrefix = 0,
                                            const QColor &prefixColour = QColor()) const;

    int m_width;
    qreal m_textWidth;
    QVector<Block> m_blocks;
    QStringList m_warnings;
};

} // namespace DigestStudio
