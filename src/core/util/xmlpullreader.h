// A fast namespace-aware pull reader for UTF-8 XML feeds (arXiv's Atom and RSS): the subset of
// QXmlStreamReader the parsers use, several times faster because names and namespaces stay bytes.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QVector>

namespace DigestStudio {

class XmlPullReader final
{
public:
    enum class Token { None, StartElement, EndElement, Characters, EndDocument, Invalid };

    explicit XmlPullReader(const QByteArray &data);

    Token readNext();
    // Reads up to the next start element inside the current one: true there, false at the current
    // element's end (or at the end of the document or an error).
    bool readNextStartElement();
    // From a start element: reads past its end.
    void skipCurrentElement();
    // From a start element: the text inside it (child elements' text included), reading past its end.
    QString readElementText();

    Token tokenType() const { return m_token; }
    bool atEnd() const { return m_token == Token::EndDocument || m_token == Token::Invalid; }
    // The local name and namespace URI of the current element: views of UTF-8 bytes (ASCII in arXiv's feeds,
    // so they compare with QLatin1String literals; QString::fromUtf8 reads any other).
    QLatin1String name() const { return QLatin1String(m_name, m_nameSize); }
    QLatin1String namespaceUri() const { return m_uri; }
    // The current characters (Token::Characters).
    QString text() const { return m_text; }
    // The value of an unprefixed attribute of the current start element; empty when absent.
    QString attribute(QLatin1String localName) const;
    // Every attribute of the current start element but the namespace declarations, in document order: its
    // namespace URI (empty when unprefixed), local name (views of UTF-8 bytes) and value.
    int attributeCount() const;
    QLatin1String attributeNamespaceUri(int index) const { return m_attributes.at(index).uri; }
    QLatin1String attributeName(int index) const { return m_attributes.at(index).local; }
    QString attributeValue(int index) const;

    bool hasError() const { return m_token == Token::Invalid; }
    // UTF-8 bytes as text, a leading U+FEFF kept (QString::fromUtf8 would drop it as a byte order mark).
    static QString utf8(const char *data, int size);
    QString errorString() const { return m_error; }
    // Where the error is (1-based).
    qint64 lineNumber() const;
    qint64 columnNumber() const;

private:
    struct Binding
    {
        QLatin1String prefix;
        QLatin1String uri;
        int depth = 0;
        int shadowed = -1; // the binding of the same prefix this one hides, -1 when none
    };
    struct Open
    {
        const char *qname = nullptr;
        int size = 0;
    };
    struct Attribute
    {
        QLatin1String prefix;
        QLatin1String local;
        QLatin1String uri;
        const char *value = nullptr;
        int valueSize = 0;
    };

    Token fail(const QString &message, const char *at);
    Token readMarkup();
    Token readStartTag();
    // One attribute of the start tag at m_p: a namespace declaration bound, any other kept in m_attributes;
    // false with the error set.
    bool readAttribute(int depth);
    // Binds `prefix` (empty: the default namespace) to `uri` unless Namespaces in XML forbids the
    // declaration; false with the error set (at `at`).
    bool declare(QLatin1String prefix, QLatin1String uri, int depth, const char *at);
    // The current tag's first attribute with the namespace and local name of an earlier one; null when none.
    const char *redefinedAttribute() const;
    Token readEndTag();
    bool readName(const char **start, int *size);
    void skipSpace();
    bool resolve(QLatin1String prefix, QLatin1String *uri) const;
    QLatin1String namespaceValue(const char *begin, const char *end);
    void bind(QLatin1String prefix, QLatin1String uri, int depth);
    void unbindDeeperThan(int depth);
    // Entity references and line ends decoded; false (with the error set) on an unknown entity.
    bool decode(const char *begin, const char *end, bool attribute, QString *out);

    QByteArray m_data;
    const char *m_begin;
    const char *m_p;
    const char *m_end;
    Token m_token = Token::None;
    QString m_error;
    const char *m_errorAt = nullptr;
    const char *m_name = nullptr;
    int m_nameSize = 0;
    QLatin1String m_uri;
    QString m_text;
    QVector<Binding> m_bindings;
    QHash<QByteArray, int> m_innermost; // prefix -> index in m_bindings of its innermost declaration
    // Namespace URIs that needed decoding. Views into them stay valid as the list grows: moving a QByteArray
    // keeps its buffer.
    QList<QByteArray> m_decodedUris;
    QVector<Open> m_open;
    QVector<Attribute> m_attributes;
    bool m_pendingEnd = false; // a self-closing element's end comes next
    bool m_sawRoot = false;
};

} // namespace DigestStudio
