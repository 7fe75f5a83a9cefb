#include "drafting/mathmasker.h"

#include <QCoreApplication>

namespace DigestStudio {

namespace {

const QChar openMark(0x27E6);  // ⟦
const QChar closeMark(0x27E7); // ⟧

bool isLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// The end of a `{…}` group opening at `i`, or -1 when it does not close.
int groupEnd(const QString &text, int i)
{
    int depth = 0;
    for (int j = i; j < text.size(); ++j) {
        const QChar c = text.at(j);
        if (c == QLatin1Char('\\')) {
            ++j;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}')) {
            if (--depth == 0)
                return j + 1;
        }
    }
    return -1;
}

// Where `closing` ends after `from`, skipping escaped characters; -1 when it does not occur.
int closingEnd(const QString &text, int from, const QString &closing)
{
    for (int j = from; j + closing.size() <= text.size(); ++j) {
        if (text.at(j) == QLatin1Char('\\') && closing.at(0) != QLatin1Char('\\')) {
            ++j;
            continue;
        }
        if (QStringView(text).mid(j, closing.size()) == closing)
            return j + closing.size();
    }
    return -1;
}

// The end of the math span starting at `i`, or -1 when none starts there.
int spanEnd(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c == openMark)
        return i + 1;
    const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
    if (c == QLatin1Char('$')) {
        if (next == QLatin1Char('$'))
            return i + 2 < text.size() ? closingEnd(text, i + 2, QStringLiteral("$$")) : -1;
        return i + 1 < text.size() ? closingEnd(text, i + 1, QStringLiteral("$")) : -1;
    }
    if (c != QLatin1Char('\\'))
        return -1;
    if (next == QLatin1Char('('))
        return closingEnd(text, i + 2, QStringLiteral("\\)"));
    if (next == QLatin1Char('['))
        return closingEnd(text, i + 2, QStringLiteral("\\]"));
    if (!isLetter(next))
        return -1;
    // A command with its argument groups: `\mathcal{O}`, `\frac{a}{b}`, `\alpha`.
    int j = i + 1;
    while (j < text.size() && isLetter(text.at(j)))
        ++j;
    while (j < text.size() && text.at(j) == QLatin1Char('{')) {
        const int end = groupEnd(text, j);
        if (end < 0)
            break;
        j = end;
    }
    return j;
}

} // namespace

QString MathMasker::placeholder(int index)
{
    return openMark + QLatin1Char('M') + QString::number(index + 1) + closeMark;
}

QString MathMasker::mask(const QString &text)
{
    QString masked;
    masked.reserve(text.size());
    int i = 0;
    while (i < text.size()) {
        const int end = spanEnd(text, i);
        if (end <= i) {
            masked += text.at(i++);
            continue;
        }
        // The same formula again is the same placeholder: a summary may name it once.
        const QString span = text.mid(i, end - i);
        int index = static_cast<int>(m_spans.indexOf(span));
        if (index < 0) {
            index = static_cast<int>(m_spans.size());
            m_spans.append(span);
        }
        masked += placeholder(index);
        i = end;
    }
    return masked;
}

bool MathMasker::unmask(const QString &text, QString *restored, QString *error, QSet<int> *used) const
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) != openMark) {
            out += text.at(i);
            continue;
        }
        int j = i + 1;
        bool ok = j < text.size() && text.at(j) == QLatin1Char('M');
        int number = 0;
        for (++j; ok && j < text.size() && text.at(j).isDigit() && number < 1000000; ++j)
            number = number * 10 + text.at(j).digitValue();
        ok = ok && j < text.size() && text.at(j) == closeMark && number >= 1 && number <= m_spans.size();
        if (!ok) {
            *error = QCoreApplication::translate("DigestStudio::MathMasker",
                                                 "The draft changed a math placeholder: \"%1\".")
                         .arg(text.mid(i, 8));
            return false;
        }
        out += m_spans.at(number - 1);
        if (used)
            used->insert(number - 1);
        i = j;
    }
    *restored = out;
    return true;
}

bool MathMasker::restoreAll(const QString &text, int first, int last, QString *restored, QString *error) const
{
    QSet<int> used;
    if (!unmask(text, restored, error, &used))
        return false;
    for (int index = first; index < last; ++index) {
        if (!used.contains(index)) {
            *error =
                QCoreApplication::translate("DigestStudio::MathMasker", "The draft lost the math \"%1\".")
                    .arg(m_spans.at(index));
            return false;
        }
    }
    return true;
}

} // namespace DigestStudio
