// Why a paper is suggested: one feature that raised its score, named in words (a term, an author, a
// category), or what the cold start went by (the feed position, a keyword).
#pragma once

#include <QString>

namespace DigestStudio {

struct SuggestionReason
{
    enum class Kind { Term, Author, Category, FeedPosition, Keyword, NotForUs };

    Kind kind = Kind::Term;
    QString text; // the term, the author's name, the category or the keyword; empty for the others

    // In English words, for digestctl: `term "graph neural"`, `author Ann Lee`, `category cs.LG`.
    QString describe() const;
};

} // namespace DigestStudio
