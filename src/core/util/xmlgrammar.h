// The lexical rules of XML 1.0 and of Namespaces in XML that XmlPullReader checks: characters, references,
// names and the XML declaration, each over UTF-8 bytes, saying where the first fault is.
#pragma once

#include <QLatin1String>
#include <QString>

namespace DigestStudio {

class XmlGrammar final
{
public:
    // XML 1.0's Char production: what a document may hold, raw or by reference.
    static bool isChar(uint codePoint);
    // The code point of `&#NNN;` or `&#xHHH;` (`entity` holds "#NNN" or "#xHHH"), or 0 when it is not exactly
    // that grammar: no sign, space or second "0x" (QByteArray::toUInt would accept those).
    static uint characterReference(QLatin1String entity);
    // The first byte of [p, end) that is not well-formed UTF-8 or not an XML character (a control character,
    // U+FFFE, U+FFFF); null when every byte is fine.
    static const char *firstInvalidByte(const char *p, const char *end);
    // The first reference in [begin, end) XML does not know (an unknown entity, a bad character reference, an
    // `&` without `;`): its `&`, with `message` set; null when every one is fine.
    static const char *badReference(const char *begin, const char *end, QString *message);

    // Where the UTF-8 bytes [begin, end) stop being an NCName (a name without a colon): the first byte that
    // cannot stand where it is; null when they are one. ASCII follows XML; other characters follow their
    // Unicode category as QXmlStreamReader judges them (letters begin a name; digits and marks continue one),
    // so no name QXmlStreamReader refuses is taken.
    static const char *badNcName(const char *begin, const char *end);
    // Where [begin, end) stops being a qualified name (NCName, or NCName ":" NCName); null when it is one.
    static const char *badQName(const char *begin, const char *end);

    // The XML declaration's pseudo-attributes in [p, end) (after `<?xml`, before `?>`): version 1.0, then
    // optionally encoding (UTF-8 only) and standalone, in this order. Empty when fine; else what is wrong,
    // with `at` set.
    static QString declarationError(const char *p, const char *end, const char **at);
};

} // namespace DigestStudio
