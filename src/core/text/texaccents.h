// TeX's accents and special letters in names and affiliations as arXiv's metadata may carry them
// (`T\"ubingen`, `{\'E}cole`, `\v{C}apek`, `Stra\ss e`) turned into the Unicode letters they stand for. Only
// these: math and other commands stay as written, so titles and abstracts are never passed here.
#pragma once

#include <QString>

namespace DigestStudio {

class TexAccents final
{
public:
    // The text with every accent command on a letter and every special-letter command replaced, braces that
    // held only letters dropped, and the result in Unicode NFC. Text without a backslash comes back as it is.
    static QString decode(const QString &text);
};

} // namespace DigestStudio
