#include "formats/weiboexporter.h"

#include "formats/imageexporter.h"
#include "formats/posttext.h"
#include "formats/textexporter.h"

#include <QCoreApplication>

namespace DigestStudio {

namespace {

bool isUrlChar(QChar c)
{
    const ushort u = c.unicode();
    if (u >= 0x80 || u <= 0x20)
        return false;
    return !QStringLiteral("\"<>\\^`{|}").contains(c);
}

// One unbreakable piece of a line and its half-weight.
struct Token
{
    QString text;
    qint64 half = 0;
    bool space = false;
};

QVector<Token> tokenise(const QString &line, int urlWeight)
{
    QVector<Token> tokens;
    int i = 0;
    const int n = static_cast<int>(line.size());
    while (i < n) {
        const int url = WeiboExporter::urlEnd(line, i);
        int end = i + 1;
        if (url > i) {
            end = url;
        } else if (line.at(i).unicode() < 0x80 && !PostText::isSpace(line.at(i))) {
            // A run of ASCII non-space characters is a word: never cut inside it.
            while (end < n && line.at(end).unicode() < 0x80 && !PostText::isSpace(line.at(end)) &&
                   WeiboExporter::urlEnd(line, end) == end)
                ++end;
        } else if (line.at(i).isHighSurrogate() && end < n && line.at(end).isLowSurrogate()) {
            ++end;
        }
        Token t;
        t.text = line.mid(i, end - i);
        t.half = WeiboExporter::halfWeight(t.text, urlWeight);
        t.space = PostText::isSpace(line.at(i)) && end == i + 1;
        tokens.append(t);
        i = end;
    }
    return tokens;
}

struct Piece
{
    QString text;
    qint64 half = 0;
};

// Packs blocks into the texts of a thread's parts, each within `room` half units: whole blocks where they
// fit, else a block's paragraphs, else a paragraph's lines, else a line's words.
class ThreadPacker
{
public:
    ThreadPacker(const QString &join, qint64 room, int urlWeight)
        : m_join(join)
        , m_joinHalf(WeiboExporter::halfWeight(join, urlWeight))
        , m_room(room)
        , m_urlWeight(urlWeight)
    {}

    // `number`, 1-based, names the block in the warning when it has to be cut.
    void addBlock(const QString &block, int number);
    // The parts' texts; call once, after the last block.
    QStringList finish()
    {
        flush();
        return m_texts;
    }
    const QStringList &cutWarnings() const { return m_cutWarnings; }

private:
    void addParagraph(const QString &paragraph, const QString &sep, qint64 sepHalf);
    void addLine(const QString &line, const QString &sep, qint64 sepHalf);
    void add(const Piece &piece, const QString &sep, qint64 sepHalf);
    void flush();

    const QString m_join;
    const qint64 m_joinHalf;
    const qint64 m_room;
    const int m_urlWeight;
    QStringList m_texts;
    QString m_current;
    qint64 m_currentHalf = -1; // -1: empty part
    QStringList m_cutWarnings;
};

void ThreadPacker::addBlock(const QString &block, int number)
{
    const qint64 blockHalf = WeiboExporter::halfWeight(block, m_urlWeight);
    if (blockHalf <= m_room) {
        add(Piece{block, blockHalf}, m_join, m_joinHalf);
        return;
    }
    m_cutWarnings.append(
        QStringLiteral("block %1 is longer than one Weibo post and is cut between its paragraphs")
            .arg(number));
    // Between paragraphs (the blank lines), the title kept with the paragraph after it when both fit.
    QStringList paragraphs = block.split(QStringLiteral("\n\n"));
    if (paragraphs.size() >= 2) {
        const QString head = paragraphs.at(0) + QStringLiteral("\n\n") + paragraphs.at(1);
        if (WeiboExporter::halfWeight(head, m_urlWeight) <= m_room) {
            paragraphs[0] = head;
            paragraphs.removeAt(1);
        }
    }
    for (int p = 0; p < paragraphs.size(); ++p) {
        const QString sep = p == 0 ? m_join : QStringLiteral("\n\n");
        addParagraph(paragraphs.at(p), sep, p == 0 ? m_joinHalf : 2);
    }
}

void ThreadPacker::addParagraph(const QString &paragraph, const QString &sep, qint64 sepHalf)
{
    const qint64 paragraphHalf = WeiboExporter::halfWeight(paragraph, m_urlWeight);
    if (paragraphHalf <= m_room) {
        add(Piece{paragraph, paragraphHalf}, sep, sepHalf);
        return;
    }
    // A paragraph longer than a post: between its lines; a line longer than a post between words.
    const QStringList lines = paragraph.split(QLatin1Char('\n'));
    for (int l = 0; l < lines.size(); ++l)
        addLine(lines.at(l), l == 0 ? sep : QStringLiteral("\n"), l == 0 ? sepHalf : 1);
}

void ThreadPacker::addLine(const QString &line, const QString &sep, qint64 sepHalf)
{
    const qint64 lineHalf = WeiboExporter::halfWeight(line, m_urlWeight);
    if (lineHalf <= m_room) {
        add(Piece{line, lineHalf}, sep, sepHalf);
        return;
    }
    const QVector<Token> tokens = tokenise(line, m_urlWeight);
    Piece piece;
    bool firstPiece = true;
    for (const Token &token : tokens) {
        if (piece.half + token.half > m_room && !piece.text.isEmpty()) {
            add(piece, firstPiece ? sep : QString(), firstPiece ? sepHalf : 0);
            flush();
            firstPiece = false;
            piece = Piece();
            if (token.space)
                continue; // the cut eats the space
        }
        piece.text += token.text;
        piece.half += token.half;
    }
    if (!piece.text.isEmpty())
        add(piece, firstPiece ? sep : QString(), firstPiece ? sepHalf : 0);
}

void ThreadPacker::add(const Piece &piece, const QString &sep, qint64 sepHalf)
{
    if (m_currentHalf >= 0 && m_currentHalf + sepHalf + piece.half <= m_room) {
        m_current += sep + piece.text;
        m_currentHalf += sepHalf + piece.half;
        return;
    }
    flush();
    m_current = piece.text;
    m_currentHalf = piece.half;
}

void ThreadPacker::flush()
{
    if (m_currentHalf >= 0)
        m_texts.append(m_current);
    m_current.clear();
    m_currentHalf = -1;
}

// The parts with their `(k/n)` lines and weights.
QVector<WeiboPart> numberedParts(const QStringList &texts, int urlWeight)
{
    QVector<WeiboPart> parts;
    const int n = static_cast<int>(texts.size());
    for (int k = 0; k < n; ++k) {
        QString body = texts.at(k);
        // No part starts or ends with blank or U+00A0 lines.
        while (!body.isEmpty() && (PostText::isSpace(body.front())))
            body.remove(0, 1);
        body = PostText::trimmedRight(body);
        WeiboPart part;
        part.text = QStringLiteral("(%1/%2)\n").arg(k + 1).arg(n) + body;
        part.weight = WeiboExporter::weight(part.text, urlWeight);
        parts.append(part);
    }
    return parts;
}

} // namespace

QString WeiboExporter::name() const
{
    return QCoreApplication::translate("DigestStudio::FormatRegistry", "Weibo thread");
}

int WeiboExporter::urlEnd(const QString &text, int start)
{
    const QStringView rest = QStringView(text).mid(start);
    int skip = 0;
    if (rest.startsWith(QLatin1String("https://")))
        skip = 8;
    else if (rest.startsWith(QLatin1String("http://")))
        skip = 7;
    else
        return start;
    // `http://x` must follow a non-URL character to be a URL of its own.
    if (start > 0 && isUrlChar(text.at(start - 1)) && text.at(start - 1).isLetterOrNumber())
        return start;
    int end = start + skip;
    while (end < text.size() && isUrlChar(text.at(end)))
        ++end;
    // Sentence punctuation right after a URL is not part of it.
    while (end > start + skip && QStringLiteral(".,;:!?)'").contains(text.at(end - 1)))
        --end;
    return end > start + skip ? end : start;
}

qint64 WeiboExporter::halfWeight(const QString &text, int urlWeight)
{
    qint64 half = 0;
    const int n = static_cast<int>(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const ushort u = c.unicode();
        if (u == 'h') {
            const int end = urlEnd(text, i);
            if (end > i) {
                half += 2 * qint64(urlWeight);
                i = end - 1;
                continue;
            }
        }
        if (u <= 0xFF) {
            half += 1;
        } else if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            half += 4;
            ++i;
        } else {
            half += 2;
        }
    }
    return half;
}

int WeiboExporter::weight(const QString &text, int urlWeight)
{
    return static_cast<int>((halfWeight(text, urlWeight) + 1) / 2);
}

QVector<WeiboPart> WeiboExporter::split(const QStringList &blocks, const QString &join, int limit,
                                        int urlWeight, QStringList *warnings)
{
    if (blocks.isEmpty())
        return QVector<WeiboPart>();
    // The `(k/n)` line's room depends on n's digits: pack, and pack again if n outgrew the reserve.
    for (int digits = 1; digits < 7; ++digits) {
        // "(" k "/" n ")" "\n": 4 + 2 digits characters of half weight each.
        const qint64 reserve = 4 + 2 * digits;
        ThreadPacker packer(join, qMax<qint64>(2, 2 * qint64(limit) - reserve), urlWeight);
        for (int b = 0; b < blocks.size(); ++b)
            packer.addBlock(blocks.at(b), b + 1);
        const QStringList texts = packer.finish();
        if (QString::number(texts.size()).size() > digits)
            continue;
        if (warnings)
            warnings->append(packer.cutWarnings());
        return numberedParts(texts, urlWeight);
    }
    return QVector<WeiboPart>();
}

ExportResult WeiboExporter::render(const Digest &digest, const ExportOptions &options) const
{
    ExportResult result;
    result.parts = split(TextExporter::blocks(digest, options), TextExporter::blockJoin(options),
                         options.weiboLimit, options.weiboUrlWeight, &result.warnings);
    QStringList texts;
    texts.reserve(result.parts.size());
    for (const WeiboPart &part : result.parts)
        texts.append(part.text);
    result.text = texts.join(QStringLiteral("\n---\n")) + QLatin1Char('\n');
    if (options.weiboAttachImages)
        attachImages(digest, options, &result);
    return result;
}

void WeiboExporter::attachImages(const Digest &digest, const ExportOptions &options, ExportResult *result)
{
    const ExportResult images = ImageExporter().render(digest, options);
    result->warnings.append(images.warnings);
    result->images = images.images;
    if (result->parts.isEmpty())
        return;
    for (int i = 0; i < result->images.size(); ++i) {
        const int entry = result->images.at(i).firstEntry;
        int part = 0; // an image of the header alone goes with the first post
        if (entry > 0) {
            // The part holding the entry's title line begins the entry (a long entry is cut after it).
            const QString title =
                QLatin1Char('\n') + TextExporter::titleLine(digest.entries().at(entry - 1), entry).left(40);
            for (int p = 0; p < result->parts.size(); ++p) {
                if (result->parts.at(p).text.contains(title)) {
                    part = p;
                    break;
                }
            }
        }
        result->parts[part].images.append(i);
    }
    for (int p = 0; p < result->parts.size(); ++p) {
        if (result->parts.at(p).images.size() > MaxImagesPerPost)
            result->warnings.append(
                QStringLiteral("part %1 would carry %2 images; Weibo takes at most %3 a post")
                    .arg(p + 1)
                    .arg(result->parts.at(p).images.size())
                    .arg(MaxImagesPerPost));
    }
}

} // namespace DigestStudio
