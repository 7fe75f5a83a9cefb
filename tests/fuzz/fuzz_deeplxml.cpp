// DeepL's placeholders both ways (DeepLProvider::toXml for the request, fromXml for the answer) on any text:
// no crash; a text sent and returned unchanged comes back as it was; and an answer that is well-formed XML
// (to both XML readers) reads as QXmlStreamReader reads it, each `<m i="N"/>` a placeholder ⟦MN⟧, other tags
// dropped with their text kept (DeepL answers in XML when tag_handling is xml).
#include "drafting/deeplprovider.h"
#include "fuzzsupport.h"
#include "util/xmlpullreader.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace DigestStudio;

namespace {

// Whether XmlPullReader (which fromXml reads with) takes the answer as well-formed. QXmlStreamReader alone is
// no judge: it lets NUL and control characters through inside a tag, and attribute names starting with "`"
// (seen here); fuzz-xmlpullreader holds the two readers to the same documents.
bool wellFormed(const QString &xml)
{
    XmlPullReader r(QByteArray("<r>") + xml.toUtf8() + QByteArray("</r>"));
    while (!r.atEnd())
        r.readNext();
    return !r.hasError();
}

// What the answer says, read by Qt inside a root element; false when it is not well-formed.
bool qtReading(const QString &xml, QString *text)
{
    if (!wellFormed(xml))
        return false;
    QXmlStreamReader r(QStringLiteral("<r>") + xml + QStringLiteral("</r>"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    int depth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isCharacters()) {
            *text += r.text();
        } else if (r.isStartElement()) {
            ++depth;
            // An unprefixed <m> with one unprefixed attribute i of digits.
            const QString i = r.attributes().value(QString(), QStringLiteral("i")).toString();
            if (depth > 1 && r.name() == QLatin1String("m") && r.namespaceUri().isEmpty() &&
                r.attributes().size() == 1 && r.attributes().at(0).namespaceUri().isEmpty() &&
                r.attributes().at(0).name() == QLatin1String("i") && digits.match(i).hasMatch())
                *text += QStringLiteral("\u27E6M") + i + QStringLiteral("\u27E7");
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    return !r.hasError();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    if (DeepLProvider::fromXml(DeepLProvider::toXml(text)) != text)
        Fuzz::broken("a text sent and returned unchanged comes back as it was", text);
    QString expected;
    if (qtReading(text, &expected) && DeepLProvider::fromXml(text) != expected)
        Fuzz::broken("a well-formed answer reads as an XML reader reads it",
                     text + QStringLiteral("\n----\n") + DeepLProvider::fromXml(text) +
                         QStringLiteral("\n----\n") + expected);
    return 0;
}
