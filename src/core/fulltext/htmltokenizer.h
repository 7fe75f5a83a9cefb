// Splits HTML5 bytes into start tags, end tags and text the way a browser's tokenizer would for tag soup, in
// one linear pass that never fails: unquoted and unclosed attributes, stray `<`, comments, CDATA and raw-text
// elements (script, style) are all read past.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

#include <cstring>

namespace DigestStudio {

class HtmlTokenizer final
{
public:
    enum class Token { StartTag, EndTag, Text, End };

    explicit HtmlTokenizer(const QByteArray &html);

    Token next();

    // The current tag's name in lower case (start and end tags).
    const QByteArray &name() const { return m_name; }
    bool isSelfClosing() const { return m_selfClosing; }
    bool hasAttribute(const char *name) const;
    // An attribute's value with character references decoded; empty when absent. Only the first
    // FullTextLimits::MaxAttributes attributes of a tag are kept.
    QString attribute(const char *name) const;
    // The raw bytes of an attribute's value (no decoding), for cheap tests such as a class name.
    QByteArray rawAttribute(const char *name) const;
    // The current text token, decoded.
    QString text() const;
    // Where the current token starts, in bytes from the beginning.
    qsizetype offset() const { return m_tokenStart; }

    // Whether a tag name is `literal` (a length check first: names are compared for every tag).
    template<int N>
    static bool is(const QByteArray &name, const char (&literal)[N])
    {
        return name.size() == N - 1 && std::memcmp(name.constData(), literal, N - 1) == 0;
    }

    // UTF-8 bytes with HTML character references (`&amp;`, `&#233;`, `&eacute;`) decoded.
    static QString decode(const char *begin, qsizetype size);

private:
    struct Range
    {
        qsizetype begin = 0;
        qsizetype size = 0;
    };
    struct Attribute
    {
        Range name;
        Range value;
    };

    void readName();
    Token readTag();
    Token readEndTag();
    void readAttributes();
    void skipMarkup();
    void skipRawText();
    const Attribute *find(const char *name) const;

    const QByteArray m_html;
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    qsizetype m_tokenStart = 0;
    QByteArray m_name;
    bool m_selfClosing = false;
    Range m_text;
    QVarLengthArray<Attribute, 16> m_attributes;
    QByteArray m_rawTextEnd; // `script` after <script>: the tokenizer skips to </script
};

} // namespace DigestStudio
