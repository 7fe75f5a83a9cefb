// XmlPullReader and QXmlStreamReader as comparable token lists (the differential test and its fuzzer share
// them).
#pragma once

#include "util/xmlpullreader.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace DigestStudio::Test {

// XmlPullReader's names and namespace URIs are views of UTF-8 bytes.
inline QString utf8(QLatin1String view)
{
    return XmlPullReader::utf8(view.data(), view.size());
}

// One attribute of a start token: ` {uri}name=value`, every attribute in document order.
inline QString attribute(const QString &uri, const QString &name, const QString &value)
{
    return QStringLiteral(" {") + uri + QLatin1Char('}') + name + QLatin1Char('=') + value;
}

inline void flush(QString *text, QStringList *tokens)
{
    if (!text->isEmpty())
        tokens->append(QStringLiteral("T:") + *text);
    text->clear();
}

// Start/end elements as {uri}name with every attribute and its namespace; adjacent text merged.
inline QStringList qtTokens(const QByteArray &bytes, bool *error)
{
    QStringList tokens;
    QString text;
    QXmlStreamReader r(bytes);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isCharacters()) {
            text += r.text();
        } else if (r.isStartElement()) {
            flush(&text, &tokens);
            QString t =
                QStringLiteral("S:{") + r.namespaceUri().toString() + QLatin1Char('}') + r.name().toString();
            for (const QXmlStreamAttribute &a : r.attributes())
                t += attribute(a.namespaceUri().toString(), a.name().toString(), a.value().toString());
            tokens.append(t);
        } else if (r.isEndElement()) {
            flush(&text, &tokens);
            tokens.append(QStringLiteral("E:{") + r.namespaceUri().toString() + QLatin1Char('}') +
                          r.name().toString());
        }
    }
    flush(&text, &tokens);
    *error = r.hasError();
    return tokens;
}

inline QStringList ourTokens(const QByteArray &bytes, bool *error, QString *message = nullptr)
{
    QStringList tokens;
    QString text;
    XmlPullReader r(bytes);
    while (!r.atEnd()) {
        r.readNext();
        if (r.tokenType() == XmlPullReader::Token::Characters) {
            text += r.text();
        } else if (r.tokenType() == XmlPullReader::Token::StartElement) {
            flush(&text, &tokens);
            QString t = QStringLiteral("S:{") + utf8(r.namespaceUri()) + QLatin1Char('}') + utf8(r.name());
            for (int i = 0; i < r.attributeCount(); ++i)
                t += attribute(utf8(r.attributeNamespaceUri(i)), utf8(r.attributeName(i)),
                               r.attributeValue(i));
            tokens.append(t);
        } else if (r.tokenType() == XmlPullReader::Token::EndElement) {
            flush(&text, &tokens);
            tokens.append(QStringLiteral("E:{") + utf8(r.namespaceUri()) + QLatin1Char('}') + utf8(r.name()));
        }
    }
    flush(&text, &tokens);
    *error = r.hasError();
    if (message)
        *message = QStringLiteral("line %1, column %2: %3")
                       .arg(r.lineNumber())
                       .arg(r.columnNumber())
                       .arg(r.errorString());
    return tokens;
}

} // namespace DigestStudio::Test
