// XmlPullReader on any bytes against QXmlStreamReader: no crash; a located error or tokens; the same tokens
// (every attribute with its namespace) on every document both accept; and never accepting a document Qt
// refuses, whether or not the attributes are read. (It may refuse more: a DOCTYPE, another encoding.)
#include "fuzzsupport.h"
#include "xmltokens.h"

using namespace DigestStudio;

namespace {

// The document read as the feed parsers read most elements: tokens only, attribute values never decoded.
bool refusedWithoutReadingAttributes(const QByteArray &input)
{
    XmlPullReader r(input);
    while (!r.atEnd())
        r.readNext();
    return r.hasError();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    bool ourError = false;
    QString message;
    const QStringList ours = Test::ourTokens(input, &ourError, &message);
    bool qtError = false;
    const QStringList qts = Test::qtTokens(input, &qtError);
    if (!ourError && !qtError && ours != qts)
        Fuzz::broken("XmlPullReader and QXmlStreamReader disagree on a document both accept",
                     ours.join(QLatin1Char('\n')) + QStringLiteral("\n----\n") + qts.join(QLatin1Char('\n')));
    if (ourError && !message.contains(QStringLiteral("line ")))
        Fuzz::broken("an XmlPullReader error names its place", message);
    const bool plainError = refusedWithoutReadingAttributes(input);
    if (qtError && !plainError)
        Fuzz::broken("XmlPullReader accepts a document QXmlStreamReader refuses",
                     QString::fromUtf8(input.left(400)));
    if (plainError != ourError)
        Fuzz::broken("reading the attributes does not change whether a document is accepted",
                     QString::fromUtf8(input.left(400)));
    return 0;
}
