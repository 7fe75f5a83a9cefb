// ArxivId::parse and extractAll on any text: a valid id is ASCII and parses back to itself; an invalid one
// says why.
#include "fuzzsupport.h"
#include "model/arxivid.h"

using namespace DigestStudio;

namespace {

void checkId(const ArxivId &id)
{
    if (!id.isValid()) {
        if (id.error().isEmpty())
            Fuzz::broken("an invalid id says why", id.input());
        return;
    }
    const QString text = id.idWithVersion();
    for (const QChar c : text) {
        if (c.unicode() > 0x7F)
            Fuzz::broken("a valid id is ASCII", text);
    }
    const ArxivId again = ArxivId::parse(text);
    if (!again.isValid() || again != id)
        Fuzz::broken("a valid id parses back to itself",
                     text + QStringLiteral(" -> ") + again.idWithVersion());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    checkId(ArxivId::parse(text));
    const ArxivId::Extraction found = ArxivId::extractAll(text);
    for (const ArxivId &id : found.ids)
        checkId(id);
    for (const ArxivId &id : found.invalid) {
        if (id.isValid() || id.error().isEmpty())
            Fuzz::broken("extractAll names each invalid piece with a reason", id.input());
    }
    return 0;
}
