// Reads a paper's LaTeXML page (arXiv's HTML: https://arxiv.org/html/<id>) into its title, authors with their
// affiliations as written, and figures: a pure function over the page's bytes, bounded by FullTextLimits.
#pragma once

#include "fulltext/fulltext.h"

#include <QByteArray>

namespace DigestStudio {

class LatexmlReader final
{
public:
    enum class Error {
        None,
        TooLarge,   // over FullTextLimits::MaxHtmlBytes: refused before reading
        NotLatexml, // no LaTeXML document in the page (an error page, another site's HTML)
        NoAuthors,  // a LaTeXML page with no author block
        TooDeep,    // elements nested past FullTextLimits::MaxNesting (at `offset`)
        TooComplex, // more than FullTextLimits::MaxKeptNodes pieces in the author block and figures
    };

    struct Result
    {
        FullText fullText; // filled as far as read; authors may be empty (NoAuthors) while figures are not
        Error error = Error::None;
        qint64 offset = 0; // where the page went wrong, in bytes (TooDeep, TooComplex)
        bool ok() const { return error == Error::None; }
    };

    static Result read(const QByteArray &html);
};

} // namespace DigestStudio
