#include "text/texaccents.h"

#include <QHash>
#include <QRegularExpression>

namespace DigestStudio {

namespace {

// Accent commands → the combining character each puts on the following letter.
QChar combining(QChar command)
{
    switch (command.unicode()) {
    case '"':
        return QChar(0x0308);
    case '\'':
        return QChar(0x0301);
    case '`':
        return QChar(0x0300);
    case '^':
        return QChar(0x0302);
    case '~':
        return QChar(0x0303);
    case '=':
        return QChar(0x0304);
    case '.':
        return QChar(0x0307);
    case 'u':
        return QChar(0x0306);
    case 'v':
        return QChar(0x030C);
    case 'H':
        return QChar(0x030B);
    case 'c':
        return QChar(0x0327);
    case 'k':
        return QChar(0x0328);
    case 'r':
        return QChar(0x030A);
    case 'd':
        return QChar(0x0323);
    case 'b':
        return QChar(0x0331);
    default:
        return QChar();
    }
}

// Letter commands (`\ss`, `\o`, …) → their letter; `\i` and `\j` are the dotless letters an accent sits on.
const QHash<QString, QString> &letters()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("ss"), QStringLiteral("ß")}, {QStringLiteral("o"), QStringLiteral("ø")},
        {QStringLiteral("O"), QStringLiteral("Ø")},  {QStringLiteral("ae"), QStringLiteral("æ")},
        {QStringLiteral("AE"), QStringLiteral("Æ")}, {QStringLiteral("oe"), QStringLiteral("œ")},
        {QStringLiteral("OE"), QStringLiteral("Œ")}, {QStringLiteral("aa"), QStringLiteral("å")},
        {QStringLiteral("AA"), QStringLiteral("Å")}, {QStringLiteral("l"), QStringLiteral("ł")},
        {QStringLiteral("L"), QStringLiteral("Ł")},  {QStringLiteral("i"), QStringLiteral("ı")},
        {QStringLiteral("j"), QStringLiteral("ȷ")},  {QStringLiteral("&"), QStringLiteral("&")},
    };
    return table;
}

bool isSymbolAccent(QChar c)
{
    return QStringLiteral("\"'`^~=.").contains(c);
}

// The letter an accent at `i` applies to (`u`, `{u}`, `{\i}`, ` u` after a letter command), and where the
// text goes on; empty when there is none (the command is kept as written).
QString accentArgument(const QString &text, int *i, bool letterCommand)
{
    int at = *i;
    if (letterCommand) {
        if (at < text.size() && text.at(at) != QLatin1Char('{') && text.at(at) != QLatin1Char(' '))
            return QString(); // `\url`, `\var`: another command, not `\u` or `\v`
        while (at < text.size() && text.at(at) == QLatin1Char(' '))
            ++at;
    }
    if (at >= text.size())
        return QString();
    if (text.at(at) == QLatin1Char('{')) {
        const int close = text.indexOf(QLatin1Char('}'), at + 1);
        if (close < 0 || close - at > 3)
            return QString();
        QString inner = text.mid(at + 1, close - at - 1);
        if (inner == QLatin1String("\\i") || inner == QLatin1String("\\j"))
            inner = inner.mid(1);
        if (inner.size() != 1 || !inner.at(0).isLetter())
            return QString();
        *i = close + 1;
        return inner;
    }
    if (text.at(at) == QLatin1Char('\\') && at + 1 < text.size() &&
        (text.at(at + 1) == QLatin1Char('i') || text.at(at + 1) == QLatin1Char('j')) &&
        (at + 2 >= text.size() || !text.at(at + 2).isLetter())) {
        // As in TeX, the space that ends the control word `\i` is not text.
        *i = at + 2 < text.size() && text.at(at + 2) == QLatin1Char(' ') ? at + 3 : at + 2;
        return text.mid(at + 1, 1);
    }
    if (!text.at(at).isLetter())
        return QString();
    *i = at + 1;
    return text.mid(at, 1);
}

// `{ü}`, `T{\"u}bingen`: the braces around a decoded letter only kept TeX from kerning. Braces that hold
// plain ASCII, or the argument of a command (`\textbf{ü}`), stay.
QString withoutAccentBraces(const QString &text)
{
    static const QRegularExpression braced(QStringLiteral("\\{([\\p{L}\\p{M}]+)\\}"));
    QString out;
    int from = 0;
    QRegularExpressionMatchIterator it = braced.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString inner = m.captured(1);
        bool decoded = false;
        for (const QChar c : inner)
            decoded = decoded || c.unicode() > 0x7F;
        int before = static_cast<int>(m.capturedStart()) - 1;
        while (before >= 0 && text.at(before).isLetter())
            --before;
        const bool argument = before >= 0 && text.at(before) == QLatin1Char('\\');
        out += text.mid(from, m.capturedStart() - from);
        out += decoded && !argument ? inner : m.captured(0);
        from = static_cast<int>(m.capturedEnd());
    }
    out += text.mid(from);
    return out;
}

} // namespace

QString TexAccents::decode(const QString &text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    QString out;
    out.reserve(text.size());
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += c;
            ++i;
            continue;
        }
        const QChar command = text.at(i + 1);
        if (isSymbolAccent(command) || (combining(command) != QChar() && command.isLetter())) {
            int next = i + 2;
            const QString letter = accentArgument(text, &next, command.isLetter());
            if (!letter.isEmpty()) {
                out += letter + combining(command);
                i = next;
                continue;
            }
        }
        int end = i + 1;
        while (end < text.size() && text.at(end).isLetter())
            ++end;
        if (end == i + 1 && end < text.size())
            ++end; // a one-symbol command such as `\&`
        const auto letter = letters().constFind(text.mid(i + 1, end - i - 1));
        if (letter != letters().constEnd()) {
            out += *letter;
            // The space or empty group that ends a letter command is not text.
            if (text.mid(end, 2) == QLatin1String("{}"))
                end += 2;
            else if (end < text.size() && text.at(end) == QLatin1Char(' ') && text.at(end - 1).isLetter())
                ++end;
            i = end;
            continue;
        }
        out += c;
        ++i;
    }
    return withoutAccentBraces(out).normalized(QString::NormalizationForm_C);
}

} // namespace DigestStudio
