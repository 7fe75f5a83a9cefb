// Merges two edits of one text made from the same earlier text when they touch different sentences: the offer
// in the conflict dialog when two people saved the same field.
#pragma once

#include <QString>
#include <QStringList>

namespace DigestStudio {

class SentenceMerge final
{
public:
    // Texts longer than this many sentences are not merged (the matching is quadratic).
    static constexpr int MaxSentences = 400;

    // The text with both `mine`'s and `theirs`'s changes to `base`, sentence by sentence (sentences as
    // SentenceAligner cuts them, each with the white space after it). False, and `merged` untouched, when
    // both changed the same sentence differently, or both added different sentences at the same place, or
    // a text is too long. Changes in neighbouring sentences merge; the same change made on both sides is
    // taken once.
    static bool merge(const QString &base, const QString &mine, const QString &theirs, QString *merged);

    // `text` cut into its sentences, each with the white space that follows it (the first with the white
    // space before it): joined, they give `text` back exactly.
    static QStringList pieces(const QString &text);
};

} // namespace DigestStudio
