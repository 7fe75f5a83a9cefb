#include "util/xmlgrammar.h"

#include <QByteArray>
#include <QChar>

#include <cstring>

namespace DigestStudio {

namespace {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// The code point of the UTF-8 sequence at `p` (well-formed: XmlPullReader checked the document) and its
// length.
uint decodeUtf8(const unsigned char *p, const unsigned char *end, int *length)
{
    const unsigned char c = *p;
    const int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    uint cp = n == 3 ? c & 0x07 : n == 2 ? c & 0x0F : n == 1 ? c & 0x1F : c;
    for (int i = 1; i <= n && p + i < end; ++i)
        cp = (cp << 6) | (p[i] & 0x3F);
    *length = n + 1;
    return cp;
}

// A name character outside ASCII, judged by its category as QXmlStreamReader does: letters (and letter
// numbers) begin a name, digits and marks may follow. It sees UTF-16, so a character past U+FFFF (two
// surrogates) is no name character to it.
bool isNameCodePoint(uint cp, bool first)
{
    if (cp > 0xFFFF)
        return false;
    const QChar::Category category = QChar::category(cp);
    if ((category >= QChar::Letter_Uppercase && category <= QChar::Letter_Other) ||
        category == QChar::Number_Letter)
        return true;
    return !first && ((category >= QChar::Number_DecimalDigit && category <= QChar::Number_Other) ||
                      (category >= QChar::Mark_NonSpacing && category <= QChar::Mark_Enclosing));
}

} // namespace

bool XmlGrammar::isChar(uint cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

uint XmlGrammar::characterReference(QLatin1String entity)
{
    const bool hex = entity.size() > 1 && entity.at(1) == QLatin1Char('x');
    const int first = hex ? 2 : 1;
    if (entity.size() <= first || entity.size() - first > 8)
        return 0;
    uint cp = 0;
    for (int i = first; i < entity.size(); ++i) {
        const char c = entity.at(i).toLatin1();
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return 0;
        cp = cp * (hex ? 16 : 10) + uint(digit);
    }
    return cp;
}

const char *XmlGrammar::firstInvalidByte(const char *p, const char *end)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    const auto *e = reinterpret_cast<const unsigned char *>(end);
    while (u < e) {
        // Eight ASCII bytes at a time, none a control character: the common case of a feed.
        if (e - u >= 8) {
            quint64 w;
            std::memcpy(&w, u, 8);
            const quint64 high = w & 0x8080808080808080ull;
            const quint64 below20 = (w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull;
            if ((high | below20) == 0) {
                u += 8;
                continue;
            }
        }
        const unsigned char c = *u;
        if (c < 0x80) {
            if (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD)
                return reinterpret_cast<const char *>(u);
            ++u;
            continue;
        }
        int n = 0;
        uint cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return reinterpret_cast<const char *>(u);
        }
        if (e - u <= n)
            return reinterpret_cast<const char *>(u);
        for (int i = 1; i <= n; ++i) {
            if ((u[i] & 0xC0) != 0x80)
                return reinterpret_cast<const char *>(u);
            cp = (cp << 6) | (u[i] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        const bool overlong = (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || !isChar(cp))
            return reinterpret_cast<const char *>(u);
        u += n + 1;
    }
    return nullptr;
}

const char *XmlGrammar::badReference(const char *begin, const char *end, QString *message)
{
    for (const char *c = static_cast<const char *>(std::memchr(begin, '&', size_t(end - begin))); c;
         c = static_cast<const char *>(std::memchr(c, '&', size_t(end - c)))) {
        const char *semi = static_cast<const char *>(std::memchr(c, ';', size_t(end - c)));
        if (!semi) {
            *message = QStringLiteral("an entity reference has no ';'");
            return c;
        }
        const QLatin1String entity(c + 1, int(semi - c - 1));
        const bool known = entity == QLatin1String("amp") || entity == QLatin1String("lt") ||
                           entity == QLatin1String("gt") || entity == QLatin1String("quot") ||
                           entity == QLatin1String("apos");
        if (!known && !entity.startsWith(QLatin1Char('#'))) {
            *message =
                QStringLiteral("unknown entity &%1;").arg(QString::fromUtf8(entity.data(), entity.size()));
            return c;
        }
        if (!known && !isChar(characterReference(entity))) {
            *message = QStringLiteral("invalid character reference &%1;").arg(QString(entity));
            return c;
        }
        c = semi + 1;
    }
    return nullptr;
}

const char *XmlGrammar::badNcName(const char *begin, const char *end)
{
    const auto *u = reinterpret_cast<const unsigned char *>(begin);
    const auto *e = reinterpret_cast<const unsigned char *>(end);
    if (u == e)
        return begin;
    for (const unsigned char *at = u; at < e;) {
        const bool first = at == u;
        const unsigned char c = *at;
        if (c < 0x80) {
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && (first || !((c >= '0' && c <= '9') || c == '-' || c == '.')))
                return reinterpret_cast<const char *>(at);
            ++at;
            continue;
        }
        int length = 1;
        if (!isNameCodePoint(decodeUtf8(at, e, &length), first))
            return reinterpret_cast<const char *>(at);
        at += length;
    }
    return nullptr;
}

const char *XmlGrammar::badQName(const char *begin, const char *end)
{
    const char *colon = static_cast<const char *>(std::memchr(begin, ':', size_t(end - begin)));
    if (!colon)
        return badNcName(begin, end);
    if (const char *bad = badNcName(begin, colon))
        return bad;
    return badNcName(colon + 1, end);
}

QString XmlGrammar::declarationError(const char *p, const char *end, const char **at)
{
    // XML 1.0, section 2.8: version, then optionally encoding and standalone, in this order, each after white
    // space, as name = 'value'.
    static const char *const names[] = {"version", "encoding", "standalone"};
    const QString malformed = QStringLiteral("a malformed XML declaration");
    int next = 0;
    for (;;) {
        const char *space = p;
        while (p < end && isSpace(*p))
            ++p;
        *at = p;
        if (p == end)
            break;
        const char *name = p;
        while (p < end && *p != '=' && !isSpace(*p))
            ++p;
        int which = next;
        while (which < 3 && QLatin1String(name, int(p - name)) != QLatin1String(names[which]))
            ++which;
        if (p == space || which == 3 || (next == 0 && which != 0))
            return malformed;
        while (p < end && isSpace(*p))
            ++p;
        *at = p;
        if (p == end || *p != '=')
            return malformed;
        ++p;
        while (p < end && isSpace(*p))
            ++p;
        *at = p;
        const char *close = p < end && (*p == '"' || *p == '\'')
                                ? static_cast<const char *>(std::memchr(p + 1, *p, size_t(end - p - 1)))
                                : nullptr;
        if (!close)
            return malformed;
        const QByteArray value(p + 1, int(close - p - 1));
        if (which == 0 && value != "1.0")
            return QStringLiteral("XML version %1 is not read (only 1.0)").arg(QString::fromUtf8(value));
        if (which == 1 && value.toLower() != "utf-8")
            return QStringLiteral("only UTF-8 documents are read");
        if (which == 2 && value != "yes" && value != "no")
            return malformed;
        next = which + 1;
        p = close + 1;
    }
    return next == 0 ? QStringLiteral("an XML declaration without a version") : QString();
}

} // namespace DigestStudio
