// Splits English and Chinese text into sentences so the editor can mark the sentence pair at the caret.
#pragma once

#include <QString>
#include <QVector>

namespace DigestStudio {

class SentenceAligner final
{
public:
    struct Span
    {
        int start = 0;
        int length = 0;
        int end() const { return start + length; }
        bool operator==(const Span &o) const { return start == o.start && length == o.length; }
    };

    // The sentences of `text`, without the white space between them. A sentence ends at `。！？；` (and
    // closing quotes or brackets after them), at `.` `?` `!` followed by white space, a CJK character or
    // the end, and at a line break; not at decimals (`3.5`), initials (`J. Smith`) or common abbreviations
    // (`e.g.`, `et al.`, `Fig.`, `Eq.` ...).
    static QVector<Span> sentences(const QString &text);
    // The index of the sentence holding `position` (a caret before a sentence's first character, or in the
    // white space after it, belongs to that sentence); -1 when the text has no sentence.
    static int sentenceAt(const QVector<Span> &spans, int position);
};

} // namespace DigestStudio
