// Reads LaTeXML's author block (div.ltx_authors) into authors and their affiliations as written: affiliation
// contacts (acmart, revtex, IEEEtran, authblk), address lines after the name (`\\`), several authors in one
// block (`\and`, NeurIPS' `\And`), superscript marks tying names to affiliation lines, `\thanks` notes and
// llncs' institute notes.
#pragma once

#include "fulltext/fulltext.h"
#include "fulltext/latexmltree.h"

namespace DigestStudio {

class LatexmlAuthors final
{
public:
    struct Result
    {
        QVector<FullText::Author> authors;
        QStringList otherAffiliations;
    };

    // `authorBlock`: the div.ltx_authors node; `instituteNotes`: llncs' span.ltx_role_institutetext nodes.
    static Result read(const LatexmlTree &tree, int authorBlock, const QVector<int> &instituteNotes);

    // A note's sentences (`Equal contribution.MIT CSAIL, Cambridge, MA` → two), abbreviations kept whole.
    static QStringList sentences(const QString &text);
};

} // namespace DigestStudio
