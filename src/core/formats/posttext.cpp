#include "formats/posttext.h"

#include <QStringList>

namespace DigestStudio::PostText {

bool isSpace(QChar c)
{
    return c.isSpace() || c.unicode() == NoBreakSpace || c.unicode() == 0x3000 || c.unicode() == 0xFEFF;
}

QString trimmedRight(const QString &text)
{
    int end = static_cast<int>(text.size());
    while (end > 0 && isSpace(text.at(end - 1)))
        --end;
    return text.left(end);
}

bool isBlank(const QString &line)
{
    for (const QChar c : line) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

QString normalise(const QString &text)
{
    QString unified = text;
    if (unified.startsWith(QChar(0xFEFF)))
        unified.remove(0, 1);
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    unified.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = unified.split(QLatin1Char('\n'));
    QString out;
    out.reserve(unified.size());
    bool lastEmpty = false;
    for (const QString &line : lines) {
        const QString kept = trimmedRight(line);
        if (kept.isEmpty()) {
            if (!lastEmpty)
                out += QLatin1Char('\n');
            lastEmpty = true;
            continue;
        }
        out += kept;
        out += QLatin1Char('\n');
        lastEmpty = false;
    }
    // A fold may have left one empty line at the end: the file ends in exactly one newline.
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3134F);
}

bool isCjk(char32_t c)
{
    return isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ||
           (c >= 0x3040 && c <= 0x30FF) || c == 0x201C || c == 0x201D;
}

bool containsHan(const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (isHan(QChar::surrogateToUcs4(c, text.at(i + 1))))
                return true;
            ++i;
        } else if (isHan(c.unicode())) {
            return true;
        }
    }
    return false;
}

} // namespace DigestStudio::PostText
