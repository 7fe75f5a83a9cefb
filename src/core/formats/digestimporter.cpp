#include "formats/digestimporter.h"

#include "formats/posttext.h"
#include "model/arxivid.h"
#include "model/digestentry.h"

#include <QRegularExpression>
#include <QStringList>
#include <QVector>

#include <limits>

namespace DigestStudio {

namespace {

// Offset of the first byte that is not valid UTF-8, or -1.
int firstInvalidUtf8(const QByteArray &bytes)
{
    const int n = static_cast<int>(bytes.size());
    int i = 0;
    while (i < n) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        int extra = 0;
        unsigned int min = 0;
        if (b < 0x80) {
            ++i;
            continue;
        } else if ((b & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        unsigned int cp = b & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return i;
            const auto c = static_cast<unsigned char>(bytes.at(i + k));
            if ((c & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

struct Line
{
    int number = 0; // 1-based
    QString text;   // trailing white space removed
};

// Non-blank lines joined as in the post: adjacent lines by a newline, lines with blank lines between by one
// blank line (the normalisation folds any run into one).
QString joinLines(const QVector<Line> &lines, int from, int to)
{
    QString out;
    for (int i = from; i < to; ++i) {
        if (i > from)
            out += lines.at(i).number == lines.at(i - 1).number + 1 ? QStringLiteral("\n")
                                                                    : QStringLiteral("\n\n");
        out += lines.at(i).text;
    }
    return out;
}

QString shown(const QString &text)
{
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

bool isLinkLine(const QString &line)
{
    // A line holding one link: any `http(s)://` URL, or an arXiv address written without its scheme.
    static const QRegularExpression re(QStringLiteral("^(?:https?://\\S+|(?:www\\.)?arxiv\\.org/\\S+)$"));
    return re.match(line).hasMatch();
}

// The score of `candidate` as the short title of the entry whose Chinese paragraph is `paragraph`.
int matchScore(const QString &candidate, const QString &paragraph)
{
    if (candidate.isEmpty())
        return paragraph.isEmpty() ? 2 : 0;
    if (paragraph.startsWith(candidate))
        return 3;
    return paragraph.contains(candidate) ? 2 : 0;
}

// The split of the summary line's pieces among the entries (each takes a run of pieces joined by `、`) that
// best matches the entries' Chinese paragraphs. Empty when no split fits.
// A short title holds a few `、` at most: the cap keeps a stray long line from costing seconds.
constexpr int MaxPiecesPerTitle = 16;

// Whether an entry with this Chinese paragraph may have had no short title: no paragraph, or one whose
// title part is cut to nothing by the short-title rule (it starts at a `:` or `?`).
bool mayBeUntitled(const QString &paragraph)
{
    return DigestEntry::defaultShortTitle(paragraph.section(QLatin1Char('\n'), 0, 0)).isEmpty();
}

// Chooses which consecutive pieces of the summary line form each entry's short title (best match with each
// entry's Chinese paragraph). An entry the line leaves out (no short title yet) takes none; only an entry
// whose paragraph may be untitled can, so a line that lacks a titled entry's short title is still refused.
// With z such entries, entry i ends after piece j with j - i in [-z, m - n + z], so only that band of the
// table is kept: (n + 1) x (m - n + 2z + 1) cells, bounded by DigestImporter::MaxAlignmentCells.
QStringList alignShortTitles(const QStringList &pieces, const QStringList &paragraphs)
{
    const int m = static_cast<int>(pieces.size());
    const int n = static_cast<int>(paragraphs.size());
    QVector<bool> mayTakeNone(n);
    for (int i = 0; i < n; ++i)
        mayTakeNone[i] = mayBeUntitled(paragraphs.at(i));
    const int z = static_cast<int>(mayTakeNone.count(true));
    // d = j - i + z: d - z ranges over [-z, m - n + z] (entries taking none come before or after), and the
    // alignment ends at d = m - n + z.
    const qint64 width = qint64(m) - n + 2 * qint64(z) + 1;
    const qint64 last = qint64(m) - n + z;
    if (n == 0 || last < 0 || qint64(m) > qint64(n) * MaxPiecesPerTitle ||
        (n + 1) * width > DigestImporter::MaxAlignmentCells)
        return QStringList();
    const int w = static_cast<int>(width);
    // best[i][d]: the best score with i entries over the first i + d - z pieces; from[i][d]: the run used.
    const int unset = std::numeric_limits<int>::min();
    QVector<QVector<int>> best(n + 1, QVector<int>(w, unset));
    QVector<QVector<int>> from(n + 1, QVector<int>(w, 0));
    best[0][z] = 0;
    for (int i = 1; i <= n; ++i) {
        for (int d = 0; d < w; ++d) {
            const int j = i + d - z;
            if (j < 0 || j > m)
                continue;
            QString candidate;
            const int firstRun = mayTakeNone.at(i - 1) ? 0 : 1;
            for (int run = firstRun; run <= qMin(j, MaxPiecesPerTitle) && d - run + 1 >= 0; ++run) {
                if (run > 0)
                    candidate = run == 1 ? pieces.at(j - 1) : pieces.at(j - run) + QChar(0x3001) + candidate;
                const int before = d - run + 1 < w ? best[i - 1][d - run + 1] : unset;
                if (before == unset)
                    continue;
                // Each extra piece in a run costs a little, and so does taking none: a plain `、` split wins
                // ties, and an empty piece of an older line goes to its empty paragraph.
                const int score = before + 4 * matchScore(candidate, paragraphs.at(i - 1)) - qAbs(run - 1);
                if (score > best[i][d]) {
                    best[i][d] = score;
                    from[i][d] = run;
                }
            }
        }
    }
    if (best[n][static_cast<int>(last)] == unset)
        return QStringList();
    QStringList titles;
    int j = m;
    for (int i = n; i >= 1; --i) {
        const int run = from[i][j - i + z];
        titles.prepend(pieces.mid(j - run, run).join(QChar(0x3001)));
        j -= run;
    }
    return titles;
}

const QRegularExpression &titleLineRe()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,4})\\s*(?:\\x{3001}|\\.|\\x{FF0E})\\s*\\[([^\\[\\]]{1,24})\\]\\s*(.*)$"));
    return re;
}

// A title line names its tag: `1、[ ] Title` is no title line, because its entry would export without a tag
// and no longer read back as one.
bool isTitleLine(const QString &line)
{
    const QRegularExpressionMatch m = titleLineRe().match(line);
    return m.hasMatch() && !m.captured(2).trimmed().isEmpty();
}

const QRegularExpression &legendLineRe()
{
    static const QRegularExpression re(QStringLiteral("^\\s*[A-Z][A-Za-z.]{0,12}\\s*-\\s*\\S"));
    return re;
}

const QRegularExpression &summaryLineRe()
{
    static const QRegularExpression re(QStringLiteral("^(\\s*摘要\\s*(?::|\\x{FF1A})\\s*)(.*)$"));
    return re;
}

// `[A & B] (2022)`: the bracket that closes the first one ends the affiliations, anything after it is the
// note. False when `line` is no affiliations line.
bool readAffiliations(const QString &line, DigestEntry *entry)
{
    if (!line.startsWith(QLatin1Char('[')))
        return false;
    int depth = 0;
    int close = -1;
    for (int c = 0; c < line.size(); ++c) {
        if (line.at(c) == QLatin1Char('['))
            ++depth;
        else if (line.at(c) == QLatin1Char(']') && --depth == 0) {
            close = c;
            break;
        }
    }
    if (close < 0)
        close = static_cast<int>(line.lastIndexOf(QLatin1Char(']')));
    if (close <= 0)
        return false;
    entry->setAffiliations(line.mid(1, close - 1));
    entry->setAffiliationsNote(line.mid(close + 1));
    return true;
}

// Reads one post in phases over its non-blank lines: the entries' title lines, the header, each entry, then
// the summary line's short titles. A phase that cannot place a line fills in the result's line, expected and
// found and returns false; the digest is handed out only when every phase succeeded.
class PostReader
{
public:
    explicit PostReader(const QString &input);
    DigestImporter::Result read();

private:
    bool fail(int line, const QString &expected, const QString &found = QString());
    bool findTitles();
    bool readHeader();
    bool readEntry(int k);
    bool placeShortTitles();

    QVector<Line> m_lines;
    int m_physicalLines = 0;
    QVector<int> m_titles;    // indexes into m_lines of the entries' title lines
    int m_summary = -1;       // index into m_lines of the summary line; -1: none
    QStringList m_pieces;     // the summary line split at `、`
    QStringList m_paragraphs; // each entry's Chinese paragraph
    Digest m_digest;
    DigestImporter::Result m_result;
};

PostReader::PostReader(const QString &input)
{
    // U+FEFF anywhere, not only as the byte-order mark at the start: pasted and concatenated posts carry
    // stray ones, invisible, and one starting a later line would become the exported file's first character,
    // read back as a byte-order mark (found by fuzz-digestimporter).
    QString text = input;
    text.remove(QChar(0xFEFF));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList physical = text.split(QLatin1Char('\n'));
    m_physicalLines = static_cast<int>(physical.size());

    // The non-blank lines with their numbers; U+00A0 separator lines are blank.
    m_lines.reserve(physical.size());
    for (int i = 0; i < physical.size(); ++i) {
        const QString kept = PostText::trimmedRight(physical.at(i));
        if (!kept.isEmpty())
            m_lines.append(Line{i + 1, kept});
    }
}

DigestImporter::Result PostReader::read()
{
    if (m_lines.isEmpty()) {
        fail(1, QStringLiteral("a digest post; the file is empty"));
        return m_result;
    }
    if (!findTitles() || !readHeader())
        return m_result;
    for (int k = 0; k < m_titles.size(); ++k) {
        if (!readEntry(k))
            return m_result;
    }
    if (!placeShortTitles())
        return m_result;
    m_result.ok = true;
    m_result.digest = m_digest;
    return m_result;
}

bool PostReader::fail(int line, const QString &expected, const QString &found)
{
    m_result.line = line;
    m_result.expected = expected;
    m_result.found = found;
    return false;
}

bool PostReader::findTitles()
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (isTitleLine(m_lines.at(i).text))
            m_titles.append(i);
    }
    if (!m_titles.isEmpty())
        return true;
    return fail(m_lines.first().number,
                QStringLiteral("a digest post with numbered entries like \"1、[LG] English title\"; the file "
                               "has none"),
                m_lines.first().text);
}

// The header: legend, attribution, summary line.
bool PostReader::readHeader()
{
    const int firstTitle = m_titles.first();
    for (int i = 0; i < firstTitle && m_summary < 0; ++i) {
        if (summaryLineRe().match(m_lines.at(i).text).hasMatch())
            m_summary = i;
    }
    if (m_summary >= 0 && m_summary + 1 < firstTitle)
        return fail(m_lines.at(m_summary + 1).number,
                    QStringLiteral("the first entry (\"1、[TAG] English title\") after the summary line"),
                    m_lines.at(m_summary + 1).text);
    const int headerEnd = m_summary >= 0 ? m_summary : firstTitle;
    int attributionFrom = 0;
    if (headerEnd > 0 && legendLineRe().match(m_lines.at(0).text).hasMatch()) {
        m_digest.setLegend(m_lines.at(0).text);
        attributionFrom = 1;
    }
    m_digest.setAttribution(joinLines(m_lines, attributionFrom, headerEnd));
    if (m_summary >= 0) {
        const QRegularExpressionMatch m = summaryLineRe().match(m_lines.at(m_summary).text);
        m_digest.setSummaryLabel(m.captured(1));
        m_pieces = m.captured(2).split(QChar(0x3001));
    } else {
        m_digest.setSummaryLabel(QString());
    }
    return true;
}

// Entry `k`: title line, authors, affiliations, Chinese paragraph, abstract, link; after the last one the
// footer.
bool PostReader::readEntry(int k)
{
    const int titleIndex = m_titles.at(k);
    const bool last = k + 1 == m_titles.size();
    const int bodyEnd = last ? static_cast<int>(m_lines.size()) : m_titles.at(k + 1);
    int link = titleIndex + 1;
    while (link < bodyEnd && !isLinkLine(m_lines.at(link).text))
        ++link;
    if (link == bodyEnd) {
        const bool atEnd = bodyEnd >= m_lines.size();
        return fail(atEnd ? m_physicalLines : m_lines.at(bodyEnd).number,
                    QStringLiteral("the link of entry %1 (\"https://arxiv.org/abs/...\") before this line")
                        .arg(k + 1),
                    atEnd ? QString() : m_lines.at(bodyEnd).text);
    }
    if (!last && link + 1 < bodyEnd)
        return fail(m_lines.at(link + 1).number,
                    QStringLiteral("the next entry (\"%1、[TAG] English title\") after the link of entry %2")
                        .arg(k + 2)
                        .arg(k + 1),
                    m_lines.at(link + 1).text);

    const QRegularExpressionMatch title = titleLineRe().match(m_lines.at(titleIndex).text);
    DigestEntry entry;
    entry.setTag(title.captured(2).trimmed());
    entry.setTitle(title.captured(3));
    entry.setLink(m_lines.at(link).text);
    QString id;
    int version = 0;
    if (DigestImporter::arxivIdFromLink(entry.link(), &id, &version)) {
        entry.setArxivId(id);
        entry.setVersion(version);
    }
    int i = titleIndex + 1;
    if (i < link) {
        entry.setAuthorsLine(m_lines.at(i).text);
        ++i;
    }
    if (i < link && readAffiliations(m_lines.at(i).text, &entry))
        ++i;
    // The Chinese paragraph (lines with Han characters), then the English abstract.
    int zhEnd = i;
    while (zhEnd < link && PostText::containsHan(m_lines.at(zhEnd).text))
        ++zhEnd;
    m_paragraphs.append(joinLines(m_lines, i, zhEnd));
    entry.setAbstract(joinLines(m_lines, zhEnd, link));
    entry.setStatus(zhEnd > i ? DigestEntry::Status::Reviewed : DigestEntry::Status::Draft);
    m_digest.entries().append(entry);

    if (last)
        m_digest.setFooter(joinLines(m_lines, link + 1, static_cast<int>(m_lines.size())));
    return true;
}

// The summary line's short titles, one per entry, tell where each Chinese title ends.
bool PostReader::placeShortTitles()
{
    QStringList shortTitles;
    if (m_summary >= 0) {
        shortTitles = alignShortTitles(m_pieces, m_paragraphs);
        if (shortTitles.isEmpty())
            return fail(
                m_lines.at(m_summary).number,
                QStringLiteral("one short title per entry joined by \"、\" (%1 entries, %2 short titles)")
                    .arg(m_paragraphs.size())
                    .arg(m_pieces.size()),
                m_lines.at(m_summary).text);
    }
    for (int k = 0; k < m_digest.entries().size(); ++k) {
        DigestEntry &entry = m_digest.entries()[k];
        const QString shortTitle = shortTitles.value(k);
        QString zhTitle;
        QString zhSummary;
        DigestImporter::splitChineseParagraph(m_paragraphs.at(k), shortTitle, &zhTitle, &zhSummary);
        entry.setZhTitle(zhTitle);
        entry.setZhSummary(zhSummary);
        // Stored only when it differs from the default cut, so that it follows later edits of the title.
        if (m_summary >= 0 && shortTitle != DigestEntry::defaultShortTitle(zhTitle))
            entry.setZhShortTitle(shortTitle);
    }
    return true;
}

// A control character (other than tab and line ends) is in no published post; refusing it also keeps text
// that a web editor would drop from reaching the library.
bool isControlCharacter(ushort c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

DigestImporter::Result controlCharacterFound(qsizetype lineBreaksBefore, ushort c)
{
    DigestImporter::Result r;
    r.line = static_cast<int>(lineBreaksBefore) + 1;
    r.expected = QStringLiteral("text without control characters (U+%1 found)")
                     .arg(QString::number(c, 16).rightJustified(4, QLatin1Char('0')).toUpper());
    return r;
}

} // namespace

QString DigestImporter::Result::errorMessage() const
{
    if (ok)
        return QString();
    QString message = QStringLiteral("line %1: expected %2").arg(line).arg(expected);
    if (!found.isNull())
        message += QStringLiteral(", found \"") + shown(found) + QStringLiteral("\"");
    return message;
}

bool DigestImporter::arxivIdFromLink(const QString &link, QString *id, int *version)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:https?://)?(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/"
        "((?:\\d{4}\\.\\d{4,5})|(?:[a-z][a-z\\-]*(?:\\.[A-Za-z]{2})?/\\d{7}))(?:v(\\d+))?(?:\\.pdf)?/?$"));
    if (!re.match(link).hasMatch())
        return false;
    // The shape says "a link to an arXiv paper"; the id itself is read by the one parser the rest of the
    // program uses, so that `math.GT/0309136` is `math/0309136` here as everywhere else.
    const ArxivId parsed = ArxivId::parse(link);
    if (!parsed.isValid())
        return false;
    *id = parsed.id();
    *version = parsed.version();
    return true;
}

void DigestImporter::splitChineseParagraph(const QString &paragraph, const QString &shortTitle,
                                           QString *zhTitle, QString *zhSummary)
{
    static const QString terminals = QStringLiteral("?!?!");
    // The title lies in the paragraph's first line.
    int lineEnd = static_cast<int>(paragraph.indexOf(QLatin1Char('\n')));
    if (lineEnd < 0)
        lineEnd = static_cast<int>(paragraph.size());
    const int stop = static_cast<int>(paragraph.indexOf(QChar(0x3002)));
    const int period = stop >= 0 && stop < lineEnd ? stop : -1;

    // Where a `?` or `!` may end the title: past the short title and the mark that cut it.
    int searchFrom = 0;
    bool hinted = false;
    const int hint = shortTitle.isEmpty() ? -1 : static_cast<int>(paragraph.indexOf(shortTitle));
    if (hint >= 0 && hint < lineEnd) {
        searchFrom = hint + static_cast<int>(shortTitle.size()) + 1;
        hinted = true;
    }
    int question = -1;
    const int questionLimit = period >= 0 ? period : lineEnd;
    for (int i = searchFrom; i < questionLimit; ++i) {
        if (terminals.contains(paragraph.at(i))) {
            question = i;
            break;
        }
    }
    // Without a hint, a `。` near the start wins over an earlier `?` (`多少数据?对…的研究。`).
    if (!hinted && question >= 0 && period >= 0 && period <= 80) {
        const int cut = static_cast<int>(DigestEntry::defaultShortTitle(paragraph.left(period)).size());
        if (question <= cut)
            question = -1;
    }
    if (question >= 0) {
        *zhTitle = paragraph.left(question + 1);
        *zhSummary = paragraph.mid(question + 1);
        return;
    }
    if (period >= 0) {
        QString title = paragraph.left(period);
        if (title.isEmpty() || terminals.contains(title.back())) {
            // `什么?。`: keep the 。 in the summary so that the export gives the same text back.
            *zhTitle = title;
            *zhSummary = paragraph.mid(period);
            if (title.isEmpty()) {
                zhTitle->clear();
                *zhSummary = paragraph;
            }
            return;
        }
        *zhTitle = title;
        *zhSummary = paragraph.mid(period + 1);
        return;
    }
    zhTitle->clear();
    *zhSummary = paragraph;
}

DigestImporter::Result DigestImporter::parse(const QByteArray &bytes)
{
    if (bytes.size() > MaxPostBytes) {
        Result r;
        r.line = 1;
        r.expected = QStringLiteral("a digest post of at most %1 MB (this file has %2 MB)")
                         .arg(MaxPostBytes / (1024 * 1024))
                         .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1);
        return r;
    }
    QByteArray data = bytes;
    // A UTF-16 file (Windows' "Unicode") says so by its BOM.
    const bool utf16le = data.startsWith("\xFF\xFE");
    if ((utf16le || data.startsWith("\xFE\xFF")) && data.size() % 2 == 0) {
        QString text;
        text.reserve(data.size() / 2);
        for (int i = 2; i + 1 < data.size(); i += 2) {
            const auto lo = static_cast<unsigned char>(data.at(utf16le ? i : i + 1));
            const auto hi = static_cast<unsigned char>(data.at(utf16le ? i + 1 : i));
            text += QChar(static_cast<char16_t>((hi << 8) | lo));
        }
        return parseText(text);
    }
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    // Checked on the bytes: Qt 5's QString::fromUtf8 would silently cut the text at a NUL.
    for (int i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (isControlCharacter(c))
            return controlCharacterFound(data.left(i).count('\n'), c);
    }
    const int invalid = firstInvalidUtf8(data);
    if (invalid >= 0) {
        Result r;
        r.line = static_cast<int>(data.left(invalid).count('\n')) + 1;
        r.expected = QStringLiteral("UTF-8 text (byte %1 is not UTF-8)").arg(invalid + 1);
        return r;
    }
    return parseText(QString::fromUtf8(data));
}

DigestImporter::Result DigestImporter::parseText(const QString &input)
{
    for (int i = 0; i < input.size(); ++i) {
        if (isControlCharacter(input.at(i).unicode()))
            return controlCharacterFound(input.left(i).count(QLatin1Char('\n')), input.at(i).unicode());
    }
    return PostReader(input).read();
}

} // namespace DigestStudio
