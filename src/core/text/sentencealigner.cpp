#include "text/sentencealigner.h"

#include <QSet>

namespace DigestStudio {

namespace {

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0x3000 && u <= 0x303F) ||
           (u >= 0xFF00 && u <= 0xFFEF);
}

bool isCloser(QChar c)
{
    static const QString closers = QStringLiteral("\"')]}\u2019\u201D\u300D\u300F\u3011\uFF09\u300B");
    return closers.contains(c);
}

bool isFullWidthStop(QChar c)
{
    return c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F) || c == QChar(0xFF1B);
}

// Lower-case words that end in a dot without ending the sentence.
const QSet<QString> &abbreviations()
{
    static const QSet<QString> words = {
        QStringLiteral("e.g"),  QStringLiteral("i.e"),  QStringLiteral("al"),     QStringLiteral("fig"),
        QStringLiteral("figs"), QStringLiteral("eq"),   QStringLiteral("eqs"),    QStringLiteral("sec"),
        QStringLiteral("cf"),   QStringLiteral("vs"),   QStringLiteral("approx"), QStringLiteral("resp"),
        QStringLiteral("ref"),  QStringLiteral("refs"), QStringLiteral("no"),     QStringLiteral("dr"),
        QStringLiteral("mr"),   QStringLiteral("ms"),   QStringLiteral("prof"),   QStringLiteral("tab"),
        QStringLiteral("viz"),  QStringLiteral("ca"),   QStringLiteral("appx"),   QStringLiteral("thm"),
        QStringLiteral("lem"),  QStringLiteral("def"),  QStringLiteral("st"),
    };
    return words;
}

// Whether the `.` at `dot` ends a word that is an abbreviation or an initial.
bool dotIsAbbreviation(const QString &text, int dot)
{
    int start = dot;
    // Words like `e.g` and `i.e` contain dots themselves.
    while (start > 0 && (text.at(start - 1).isLetter() || (text.at(start - 1) == QLatin1Char('.') &&
                                                           start - 2 >= 0 && text.at(start - 2).isLetter())))
        --start;
    const QString word = text.mid(start, dot - start);
    if (word.isEmpty())
        return false;
    // A single capital is an initial (`J. Smith`); a single lower-case letter too (`i.e.` written `i. e.`).
    if (word.size() == 1)
        return true;
    return abbreviations().contains(word.toLower());
}

} // namespace

QVector<SentenceAligner::Span> SentenceAligner::sentences(const QString &text)
{
    QVector<Span> spans;
    const int n = static_cast<int>(text.size());
    int i = 0;
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const int start = i;
        int end = n; // exclusive
        while (i < n) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n') || c == QChar::ParagraphSeparator || c == QChar::LineSeparator) {
                end = i;
                break;
            }
            if (isFullWidthStop(c)) {
                ++i;
                while (i < n && isCloser(text.at(i)))
                    ++i;
                end = i;
                break;
            }
            if (c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!')) {
                int j = i + 1;
                // `...` and `?!` stay with the sentence.
                while (j < n && (text.at(j) == QLatin1Char('.') || text.at(j) == QLatin1Char('?') ||
                                 text.at(j) == QLatin1Char('!')))
                    ++j;
                while (j < n && isCloser(text.at(j)))
                    ++j;
                const bool atBoundary = j >= n || text.at(j).isSpace() || isCjk(text.at(j));
                const bool abbreviation = c == QLatin1Char('.') && j == i + 1 && dotIsAbbreviation(text, i);
                if (atBoundary && !abbreviation) {
                    i = j;
                    end = j;
                    break;
                }
                i = j;
                continue;
            }
            ++i;
        }
        if (i >= n && end == n)
            end = n;
        int trimmed = end;
        while (trimmed > start && text.at(trimmed - 1).isSpace())
            --trimmed;
        if (trimmed > start)
            spans.append(Span{start, trimmed - start});
        i = qMax(i, end);
    }
    return spans;
}

int SentenceAligner::sentenceAt(const QVector<Span> &spans, int position)
{
    if (spans.isEmpty())
        return -1;
    int found = 0;
    for (int k = 0; k < spans.size(); ++k) {
        if (spans.at(k).start <= position)
            found = k;
        else
            break;
    }
    return found;
}

} // namespace DigestStudio
