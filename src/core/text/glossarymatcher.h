// Finds the glossary's English terms in a text: case-insensitive, whole words, the longest term first.
// The one rule for where a term stands, shared by the editor's marks and the glossary check.
#pragma once

#include "model/glossaryterm.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace DigestStudio {

class GlossaryMatcher final
{
public:
    struct Match
    {
        int start = 0;
        int length = 0;
        int term = 0; // index into terms()
        bool operator==(const Match &o) const
        {
            return start == o.start && length == o.length && term == o.term;
        }
    };

    GlossaryMatcher() = default;
    explicit GlossaryMatcher(const QVector<GlossaryTerm> &terms);

    const QVector<GlossaryTerm> &terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }

    // Non-overlapping occurrences from left to right; where terms overlap at one place the longest wins.
    // A term also matches its plural (`-s`, `-es`). Each match covers whole words only: word characters are
    // letters, digits and `_`, CJK characters excluded, so a hyphen or a Chinese character ends a word
    // (`attention` stands in `attention-based` and in `用attention机制`, not in `retransformer`).
    QVector<Match> matches(const QString &text) const;
    // Same, within text.mid(from, length), positions relative to `text`.
    QVector<Match> matches(const QString &text, int from, int length) const;

private:
    QVector<GlossaryTerm> m_terms;
    // Lower-cased first word → term indices, longest term first.
    QHash<QString, QVector<int>> m_byFirstWord;
};

} // namespace DigestStudio
