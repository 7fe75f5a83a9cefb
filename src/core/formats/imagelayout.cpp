#include "formats/imagelayout.h"

#include "formats/textexporter.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace DigestStudio {

namespace {

const QColor &textColour()
{
    static const QColor colour(0x33, 0x33, 0x33);
    return colour;
}

const QColor &mutedColour()
{
    static const QColor colour(0x88, 0x88, 0x88);
    return colour;
}

constexpr int ChipHeight = 44;

// The heading of the first image: the digest's title, else a dated one.
QString heading(const Digest &digest)
{
    if (!digest.title().trimmed().isEmpty())
        return digest.title().trimmed();
    if (digest.date().isValid())
        return QStringLiteral("arXiv 每日速递 ") + digest.date().toString(Qt::ISODate);
    return QString();
}

} // namespace

ImageLayout::ImageLayout(const Digest &digest, const ExportOptions &options)
    : m_width(options.imageWidth)
    , m_textWidth(options.imageWidth - 2 * Margin)
{
    addHeader(digest, options);
    const QVector<DigestEntry> &entries = digest.entries();
    for (int i = 0; i < entries.size(); ++i)
        addEntry(entries.at(i), i + 1, options);
    addFooter(digest);
}

ImageLayout::~ImageLayout() = default;

QFont ImageLayout::font(int pixelSize, bool bold)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

std::shared_ptr<QTextDocument> ImageLayout::document(const QString &text, const QFont &font,
                                                     const QColor &colour, int lineHeightPercent,
                                                     int boldPrefix, const QColor &prefixColour) const
{
    auto doc = std::make_shared<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    // Chinese has no spaces and a link is one long word: both may break anywhere.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setTextWidth(m_textWidth);
    QTextBlockFormat blockFormat;
    blockFormat.setLineHeight(lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat plain;
    plain.setForeground(colour);
    QTextCursor cursor(doc.get());
    cursor.setBlockFormat(blockFormat);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock(blockFormat, plain);
        QString line = lines.at(i);
        if (i == 0 && boldPrefix > 0) {
            QTextCharFormat prefix = plain;
            prefix.setFontWeight(QFont::Bold);
            prefix.setForeground(prefixColour.isValid() ? prefixColour : colour);
            cursor.insertText(line.left(boldPrefix), prefix);
            line = line.mid(boldPrefix);
        }
        cursor.insertText(line, plain);
    }
    return doc;
}

void ImageLayout::addText(Block *block, qreal *y, std::shared_ptr<QTextDocument> doc, qreal spaceAfter,
                          bool zhTitle)
{
    const qreal top = *y;
    // Between two lines: the top of every line but the first.
    bool first = true;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const QRectF bounds = doc->documentLayout()->blockBoundingRect(b);
        const QTextLayout *layout = b.layout();
        for (int l = 0; l < layout->lineCount(); ++l) {
            if (!first)
                block->cuts.append(top + bounds.top() + layout->lineAt(l).y());
            first = false;
        }
    }
    Piece piece;
    piece.kind = Piece::Kind::Text;
    piece.rect = QRectF(Margin, top, m_textWidth, doc->size().height());
    piece.text = std::move(doc);
    piece.zhTitle = zhTitle;
    block->pieces.append(piece);
    *y = top + piece.rect.height() + spaceAfter;
    block->cuts.append(*y);
}

void ImageLayout::addHeader(const Digest &digest, const ExportOptions &options)
{
    Block block;
    qreal y = 0;
    const QString title = heading(digest);
    if (!title.isEmpty())
        addText(&block, &y, document(title, font(40, true), QColor(0x22, 0x22, 0x22), 120), 16);
    const QString legend = TextExporter::legend(digest, options);
    if (!legend.isEmpty())
        addText(&block, &y, document(legend, font(22), mutedColour(), 125), 12);
    if (!digest.attribution().isEmpty())
        addText(&block, &y, document(digest.attribution(), font(24), mutedColour(), 125), 12);
    if (!digest.entries().isEmpty()) {
        const QString label =
            digest.summaryLabel().isEmpty() ? Digest::defaultSummaryLabel() : digest.summaryLabel();
        addText(&block, &y,
                document(label + digest.summaryText(), font(26), textColour(), 135,
                         static_cast<int>(label.size()), QColor(0x1e, 0x6b, 0xb8)),
                0);
    }
    if (block.pieces.isEmpty())
        return;
    block.height = y;
    block.cuts.removeAll(y);
    block.cuts.append(y);
    m_blocks.append(block);
}

void ImageLayout::addEntry(const DigestEntry &e, int position, const ExportOptions &options)
{
    Block block;
    block.entry = position;
    block.colour = QColor(options.tagTable.colour(e.tag()));
    qreal y = 0;
    if (!e.tag().isEmpty()) {
        Piece chip;
        chip.kind = Piece::Kind::Chip;
        const QString name = options.tagTable.chineseName(e.tag());
        chip.chip = name.isEmpty() ? e.tag() : e.tag() + QStringLiteral("  ") + name;
        chip.rect = QRectF(Margin, 0, m_textWidth, ChipHeight);
        block.pieces.append(chip);
        y = ChipHeight + 14;
        block.cuts.append(y);
    }
    addText(&block, &y,
            document(QString::number(position) + QStringLiteral(". ") + e.title(), font(28, true),
                     QColor(0x22, 0x22, 0x22), 120),
            8);
    QStringList byline;
    if (!e.authorsLine().isEmpty())
        byline.append(e.authorsLine());
    const QString affiliations = TextExporter::affiliationsLine(e);
    if (!affiliations.isEmpty())
        byline.append(affiliations);
    if (!byline.isEmpty())
        addText(&block, &y, document(byline.join(QLatin1Char('\n')), font(22), mutedColour(), 120), 14);
    if (!e.zhTitle().isEmpty())
        addText(&block, &y, document(e.zhTitle(), font(30, true), block.colour, 125), 10, true);
    if (!e.zhSummary().isEmpty())
        addText(&block, &y, document(e.zhSummary(), font(26), textColour(), 140), 14);
    const QByteArray figureData = options.figures.value(e.arxivId());
    if (!figureData.isEmpty()) {
        const QImage figure = QImage::fromData(figureData);
        if (figure.isNull()) {
            m_warnings.append(
                QStringLiteral("the figure of entry %1 (%2) is not an image Qt can read; left out")
                    .arg(position)
                    .arg(e.arxivId()));
        } else {
            QSizeF size = figure.size();
            size.scale(QSizeF(qMin<qreal>(m_textWidth, size.width()), MaxFigureHeight), Qt::KeepAspectRatio);
            Piece piece;
            piece.kind = Piece::Kind::Figure;
            piece.figure = figure;
            piece.rect = QRectF(Margin + (m_textWidth - size.width()) / 2, y, size.width(), size.height());
            block.pieces.append(piece);
            y += size.height() + 14;
            block.cuts.append(y);
        }
    }
    if (!e.link().isEmpty())
        addText(&block, &y, document(e.link(), font(20), mutedColour(), 120), 0);
    block.height = y;
    if (block.cuts.isEmpty() || block.cuts.last() != y)
        block.cuts.append(y);
    m_blocks.append(block);
}

void ImageLayout::addFooter(const Digest &digest)
{
    if (digest.footer().isEmpty())
        return;
    Block block;
    block.entry = -1;
    qreal y = 0;
    addText(&block, &y, document(digest.footer(), font(20), mutedColour(), 125), 0);
    block.pieces.last().text->setDefaultTextOption([&] {
        QTextOption option = block.pieces.last().text->defaultTextOption();
        option.setAlignment(Qt::AlignHCenter);
        return option;
    }());
    block.height = y;
    m_blocks.append(block);
}

void ImageLayout::paint(QPainter *painter, const Block &block) const
{
    if (block.colour.isValid() && block.entry > 0)
        painter->fillRect(QRectF(Margin - 22, 0, 6, block.height), block.colour);
    for (const Piece &piece : block.pieces) {
        switch (piece.kind) {
        case Piece::Kind::Text:
            painter->save();
            painter->translate(piece.rect.topLeft());
            piece.text->drawContents(painter);
            painter->restore();
            break;
        case Piece::Kind::Figure:
            painter->drawImage(piece.rect, piece.figure);
            break;
        case Piece::Kind::Chip: {
            const QFont chipFont = font(22, true);
            const qreal chipWidth = QFontMetricsF(chipFont).horizontalAdvance(piece.chip) + 32;
            QPainterPath path;
            path.addRoundedRect(QRectF(piece.rect.left(), piece.rect.top(), chipWidth, piece.rect.height()),
                                8, 8);
            painter->fillPath(path, block.colour);
            painter->setFont(chipFont);
            painter->setPen(Qt::white);
            painter->drawText(QRectF(piece.rect.left(), piece.rect.top(), chipWidth, piece.rect.height()),
                              Qt::AlignCenter, piece.chip);
            break;
        }
        }
    }
}

} // namespace DigestStudio
