// Finds the author block on a PDF's first page (the lines between the title and the abstract) and the
// institutions it names: the fallback for a paper whose HTML is missing or lost its affiliations.
#pragma once

#include "fulltext/fulltext.h"
#include "fulltext/pdftextline.h"

#include <QStringList>

namespace DigestStudio {

class AuthorBlockExtractor final
{
public:
    enum class Error { None, NoText, NoAuthorBlock };

    struct Result
    {
        Error error = Error::None;
        QString title;
        // The block's lines in reading order (an author grid's columns one after the other, a line broken
        // inside an affiliation joined again, lines of marks alone dropped), then the page's footnotes.
        QStringList lines;
        bool ok() const { return error == Error::None; }
    };

    // From a page's placed lines: the title is the largest type in the page's upper half.
    static Result extract(const QVector<PdfTextLine> &lines);
    // From plain text (no places known): the title is the first line.
    static Result extract(const QString &text);

    // The block as the paper's full text: the lines that name an institution, tied to no author.
    static FullText fullText(const Result &block);
};

} // namespace DigestStudio
