// DigestImporter on any bytes: an answer in bounded time and memory (libFuzzer's -timeout and -rss_limit_mb),
// a located error, and for what it accepts a round trip through the text exporter to the same entries.
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
    const QVector<DigestEntry> &a = first.digest.entries();
    const QVector<DigestEntry> &b = second.digest.entries();
    if (a.size() != b.size())
        Fuzz::broken("the round trip keeps every entry", text);
    for (int i = 0; i < a.size(); ++i) {
        for (const DigestEntry::Field field :
             {DigestEntry::Field::Title, DigestEntry::Field::ZhTitle, DigestEntry::Field::ZhSummary}) {
            if (a.at(i).field(field) != b.at(i).field(field))
                Fuzz::broken("the round trip keeps each entry's titles and summary",
                             a.at(i).field(field) + QStringLiteral(" -> ") + b.at(i).field(field));
        }
    }
    return 0;
}
