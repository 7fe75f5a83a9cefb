#include "fulltext/pdfreader.h"

#include "fulltext/fulltextlimits.h"
#include "util/compat.h"

#include DIGEST_POPPLER_HEADER

#include <algorithm>
#include <cmath>
#include <mutex>

namespace DigestStudio {

namespace {

struct Word
{
    QString text;
    QRectF rect;
    bool spaceAfter = false;
};

// Poppler reports a broken PDF's every flaw on stderr; the reader's answer says what matters.
void quietPoppler()
{
    static std::once_flag once;
    std::call_once(
        once, [] { Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant()); });
}

// Words into lines: a word joins a line when their vertical middles are within half the taller one's height
// (so that superscript marks stay on their line), then each line left to right, split into cells at gaps
// wider than one and a half times the line's height.
QVector<PdfTextLine> linesOf(QVector<Word> words)
{
    std::stable_sort(words.begin(), words.end(),
                     [](const Word &a, const Word &b) { return a.rect.center().y() < b.rect.center().y(); });
    QVector<QVector<Word>> grouped;
    double middle = 0;
    double height = 0;
    for (const Word &word : words) {
        const double h = qMax(height, word.rect.height());
        if (grouped.isEmpty() || std::abs(word.rect.center().y() - middle) > h / 2) {
            grouped.append(QVector<Word>());
            middle = word.rect.center().y();
            height = word.rect.height();
        } else {
            height = h;
        }
        grouped.last().append(word);
    }
    QVector<PdfTextLine> lines;
    for (QVector<Word> &group : grouped) {
        std::stable_sort(group.begin(), group.end(),
                         [](const Word &a, const Word &b) { return a.rect.left() < b.rect.left(); });
        PdfTextLine line;
        for (const Word &word : group)
            line.height = qMax(line.height, word.rect.height());
        const double cellGap = qMax(1.5 * line.height, 15.0);
        for (int i = 0; i < group.size(); ++i) {
            const Word &word = group.at(i);
            const double gap = i == 0 ? 0 : word.rect.left() - group.at(i - 1).rect.right();
            line.words.append(PdfTextLine::Cell{word.text, word.rect});
            if (i == 0 || gap > cellGap) {
                line.cells.append(PdfTextLine::Cell{word.text, word.rect});
            } else {
                PdfTextLine::Cell &cell = line.cells.last();
                const bool space = group.at(i - 1).spaceAfter || gap > 0.12 * line.height;
                cell.text += (space ? QStringLiteral(" ") : QString()) + word.text;
                cell.rect = cell.rect.united(word.rect);
            }
            line.rect = line.rect.isNull() ? word.rect : line.rect.united(word.rect);
        }
        QStringList texts;
        for (const PdfTextLine::Cell &cell : line.cells)
            texts.append(cell.text);
        line.text = texts.join(QLatin1Char(' '));
        lines.append(line);
    }
    return lines;
}

} // namespace

PdfReader::Result PdfReader::readFirstPage(const QByteArray &pdf, double scale)
{
    Result result;
    if (pdf.size() > FullTextLimits::MaxPdfBytes) {
        result.error = Error::TooLarge;
        return result;
    }
    if (!pdf.startsWith("%PDF-") && !pdf.left(1024).contains("%PDF-")) {
        result.error = Error::Unreadable;
        return result;
    }
    quietPoppler();
    const auto document = Compat::owned(Poppler::Document::loadFromData(pdf));
    if (!document) {
        result.error = Error::Unreadable;
        return result;
    }
    if (document->isLocked()) {
        result.error = Error::Locked;
        return result;
    }
    result.pageCount = document->numPages();
    if (result.pageCount <= 0) {
        result.error = Error::NoPages;
        return result;
    }
    const auto page = Compat::owned(document->page(0));
    if (!page) {
        result.error = Error::Unreadable;
        return result;
    }
    result.pageSize = page->pageSizeF();
    QVector<Word> words;
    for (const auto &box : Compat::owned(page->textList())) {
        const QRectF rect = box->boundingBox();
        // Text set sideways (arXiv's stamp in the left margin) is not part of the author block.
        if (box->text().size() >= 3 && rect.height() > 2.5 * rect.width())
            continue;
        // pdfTeX sets an accented letter as the letter and an accent: composed again here (NFC).
        words.append(Word{box->text().normalized(QString::NormalizationForm_C), rect, box->hasSpaceAfter()});
    }
    result.lines = linesOf(words);
    QStringList texts;
    for (const PdfTextLine &line : result.lines)
        texts.append(line.text);
    result.text = texts.join(QLatin1Char('\n'));
    if (scale > 0) {
        const QSizeF size = result.pageSize * scale;
        const double pixels = size.width() * size.height();
        if (pixels > FullTextLimits::MaxRenderPixels)
            scale *= 0.999 * std::sqrt(FullTextLimits::MaxRenderPixels / pixels); // 0.999: Poppler rounds up
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        result.image = page->renderToImage(72.0 * scale, 72.0 * scale);
    }
    return result;
}

} // namespace DigestStudio
