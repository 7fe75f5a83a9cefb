// DigestImporter on any bytes: an answer in bounded time and memory (libFuzzer's -timeout and -rss_limit_mb),
// a located error, and for what it accepts a text round trip through the text exporter that is stable.
#include "formats/digestimporter.h"
#include "formats/exportoptions.h"
#include "formats/textexporter.h"
#include "fuzzsupport.h"

using namespace DigestStudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const DigestImporter::Result first = DigestImporter::parse(Fuzz::bytes(data, size));
    if (!first.ok) {
        if (first.line < 1 || first.expected.isEmpty())
            Fuzz::broken("a refused post names the line and what was expected", first.errorMessage());
        return 0;
    }
    const QString text = TextExporter().render(first.digest, ExportOptions()).text;
    const DigestImporter::Result second = DigestImporter::parseText(text);
    if (!second.ok)
        Fuzz::broken("what the text exporter writes imports again",
                     second.errorMessage() + QLatin1Char('\n') + text);
    // The promise is the text's, as docs/format.md's round trip: the title/summary split of a Chinese
    // paragraph may be read another way, but exporting again gives the same post, with every entry.
    if (second.digest.entryCount() != first.digest.entryCount())
        Fuzz::broken("the round trip keeps every entry", text);
    const QString again = TextExporter().render(second.digest, ExportOptions()).text;
    if (again != text)
        Fuzz::broken("exporting an imported export gives the same text",
                     text + QStringLiteral("\n----\n") + again);
    return 0;
}
