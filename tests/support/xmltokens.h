// XmlPullReader and QXmlStreamReader as comparable token lists (the differential test and its fuzzer share
// them).
#pragma once

#include "util/xmlpullreader.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace DigestStudio::Test {

inline const char *const AttributeNames[] = {"href", "rel",    "type",        "title",
                                             "term", "scheme", "isPermaLink", "version"};

// XmlPullReader's names and namespace URIs are views of UTF-8 bytes.
inline QString utf8(QLatin1String view)
{
    return XmlPullReader::utf8(view.data(), view.size());
}

inline void flush(QString *text, QStringList *tokens)
{
    if (!text->isEmpty())
        tokens->append(QStringLiteral("T:") + *text);
    text->clear();
}

// Start/end elements as {uri}name with the known attributes; adjacent text merged.
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
            for (const char *a : AttributeNames) {
                const QString name = QString::fromLatin1(a);
                // XmlPullReader::attribute() reads an empty attribute as a missing one: so does this side.
                const QString value = r.attributes().value(QString(), name).toString();
                if (!value.isEmpty())
                    t += QLatin1Char(' ') + name + QLatin1Char('=') + value;
            }
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
            for (const char *a : AttributeNames) {
                const QString value = r.attribute(QLatin1String(a));
                // attribute() cannot tell an empty attribute from a missing one (rel="" found by
                // fuzz-xmlpullreader): both sides leave out empty values.
                if (!value.isEmpty())
                    t += QLatin1Char(' ') + QString::fromLatin1(a) + QLatin1Char('=') + value;
            }
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
