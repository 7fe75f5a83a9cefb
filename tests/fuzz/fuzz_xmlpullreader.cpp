// XmlPullReader on any bytes: no crash, a located error or tokens, and the same tokens as QXmlStreamReader on
// every document both accept.
#include "fuzzsupport.h"
#include "xmltokens.h"

using namespace DigestStudio;

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
    return 0;
}
