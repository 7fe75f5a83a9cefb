// Text helpers shared by the exporters, the importer and the checks: the post's normalisation, script tests.
#pragma once

#include <QString>

namespace DigestStudio::PostText {

// U+00A0, the no-break space a separator line holds.
inline constexpr char16_t NoBreakSpace = 0x00A0;

// docs/format.md's round trip normalisation: trailing white space removed from every line, a line of only
// white space (U+00A0 included) made empty, runs of empty lines folded into one, exactly one final newline.
// CRLF and CR line ends become LF and a leading BOM is dropped first.
QString normalise(const QString &text);

// A Han ideograph, or CJK punctuation / full-width form (the characters that make a text "Chinese").
bool isCjk(char32_t ucs4);
bool isHan(char32_t ucs4);
// True when `text` holds at least one Han ideograph.
bool containsHan(const QString &text);
// White space including U+00A0 and the ideographic space.
bool isSpace(QChar c);
// `text` without trailing white space (U+00A0 included).
QString trimmedRight(const QString &text);
// True when the line holds nothing but white space.
bool isBlank(const QString &line);

} // namespace DigestStudio::PostText
