#include "fulltext/authorblockextractor.h"

#include "fulltext/institutionreducer.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace DigestStudio {

namespace {

// Where the author block ends: the abstract, or what comes after it when a class sets no heading.
bool endsBlock(const QString &line)
{
    static const QRegularExpression marker(
        QStringLiteral("^\\s*(abstract\\b|a\\s?b\\s?s\\s?t\\s?r\\s?a\\s?c\\s?t\\b|summary\\s*$|keywords\\b|"
                       "key\\s?words\\b|"
                       "index terms\\b|ccs concepts\\b|acm reference "
                       "format\\b|(1|i)\\.?\\s*introduction\\b|introduction\\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return marker.match(line).hasMatch();
}

// Whether a line of one cell stands centred between a grid's columns (an author of their own under a row of
// authors, NeurIPS' \\AND) rather than inside one column or across all of them (a long department line).
bool centredBetween(const PdfTextLine &line, const QVector<double> &centres)
{
    if (line.cells.size() != 1 || centres.size() < 2)
        return false;
    const double span = centres.last() - centres.first();
    const double middle = (centres.first() + centres.last()) / 2;
    return line.rect.width() < span && std::abs(line.rect.center().x() - middle) < 0.15 * span &&
           line.rect.left() < middle && line.rect.right() > middle;
}

// An author grid's lines read column by column: each word goes to the nearest column.
QStringList gridOrder(const QVector<PdfTextLine> &lines, const QVector<double> &centres)
{
    QVector<QStringList> columns(centres.size());
    for (const PdfTextLine &line : lines) {
        QVector<QStringList> words(centres.size());
        for (const PdfTextLine::Cell &word : line.words) {
            int nearest = 0;
            for (int c = 1; c < centres.size(); ++c) {
                if (std::abs(word.rect.center().x() - centres.at(c)) <
                    std::abs(word.rect.center().x() - centres.at(nearest)))
                    nearest = c;
            }
            words[nearest].append(word.text);
        }
        for (int c = 0; c < centres.size(); ++c) {
            if (!words.at(c).isEmpty())
                columns[c].append(words.at(c).join(QLatin1Char(' ')));
        }
    }
    QStringList ordered;
    for (const QStringList &column : columns)
        ordered += column;
    return ordered;
}

// The block's lines in reading order. A line of several cells (names side by side) starts an author grid,
// read column by column; the grid runs on over the lines under it until a blank line's height or a line
// centred between its columns.
QStringList readingOrder(const QVector<PdfTextLine> &block)
{
    QStringList ordered;
    for (int i = 0; i < block.size();) {
        if (block.at(i).cells.size() < 2) {
            ordered.append(block.at(i).text);
            ++i;
            continue;
        }
        QVector<double> centres;
        for (const PdfTextLine::Cell &cell : block.at(i).cells)
            centres.append(cell.rect.center().x());
        int j = i + 1;
        while (j < block.size() &&
               block.at(j).rect.top() - block.at(j - 1).rect.bottom() <
                   qMax(block.at(j).height, block.at(j - 1).height) &&
               !centredBetween(block.at(j), centres))
            ++j;
        ordered += gridOrder(block.mid(i, j - i), centres);
        i = j;
    }
    return ordered;
}

// Lines of marks alone go; a line broken inside an affiliation (ending with a comma, `of`, `and`, a hyphen,
// or followed by a line in lower case) is joined again.
QStringList mended(const QStringList &lines)
{
    static const QRegularExpression marksOnly(QStringLiteral("^[\\d\\s,*∗†‡§¶#⋆★a-z]{0,6}$"));
    static const QRegularExpression unfinished(
        QStringLiteral("(,|&|-|\\b(of|and|for|the|at|de|du|des|di|der|für|für)|\\bUniv\\.)$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString &raw : lines) {
        const QString line = raw.simplified();
        if (line.isEmpty() || marksOnly.match(line).hasMatch())
            continue;
        // A lower-case letter and a capital (`a Department of …`) is a mark, not a continuation.
        static const QRegularExpression mark(QStringLiteral("^\\p{Ll}\\s+\\p{Lu}"));
        const bool continues = line.at(0).isLower() && !mark.match(line).hasMatch();
        if (!out.isEmpty() && (unfinished.match(out.last()).hasMatch() || continues)) {
            out.last() += (out.last().endsWith(QLatin1Char('-')) ? QString() : QStringLiteral(" ")) + line;
            continue;
        }
        out.append(line);
    }
    return out;
}

} // namespace

AuthorBlockExtractor::Result AuthorBlockExtractor::extract(const QVector<PdfTextLine> &lines)
{
    Result result;
    QVector<PdfTextLine> kept;
    double bottom = 0;
    double widest = 0;
    for (const PdfTextLine &line : lines) {
        if (line.text.trimmed().isEmpty())
            continue;
        kept.append(line);
        bottom = qMax(bottom, line.rect.bottom());
        widest = qMax(widest, line.rect.width());
    }
    if (kept.isEmpty()) {
        result.error = Error::NoText;
        return result;
    }
    // The title: the largest type in the upper half, with the lines of the same size right under it.
    double largest = 0;
    for (const PdfTextLine &line : kept) {
        if (line.rect.top() < bottom / 2)
            largest = qMax(largest, line.height);
    }
    int title = 0;
    while (title < kept.size() && kept.at(title).height < 0.92 * largest)
        ++title;
    int last = title;
    QStringList titleLines{kept.at(title).text};
    while (last + 1 < kept.size() && kept.at(last + 1).height >= 0.92 * largest &&
           kept.at(last + 1).rect.top() - kept.at(last).rect.bottom() < 1.5 * largest)
        titleLines.append(kept.at(++last).text);
    result.title = titleLines.join(QLatin1Char(' ')).simplified();

    // Without an abstract heading (revtex), the block ends where justified text begins: two wide lines of
    // words with one left edge.
    auto prose = [&](int i) {
        const PdfTextLine &line = kept.at(i);
        return line.cells.size() == 1 && line.rect.width() >= 0.8 * widest && line.words.size() >= 5;
    };
    QVector<PdfTextLine> block;
    for (int i = last + 1; i < kept.size(); ++i) {
        const bool paragraph = i + 1 < kept.size() && prose(i) && prose(i + 1) &&
                               std::abs(kept.at(i).rect.left() - kept.at(i + 1).rect.left()) < 3;
        if (endsBlock(kept.at(i).text) || paragraph)
            break;
        block.append(kept.at(i));
    }
    // `\thanks` notes sit at the foot of the page, in smaller type than the author block.
    QVector<double> heights;
    for (const PdfTextLine &line : block)
        heights.append(line.height);
    std::sort(heights.begin(), heights.end());
    const double usual = heights.isEmpty() ? 0.7 * largest : heights.at(heights.size() / 2);
    const int blockEnd = last + static_cast<int>(block.size());
    int foot = static_cast<int>(kept.size());
    while (foot - 1 > blockEnd && kept.at(foot - 1).text.trimmed().size() <= 3) // the page number
        --foot;
    const int notesEnd = foot;
    while (foot - 1 > blockEnd && kept.at(foot - 1).height <= 0.9 * usual &&
           kept.at(foot - 1).rect.top() > bottom * 0.6)
        --foot;
    const QVector<PdfTextLine> notes(kept.begin() + foot, kept.begin() + notesEnd);
    result.lines = mended(readingOrder(block) + readingOrder(notes));
    if (result.lines.isEmpty())
        result.error = Error::NoAuthorBlock;
    return result;
}

AuthorBlockExtractor::Result AuthorBlockExtractor::extract(const QString &text)
{
    Result result;
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    if (lines.isEmpty()) {
        result.error = Error::NoText;
        return result;
    }
    result.title = lines.first().simplified();
    QStringList block;
    // With no places known, the block ends at the abstract, or after 30 lines at the most.
    for (int i = 1; i < lines.size() && i <= 30 && !endsBlock(lines.at(i)); ++i)
        block.append(lines.at(i));
    result.lines = mended(block);
    if (result.lines.isEmpty())
        result.error = Error::NoAuthorBlock;
    return result;
}

FullText AuthorBlockExtractor::fullText(const Result &block)
{
    FullText text;
    text.source = FullText::Source::Pdf;
    text.title = block.title;
    text.authorBlock = block.lines;
    for (const QString &line : block.lines) {
        if (InstitutionReducer::namesInstitution(line))
            text.otherAffiliations.append(line);
    }
    return text;
}

} // namespace DigestStudio
