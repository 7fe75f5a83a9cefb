#include "text/glossarymatcher.h"

#include <algorithm>

namespace DigestStudio {

namespace {

// Latin-script word characters; CJK characters border an English term like spaces do (`用attention机制`).
bool isWordChar(QChar c)
{
    const ushort u = c.unicode();
    if ((u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF))
        return false;
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The end of the word starting at `i` (letters, digits and underscores).
int wordEnd(const QString &text, int i, int limit)
{
    while (i < limit && isWordChar(text.at(i)))
        ++i;
    return i;
}

} // namespace

GlossaryMatcher::GlossaryMatcher(const QVector<GlossaryTerm> &terms)
    : m_terms(terms)
{
    for (int t = 0; t < m_terms.size(); ++t) {
        const QString english = m_terms.at(t).english().trimmed();
        if (english.isEmpty() || !isWordChar(english.at(0)))
            continue;
        const QString first = english.left(wordEnd(english, 0, static_cast<int>(english.size()))).toLower();
        m_byFirstWord[first].append(t);
    }
    for (auto it = m_byFirstWord.begin(); it != m_byFirstWord.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [this](int a, int b) {
            return m_terms.at(a).english().trimmed().size() > m_terms.at(b).english().trimmed().size();
        });
    }
}

QVector<GlossaryMatcher::Match> GlossaryMatcher::matches(const QString &text) const
{
    return matches(text, 0, static_cast<int>(text.size()));
}

QVector<GlossaryMatcher::Match> GlossaryMatcher::matches(const QString &text, int from, int length) const
{
    QVector<Match> found;
    if (m_byFirstWord.isEmpty())
        return found;
    const int limit = qMin(static_cast<int>(text.size()), from + length);
    int i = from;
    QString word;
    while (i < limit) {
        if (!isWordChar(text.at(i)) || (i > 0 && isWordChar(text.at(i - 1)))) {
            ++i;
            continue;
        }
        const int end = wordEnd(text, i, limit);
        word = text.mid(i, end - i).toLower();
        auto it = m_byFirstWord.constFind(word);
        // The first word may itself be a plural of a one-word term.
        if (it == m_byFirstWord.constEnd() && word.endsWith(QLatin1Char('s'))) {
            it = m_byFirstWord.constFind(word.left(word.size() - 1));
            if (it == m_byFirstWord.constEnd() && word.endsWith(QLatin1String("es")))
                it = m_byFirstWord.constFind(word.left(word.size() - 2));
        }
        bool matched = false;
        if (it != m_byFirstWord.constEnd()) {
            for (int t : it.value()) {
                const QString term = m_terms.at(t).english().trimmed();
                const int termLength = static_cast<int>(term.size());
                if (i + termLength > limit)
                    continue;
                if (QStringView(text).mid(i, termLength).compare(term, Qt::CaseInsensitive) != 0)
                    continue;
                int matchEnd = i + termLength;
                // Plural endings, then a word boundary.
                if (matchEnd < limit && isWordChar(text.at(matchEnd))) {
                    const QStringView rest =
                        QStringView(text).mid(matchEnd, wordEnd(text, matchEnd, limit) - matchEnd);
                    if (rest.compare(QLatin1String("s"), Qt::CaseInsensitive) == 0 ||
                        rest.compare(QLatin1String("es"), Qt::CaseInsensitive) == 0)
                        matchEnd += static_cast<int>(rest.size());
                    else
                        continue;
                }
                found.append(Match{i, matchEnd - i, t});
                i = matchEnd;
                matched = true;
                break;
            }
        }
        if (!matched)
            i = end;
    }
    return found;
}

} // namespace DigestStudio
