#include "fulltext/htmltokenizer.h"

#include "fulltext/fulltextlimits.h"

#include <QHash>

#include <cstring>

namespace DigestStudio {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// The named character references a LaTeXML page or a hand-made one may hold: the XML five, Latin-1 and the
// typographic ones. Others are left as written.
const QHash<QByteArray, char32_t> &namedReferences()
{
    static const QHash<QByteArray, char32_t> table = [] {
        QHash<QByteArray, char32_t> t;
        const char *latin1 = // U+00A0 .. U+00FF in order
            "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn "
            "sup2 "
            "sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute "
            "Acirc "
            "Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde "
            "Ograve "
            "Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute "
            "acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth "
            "ntilde "
            "ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
        char32_t code = 0xA0;
        for (const QByteArray &name : QByteArray(latin1).split(' '))
            t.insert(name, code++);
        const struct
        {
            const char *name;
            char32_t code;
        } others[] = {{"amp", '&'},       {"lt", '<'},        {"gt", '>'},         {"quot", '"'},
                      {"apos", '\''},     {"ndash", 0x2013},  {"mdash", 0x2014},   {"lsquo", 0x2018},
                      {"rsquo", 0x2019},  {"ldquo", 0x201C},  {"rdquo", 0x201D},   {"bull", 0x2022},
                      {"hellip", 0x2026}, {"dagger", 0x2020}, {"Dagger", 0x2021},  {"prime", 0x2032},
                      {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009},  {"zwj", 0x200D},
                      {"zwnj", 0x200C},   {"minus", 0x2212},  {"lowast", 0x2217},  {"star", 0x2606},
                      {"oelig", 0x0153},  {"OElig", 0x0152},  {"scaron", 0x0161},  {"Scaron", 0x0160},
                      {"trade", 0x2122},  {"euro", 0x20AC},   {"alpha", 0x03B1},   {"beta", 0x03B2},
                      {"gamma", 0x03B3},  {"delta", 0x03B4},  {"epsilon", 0x03B5}, {"lambda", 0x03BB},
                      {"mu", 0x03BC},     {"pi", 0x03C0},     {"sigma", 0x03C3},   {"le", 0x2264},
                      {"ge", 0x2265},     {"ne", 0x2260},     {"infin", 0x221E}};
        for (const auto &other : others)
            t.insert(other.name, other.code);
        return t;
    }();
    return table;
}

void appendCodePoint(QString *out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    if (code >= 0x10000) {
        out->append(QChar::highSurrogate(code));
        out->append(QChar::lowSurrogate(code));
    } else {
        out->append(QChar(static_cast<char16_t>(code)));
    }
}

int digitValue(QChar c, bool hex)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (hex && u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (hex && u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// A reference at `text[at]` (which is '&'): appends its character and returns its length, or 0 when it is
// not one (then the '&' stands for itself).
int decodeReference(const QString &text, int at, QString *out)
{
    const int size = static_cast<int>(text.size());
    int i = at + 1;
    if (i < size && text.at(i) == QLatin1Char('#')) {
        ++i;
        const bool hex = i < size && (text.at(i) == QLatin1Char('x') || text.at(i) == QLatin1Char('X'));
        if (hex)
            ++i;
        char32_t code = 0;
        const int digitsFrom = i;
        // Eight digits reach past U+10FFFF; more are not a character (and would overflow).
        for (int digit = 0; i < size && i - digitsFrom < 8 && (digit = digitValue(text.at(i), hex)) >= 0; ++i)
            code = code * (hex ? 16 : 10) + static_cast<char32_t>(digit);
        if (i == digitsFrom)
            return 0;
        if (i < size && text.at(i) == QLatin1Char(';'))
            ++i;
        appendCodePoint(out, code);
        return i - at;
    }
    int end = i;
    while (end < size && end - i < 10 && text.at(end).unicode() < 128 && text.at(end).isLetterOrNumber())
        ++end;
    if (end == i || end >= size || text.at(end) != QLatin1Char(';'))
        return 0;
    const auto found = namedReferences().constFind(text.mid(i, end - i).toLatin1());
    if (found == namedReferences().constEnd())
        return 0;
    appendCodePoint(out, found.value());
    return end + 1 - at;
}

} // namespace

HtmlTokenizer::HtmlTokenizer(const QByteArray &html)
    : m_html(html)
    , m_data(m_html.constData())
    , m_size(m_html.size())
{}

QString HtmlTokenizer::decode(const char *begin, qsizetype size)
{
    const QString raw = QString::fromUtf8(begin, static_cast<int>(size));
    if (std::memchr(begin, '&', static_cast<size_t>(size)) == nullptr)
        return raw;
    QString out;
    out.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == QLatin1Char('&')) {
            const int used = decodeReference(raw, i, &out);
            if (used > 0) {
                i += used - 1;
                continue;
            }
        }
        out.append(raw.at(i));
    }
    return out;
}

HtmlTokenizer::Token HtmlTokenizer::next()
{
    if (!m_rawTextEnd.isEmpty())
        skipRawText();
    while (m_pos < m_size) {
        m_tokenStart = m_pos;
        if (m_data[m_pos] != '<') {
            const void *lt = std::memchr(m_data + m_pos, '<', static_cast<size_t>(m_size - m_pos));
            const qsizetype end = lt ? static_cast<const char *>(lt) - m_data : m_size;
            m_text = {m_pos, end - m_pos};
            m_pos = end;
            return Token::Text;
        }
        const char after = m_pos + 1 < m_size ? m_data[m_pos + 1] : '\0';
        if (isAsciiLetter(after))
            return readTag();
        if (after == '/') {
            if (m_pos + 2 < m_size && isAsciiLetter(m_data[m_pos + 2]))
                return readEndTag();
            skipMarkup(); // `</>` and `</ 3`: a bogus comment to the next '>'
            continue;
        }
        if (after == '!' || after == '?') {
            skipMarkup();
            continue;
        }
        // A '<' that opens nothing is text.
        const void *lt = m_pos + 1 < m_size
                             ? std::memchr(m_data + m_pos + 1, '<', static_cast<size_t>(m_size - m_pos - 1))
                             : nullptr;
        const qsizetype end = lt ? static_cast<const char *>(lt) - m_data : m_size;
        m_text = {m_pos, end - m_pos};
        m_pos = end;
        return Token::Text;
    }
    m_tokenStart = m_size;
    return Token::End;
}

void HtmlTokenizer::readName()
{
    const qsizetype from = m_pos;
    while (m_pos < m_size && !isSpace(m_data[m_pos]) && m_data[m_pos] != '/' && m_data[m_pos] != '>')
        ++m_pos;
    m_name.resize(static_cast<int>(m_pos - from)); // keeps its capacity: no allocation per tag
    char *name = m_name.data();
    for (qsizetype i = from; i < m_pos; ++i)
        name[i - from] = lower(m_data[i]);
}

HtmlTokenizer::Token HtmlTokenizer::readTag()
{
    ++m_pos; // '<'
    readName();
    readAttributes();
    if (!m_selfClosing &&
        (is(m_name, "script") || is(m_name, "style") || is(m_name, "xmp") || is(m_name, "iframe") ||
         is(m_name, "noembed") || is(m_name, "noframes") || is(m_name, "textarea")))
        m_rawTextEnd = m_name;
    return Token::StartTag;
}

HtmlTokenizer::Token HtmlTokenizer::readEndTag()
{
    m_pos += 2; // '</'
    readName();
    const void *gt = std::memchr(m_data + m_pos, '>', static_cast<size_t>(m_size - m_pos));
    m_pos = gt ? static_cast<const char *>(gt) - m_data + 1 : m_size;
    m_attributes.clear();
    m_selfClosing = false;
    return Token::EndTag;
}

void HtmlTokenizer::readAttributes()
{
    m_attributes.clear();
    m_selfClosing = false;
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (isSpace(c)) {
            ++m_pos;
            continue;
        }
        if (c == '>') {
            ++m_pos;
            return;
        }
        if (c == '/') {
            ++m_pos;
            m_selfClosing = m_pos < m_size && m_data[m_pos] == '>';
            continue;
        }
        Attribute attribute;
        attribute.name.begin = m_pos;
        while (m_pos < m_size && !isSpace(m_data[m_pos]) && m_data[m_pos] != '/' && m_data[m_pos] != '>' &&
               (m_data[m_pos] != '=' || m_pos == attribute.name.begin))
            ++m_pos;
        attribute.name.size = m_pos - attribute.name.begin;
        while (m_pos < m_size && isSpace(m_data[m_pos]))
            ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '=') {
            ++m_pos;
            while (m_pos < m_size && isSpace(m_data[m_pos]))
                ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '"' || m_data[m_pos] == '\'')) {
                const char quote = m_data[m_pos++];
                const void *close = std::memchr(m_data + m_pos, quote, static_cast<size_t>(m_size - m_pos));
                const qsizetype end = close ? static_cast<const char *>(close) - m_data : m_size;
                attribute.value = {m_pos, end - m_pos};
                m_pos = close ? end + 1 : m_size;
            } else {
                attribute.value.begin = m_pos;
                while (m_pos < m_size && !isSpace(m_data[m_pos]) && m_data[m_pos] != '>')
                    ++m_pos;
                attribute.value.size = m_pos - attribute.value.begin;
            }
        }
        if (m_attributes.size() < FullTextLimits::MaxAttributes)
            m_attributes.append(attribute);
    }
}

void HtmlTokenizer::skipMarkup()
{
    if (m_size - m_pos >= 4 && std::memcmp(m_data + m_pos, "<!--", 4) == 0) {
        const QByteArray close("-->");
        const qsizetype end = m_html.indexOf(close, m_pos + 4);
        m_pos = end < 0 ? m_size : end + close.size();
        return;
    }
    const void *gt = std::memchr(m_data + m_pos, '>', static_cast<size_t>(m_size - m_pos));
    m_pos = gt ? static_cast<const char *>(gt) - m_data + 1 : m_size;
}

void HtmlTokenizer::skipRawText()
{
    // To the first `</name` (any case) that ends a word; everything before it is the element's raw text.
    const QByteArray name = m_rawTextEnd;
    m_rawTextEnd.clear();
    while (m_pos < m_size) {
        const void *lt = std::memchr(m_data + m_pos, '<', static_cast<size_t>(m_size - m_pos));
        if (!lt) {
            m_pos = m_size;
            return;
        }
        const qsizetype at = static_cast<const char *>(lt) - m_data;
        qsizetype i = at + 2;
        bool matches = at + 1 < m_size && m_data[at + 1] == '/' && i + name.size() <= m_size;
        for (qsizetype k = 0; matches && k < name.size(); ++k)
            matches = lower(m_data[i + k]) == name.at(k);
        if (matches && (i + name.size() == m_size || isSpace(m_data[i + name.size()]) ||
                        m_data[i + name.size()] == '>' || m_data[i + name.size()] == '/')) {
            m_pos = at;
            return;
        }
        m_pos = at + 1;
    }
}

const HtmlTokenizer::Attribute *HtmlTokenizer::find(const char *name) const
{
    const qsizetype length = static_cast<qsizetype>(std::strlen(name));
    for (const Attribute &attribute : m_attributes) {
        if (attribute.name.size != length)
            continue;
        bool same = true;
        for (qsizetype k = 0; same && k < length; ++k)
            same = lower(m_data[attribute.name.begin + k]) == name[k];
        if (same)
            return &attribute;
    }
    return nullptr;
}

bool HtmlTokenizer::hasAttribute(const char *name) const
{
    return find(name) != nullptr;
}

QString HtmlTokenizer::attribute(const char *name) const
{
    const Attribute *attribute = find(name);
    return attribute ? decode(m_data + attribute->value.begin, attribute->value.size) : QString();
}

QByteArray HtmlTokenizer::rawAttribute(const char *name) const
{
    const Attribute *attribute = find(name);
    return attribute ? QByteArray::fromRawData(m_data + attribute->value.begin, attribute->value.size)
                     : QByteArray();
}

QString HtmlTokenizer::text() const
{
    return decode(m_data + m_text.begin, m_text.size);
}

} // namespace DigestStudio
