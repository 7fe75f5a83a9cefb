#include "util/xmlpullreader.h"

#include "util/xmlgrammar.h"

#include <QSet>

#include <cstring>

namespace DigestStudio {

namespace {

const QLatin1String XmlNs("http://www.w3.org/XML/1998/namespace");
const QLatin1String XmlnsNs("http://www.w3.org/2000/xmlns/");

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

inline bool isNameStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

inline bool isNameChar(unsigned char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':';
}

// Where `needle` (n bytes) first occurs in [from, end); null when nowhere.
const char *find(const char *from, const char *end, const char *needle, int n)
{
    while (from + n <= end) {
        const char *hit = static_cast<const char *>(std::memchr(from, needle[0], size_t(end - from)));
        if (!hit || hit + n > end)
            return nullptr;
        if (std::memcmp(hit, needle, size_t(n)) == 0)
            return hit;
        from = hit + 1;
    }
    return nullptr;
}

void appendCodePoint(uint cp, QString *out)
{
    if (cp >= 0x10000) {
        out->append(QChar(QChar::highSurrogate(cp)));
        out->append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out->append(QChar(static_cast<ushort>(cp)));
    }
}

} // namespace

QString XmlPullReader::utf8(const char *data, int size)
{
    // QString::fromUtf8 drops a U+FEFF at the start of what it is given; inside a document it is text. Each
    // leading one is kept (two in a row lost the second: found by fuzz-xmlpullreader).
    int marks = 0;
    while (size - 3 * marks >= 3 && std::memcmp(data + 3 * marks, "\xEF\xBB\xBF", 3) == 0)
        ++marks;
    return QString(marks, QChar(0xFEFF)) + QString::fromUtf8(data + 3 * marks, size - 3 * marks);
}

XmlPullReader::XmlPullReader(const QByteArray &data)
    : m_data(data)
    , m_begin(m_data.constData())
    , m_p(m_begin)
    , m_end(m_begin + m_data.size())
{
    // A UTF-8 byte order mark is allowed; anything else that is not UTF-8 is refused below.
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3;
    m_bindings.reserve(8);
    m_open.reserve(16);
    m_attributes.reserve(8);
    // One pass up front keeps the hot paths free of checks: the document is UTF-8 of XML characters only.
    if (const char *bad = XmlGrammar::firstInvalidByte(m_p, m_end))
        fail(QStringLiteral("invalid UTF-8 or a character XML does not allow (byte 0x%1)")
                 .arg(static_cast<unsigned char>(*bad), 2, 16, QLatin1Char('0')),
             bad);
}

XmlPullReader::Token XmlPullReader::fail(const QString &message, const char *at)
{
    if (m_token != Token::Invalid) {
        m_error = message;
        m_errorAt = at;
    }
    m_token = Token::Invalid;
    return m_token;
}

qint64 XmlPullReader::lineNumber() const
{
    const char *at = m_errorAt ? m_errorAt : m_p;
    qint64 line = 1;
    for (const char *c = m_begin; c < at; ++c)
        line += *c == '\n' ? 1 : 0;
    return line;
}

qint64 XmlPullReader::columnNumber() const
{
    const char *at = m_errorAt ? m_errorAt : m_p;
    const char *lineStart = at;
    while (lineStart > m_begin && lineStart[-1] != '\n')
        --lineStart;
    return at - lineStart + 1;
}

void XmlPullReader::skipSpace()
{
    while (m_p < m_end && isSpace(*m_p))
        ++m_p;
}

bool XmlPullReader::readName(const char **start, int *size)
{
    if (m_p >= m_end || !isNameStart(static_cast<unsigned char>(*m_p)))
        return false;
    *start = m_p;
    while (m_p < m_end && isNameChar(static_cast<unsigned char>(*m_p)))
        ++m_p;
    *size = int(m_p - *start);
    return true;
}

bool XmlPullReader::resolve(QLatin1String prefix, QLatin1String *uri) const
{
    if (prefix == QLatin1String("xml")) {
        *uri = XmlNs;
        return true;
    }
    // A feed declares a handful of prefixes: a scan from the innermost is cheapest. A hostile document may
    // declare hundreds of thousands: then the hash, not a scan of every declaration.
    if (m_bindings.size() <= 16) {
        for (int i = m_bindings.size() - 1; i >= 0; --i) {
            if (m_bindings.at(i).prefix == prefix) {
                *uri = m_bindings.at(i).uri;
                return true;
            }
        }
    } else {
        const int index = m_innermost.value(QByteArray::fromRawData(prefix.data(), prefix.size()), -1);
        if (index >= 0) {
            *uri = m_bindings.at(index).uri;
            return true;
        }
    }
    *uri = QLatin1String();
    return prefix.isEmpty(); // no default namespace declared: no namespace
}

QLatin1String XmlPullReader::namespaceValue(const char *begin, const char *end)
{
    const size_t size = size_t(end - begin);
    if (!std::memchr(begin, '&', size) && !std::memchr(begin, '\t', size) &&
        !std::memchr(begin, '\n', size) && !std::memchr(begin, '\r', size))
        return QLatin1String(begin, int(size));
    // An attribute value like any other: references decoded and white space normalised, so `xmlns="…\t"` is
    // the same namespace as QXmlStreamReader's. Kept as UTF-8 bytes the view can point at.
    QString decoded;
    if (!decode(begin, end, true, &decoded))
        return QLatin1String(begin, int(size));
    m_decodedUris.append(decoded.toUtf8());
    return QLatin1String(m_decodedUris.constLast().constData(), int(m_decodedUris.constLast().size()));
}

void XmlPullReader::bind(QLatin1String prefix, QLatin1String uri, int depth)
{
    const QByteArray key(prefix.data(), prefix.size());
    m_bindings.append({prefix, uri, depth, m_innermost.value(key, -1)});
    m_innermost.insert(key, m_bindings.size() - 1);
}

void XmlPullReader::unbindDeeperThan(int depth)
{
    while (!m_bindings.isEmpty() && m_bindings.constLast().depth > depth) {
        const Binding &b = m_bindings.constLast();
        const QByteArray key(b.prefix.data(), b.prefix.size());
        if (b.shadowed >= 0)
            m_innermost.insert(key, b.shadowed);
        else
            m_innermost.remove(key);
        m_bindings.removeLast();
    }
}

bool XmlPullReader::decode(const char *begin, const char *end, bool attribute, QString *out)
{
    const size_t size = size_t(end - begin);
    const char *amp = static_cast<const char *>(std::memchr(begin, '&', size));
    const bool plain = !std::memchr(begin, '\r', size) &&
                       (!attribute || (!std::memchr(begin, '\n', size) && !std::memchr(begin, '\t', size)));
    // The common case: nothing to decode.
    if (!amp && plain) {
        *out = utf8(begin, int(size));
        return true;
    }
    QByteArray bytes;
    bytes.reserve(int(size));
    const char *run = begin;
    for (const char *c = plain ? amp : begin; c && c < end;) {
        if (*c == '&') {
            bytes.append(run, int(c - run));
            const char *semi = static_cast<const char *>(std::memchr(c, ';', size_t(end - c)));
            if (!semi) {
                fail(QStringLiteral("an entity reference has no ';'"), c);
                return false;
            }
            const QLatin1String entity(c + 1, int(semi - c - 1));
            if (entity == QLatin1String("amp")) {
                bytes.append('&');
            } else if (entity == QLatin1String("lt")) {
                bytes.append('<');
            } else if (entity == QLatin1String("gt")) {
                bytes.append('>');
            } else if (entity == QLatin1String("quot")) {
                bytes.append('"');
            } else if (entity == QLatin1String("apos")) {
                bytes.append('\'');
            } else if (entity.startsWith(QLatin1Char('#'))) {
                const uint cp = XmlGrammar::characterReference(entity);
                if (!XmlGrammar::isChar(cp)) {
                    fail(QStringLiteral("invalid character reference &%1;").arg(QString(entity)), c);
                    return false;
                }
                QString one;
                appendCodePoint(cp, &one);
                bytes.append(one.toUtf8());
            } else {
                fail(QStringLiteral("unknown entity &%1;")
                         .arg(QString::fromUtf8(entity.data(), entity.size())),
                     c);
                return false;
            }
            run = c = semi + 1;
            if (plain)
                c = static_cast<const char *>(std::memchr(c, '&', size_t(end - c)));
        } else if (*c == '\r') {
            bytes.append(run, int(c - run));
            bytes.append(attribute ? ' ' : '\n');
            if (c + 1 < end && c[1] == '\n')
                ++c;
            run = ++c;
        } else if (attribute && (*c == '\n' || *c == '\t')) {
            bytes.append(run, int(c - run));
            bytes.append(' ');
            run = ++c;
        } else {
            ++c;
        }
    }
    bytes.append(run, int(end - run));
    *out = utf8(bytes.constData(), int(bytes.size()));
    return true;
}

XmlPullReader::Token XmlPullReader::readNext()
{
    if (m_token == Token::Invalid || m_token == Token::EndDocument)
        return m_token;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_open.removeLast();
        m_token = Token::EndElement;
        return m_token;
    }
    if (m_token == Token::EndElement) {
        // The bindings of the element just closed go out of scope.
        unbindDeeperThan(m_open.size());
    }
    m_text.clear();
    for (;;) {
        if (m_p >= m_end) {
            if (!m_open.isEmpty())
                return fail(QStringLiteral("premature end of document"), m_p);
            if (!m_sawRoot)
                return fail(QStringLiteral("the document has no element"), m_p);
            m_token = Token::EndDocument;
            return m_token;
        }
        if (*m_p == '<') {
            const Token t = readMarkup();
            if (t == Token::None)
                continue; // a comment or processing instruction
            return t;
        }
        const char *start = m_p;
        const char *lt = static_cast<const char *>(std::memchr(m_p, '<', size_t(m_end - m_p)));
        m_p = lt ? lt : m_end;
        if (m_open.isEmpty()) {
            for (const char *c = start; c < m_p; ++c) {
                if (!isSpace(*c))
                    return fail(QStringLiteral("text outside the document element"), c);
            }
            continue;
        }
        if (const char *cdataEnd = find(start, m_p, "]]>", 3))
            return fail(QStringLiteral("']]>' in text"), cdataEnd);
        if (!decode(start, m_p, false, &m_text))
            return m_token;
        m_token = Token::Characters;
        return m_token;
    }
}

XmlPullReader::Token XmlPullReader::readMarkup()
{
    // m_p is at '<'.
    const qint64 left = m_end - m_p;
    if (left >= 4 && std::memcmp(m_p, "<!--", 4) == 0) {
        const char *close = find(m_p + 4, m_end, "-->", 3);
        if (!close)
            return fail(QStringLiteral("unterminated comment"), m_p);
        m_p = close + 3;
        return Token::None;
    }
    if (left >= 9 && std::memcmp(m_p, "<![CDATA[", 9) == 0) {
        if (m_open.isEmpty())
            return fail(QStringLiteral("CDATA outside the document element"), m_p);
        const char *close = find(m_p + 9, m_end, "]]>", 3);
        if (!close)
            return fail(QStringLiteral("unterminated CDATA section"), m_p);
        m_text = utf8(m_p + 9, int(close - m_p - 9));
        // XML's line ends are normalised before parsing, inside CDATA too (found by fuzz-xmlpullreader).
        if (m_text.contains(QLatin1Char('\r'))) {
            m_text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            m_text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        }
        m_p = close + 3;
        m_token = Token::Characters;
        return m_token;
    }
    if (left >= 2 && m_p[1] == '?') {
        const char *close = find(m_p + 2, m_end, "?>", 2);
        if (!close)
            return fail(QStringLiteral("unterminated processing instruction"), m_p);
        // A processing instruction starts with its target, an NCName; `xml` in any case is the XML
        // declaration, allowed only at the very start (after a byte order mark) as `xml`, and read strictly
        // (found by fuzz-xmlpullreader: version 1.8 was taken).
        const char *target = m_p + 2;
        const char *t = target;
        while (t < close && !isSpace(*t))
            ++t;
        if (const char *bad = XmlGrammar::badNcName(target, t))
            return fail(QStringLiteral("a processing instruction without a valid target"), bad);
        if (QByteArray(target, int(t - target)).toLower() == "xml") {
            const bool atStart = m_p == m_begin || (m_p == m_begin + 3 && m_begin[0] == '\xEF');
            if (!atStart || std::memcmp(target, "xml", 3) != 0)
                return fail(QStringLiteral("an XML declaration not at the start of the document"), m_p);
            const char *at = t;
            const QString error = XmlGrammar::declarationError(t, close, &at);
            if (!error.isEmpty())
                return fail(error, at);
        }
        m_p = close + 2;
        return Token::None;
    }
    if (left >= 2 && m_p[1] == '!')
        return fail(QStringLiteral("DOCTYPE and other declarations are not allowed"), m_p);
    if (left >= 2 && m_p[1] == '/')
        return readEndTag();
    return readStartTag();
}

bool XmlPullReader::readAttribute(int depth)
{
    auto failed = [this](const QString &message, const char *at) {
        fail(message, at);
        return false;
    };
    const char *aname = nullptr;
    int asize = 0;
    if (!readName(&aname, &asize))
        return failed(QStringLiteral("an attribute without a name"), m_p);
    skipSpace();
    if (m_p >= m_end || *m_p != '=')
        return failed(QStringLiteral("an attribute without '='"), m_p);
    ++m_p;
    skipSpace();
    if (m_p >= m_end || (*m_p != '"' && *m_p != '\''))
        return failed(QStringLiteral("an attribute value without quotes"), m_p);
    const char quote = *m_p++;
    const char *value = m_p;
    const char *close = static_cast<const char *>(std::memchr(m_p, quote, size_t(m_end - m_p)));
    if (!close)
        return failed(QStringLiteral("premature end of document"), m_end);
    if (std::memchr(value, '<', size_t(close - value)))
        return failed(QStringLiteral("'<' in an attribute value"), value);
    QString referenceError;
    if (const char *bad = XmlGrammar::badReference(value, close, &referenceError))
        return failed(referenceError, bad);
    m_p = close + 1;
    if (const char *bad = XmlGrammar::badQName(aname, aname + asize))
        return failed(QStringLiteral("an invalid attribute name"), bad);
    const QLatin1String full(aname, asize);
    if (full == QLatin1String("xmlns") || (asize > 6 && std::memcmp(aname, "xmlns:", 6) == 0)) {
        if (!declare(full == QLatin1String("xmlns") ? QLatin1String() : QLatin1String(aname + 6, asize - 6),
                     namespaceValue(value, close), depth, aname))
            return false;
    } else {
        const char *colon = static_cast<const char *>(std::memchr(aname, ':', size_t(asize)));
        Attribute a;
        a.prefix = colon ? QLatin1String(aname, int(colon - aname)) : QLatin1String();
        a.local = colon ? QLatin1String(colon + 1, int(aname + asize - colon - 1)) : full;
        a.value = value;
        a.valueSize = int(close - value);
        m_attributes.append(a);
    }
    return true;
}

XmlPullReader::Token XmlPullReader::readStartTag()
{
    const char *tagStart = m_p;
    ++m_p;
    if (m_open.isEmpty() && m_sawRoot)
        return fail(QStringLiteral("a second document element"), tagStart);
    const char *qname = nullptr;
    int qsize = 0;
    if (!readName(&qname, &qsize))
        return fail(QStringLiteral("a start tag without a name"), m_p);
    // A qualified name, its characters ones QXmlStreamReader takes too (found by fuzz-xmlpullreader: U+FEFF).
    if (const char *bad = XmlGrammar::badQName(qname, qname + qsize))
        return fail(QStringLiteral("an invalid element name"), bad);
    const int depth = m_open.size() + 1;
    m_attributes.clear();
    for (;;) {
        const char *beforeSpace = m_p;
        skipSpace();
        if (m_p >= m_end)
            return fail(QStringLiteral("premature end of document"), m_p);
        if (*m_p == '>' || *m_p == '/')
            break;
        if (m_p == beforeSpace)
            return fail(QStringLiteral("attributes must be separated by white space"), m_p);
        if (!readAttribute(depth))
            return m_token;
    }
    bool selfClosing = false;
    if (*m_p == '/') {
        ++m_p;
        if (m_p >= m_end || *m_p != '>')
            return fail(QStringLiteral("'/' not followed by '>'"), m_p);
        selfClosing = true;
    }
    ++m_p; // '>'
    const char *colon = static_cast<const char *>(std::memchr(qname, ':', size_t(qsize)));
    const QLatin1String prefix = colon ? QLatin1String(qname, int(colon - qname)) : QLatin1String();
    m_name = colon ? colon + 1 : qname;
    m_nameSize = colon ? int(qname + qsize - colon - 1) : qsize;
    m_open.append({qname, qsize});
    if (!resolve(prefix, &m_uri))
        return fail(QStringLiteral("undeclared namespace prefix '%1'").arg(QString(prefix)), qname);
    for (Attribute &a : m_attributes) {
        if (!a.prefix.isEmpty() && !resolve(a.prefix, &a.uri))
            return fail(QStringLiteral("undeclared namespace prefix '%1'").arg(QString(a.prefix)), tagStart);
    }
    if (const char *twice = redefinedAttribute())
        return fail(QStringLiteral("an attribute given twice"), twice);
    m_sawRoot = true;
    m_pendingEnd = selfClosing;
    m_token = Token::StartElement;
    return m_token;
}

bool XmlPullReader::declare(QLatin1String prefix, QLatin1String uri, int depth, const char *at)
{
    // Namespaces in XML, section 3: `xml` only for its namespace and that namespace only for it, never the
    // xmlns namespace or prefix, no prefix undeclared with "" (QXmlStreamReader refuses the same).
    const bool xmlPrefix = prefix == QLatin1String("xml");
    if ((xmlPrefix != (uri == XmlNs) && !prefix.isEmpty()) || (prefix.isEmpty() && uri == XmlNs) ||
        uri == XmlnsNs || prefix == QLatin1String("xmlns") || (!prefix.isEmpty() && uri.size() == 0)) {
        fail(QStringLiteral("an illegal namespace declaration"), at);
        return false;
    }
    bind(prefix, uri, depth);
    return true;
}

const char *XmlPullReader::redefinedAttribute() const
{
    // A handful of attributes: compare each pair; a hostile tag with thousands: a set, never a quadratic
    // scan.
    const int n = int(m_attributes.size());
    if (n <= 16) {
        for (int i = 1; i < n; ++i) {
            for (int j = 0; j < i; ++j) {
                if (m_attributes.at(i).local == m_attributes.at(j).local &&
                    m_attributes.at(i).uri == m_attributes.at(j).uri)
                    return m_attributes.at(i).local.data();
            }
        }
        return nullptr;
    }
    QSet<QByteArray> seen;
    seen.reserve(n);
    for (const Attribute &a : m_attributes) {
        const QByteArray key =
            QByteArray(a.uri.data(), a.uri.size()) + '\0' + QByteArray(a.local.data(), a.local.size());
        if (seen.contains(key))
            return a.local.data();
        seen.insert(key);
    }
    return nullptr;
}

XmlPullReader::Token XmlPullReader::readEndTag()
{
    const char *tagStart = m_p;
    m_p += 2;
    const char *qname = nullptr;
    int qsize = 0;
    if (!readName(&qname, &qsize))
        return fail(QStringLiteral("an end tag without a name"), m_p);
    skipSpace();
    if (m_p >= m_end || *m_p != '>')
        return fail(QStringLiteral("an end tag without '>'"), m_p);
    ++m_p;
    if (m_open.isEmpty())
        return fail(QStringLiteral("an end tag without a start tag"), tagStart);
    const Open open = m_open.constLast();
    if (open.size != qsize || std::memcmp(open.qname, qname, size_t(qsize)) != 0)
        return fail(QStringLiteral("opening and ending tag mismatch: <%1> closed by </%2>")
                        .arg(QString::fromUtf8(open.qname, open.size), QString::fromUtf8(qname, qsize)),
                    tagStart);
    const char *colon = static_cast<const char *>(std::memchr(qname, ':', size_t(qsize)));
    const QLatin1String prefix = colon ? QLatin1String(qname, int(colon - qname)) : QLatin1String();
    m_name = colon ? colon + 1 : qname;
    m_nameSize = colon ? int(qname + qsize - colon - 1) : qsize;
    resolve(prefix, &m_uri);
    m_open.removeLast();
    m_token = Token::EndElement;
    return m_token;
}

QString XmlPullReader::attribute(QLatin1String localName) const
{
    if (m_token != Token::StartElement)
        return QString();
    for (const Attribute &a : m_attributes) {
        if (a.prefix.isEmpty() && a.local == localName) {
            QString value;
            if (const_cast<XmlPullReader *>(this)->decode(a.value, a.value + a.valueSize, true, &value))
                return value;
            return QString();
        }
    }
    return QString();
}

int XmlPullReader::attributeCount() const
{
    return m_token == Token::StartElement ? int(m_attributes.size()) : 0;
}

QString XmlPullReader::attributeValue(int index) const
{
    const Attribute &a = m_attributes.at(index);
    QString value;
    if (const_cast<XmlPullReader *>(this)->decode(a.value, a.value + a.valueSize, true, &value))
        return value;
    return QString();
}

bool XmlPullReader::readNextStartElement()
{
    while (readNext() != Token::Invalid) {
        if (m_token == Token::StartElement)
            return true;
        if (m_token == Token::EndElement || m_token == Token::EndDocument)
            return false;
    }
    return false;
}

void XmlPullReader::skipCurrentElement()
{
    int depth = 1;
    while (depth > 0 && readNext() != Token::Invalid && m_token != Token::EndDocument) {
        if (m_token == Token::StartElement)
            ++depth;
        else if (m_token == Token::EndElement)
            --depth;
    }
}

QString XmlPullReader::readElementText()
{
    QString result;
    int depth = 1;
    while (depth > 0 && readNext() != Token::Invalid && m_token != Token::EndDocument) {
        if (m_token == Token::Characters)
            result += m_text;
        else if (m_token == Token::StartElement)
            ++depth;
        else if (m_token == Token::EndElement)
            --depth;
    }
    return result;
}

} // namespace DigestStudio
