#include "formats/textimporter.h"

#include "formats/digestimporter.h"

#include <QCoreApplication>

namespace DigestStudio {

QString TextImporter::name() const
{
    return QCoreApplication::translate("DigestStudio::FormatRegistry", "Published post (plain text)");
}

ImportResult TextImporter::read(const QByteArray &bytes) const
{
    const DigestImporter::Result parsed = DigestImporter::parse(bytes);
    ImportResult result;
    result.ok = parsed.ok;
    result.digest = parsed.digest;
    result.line = parsed.line;
    result.expected = parsed.expected;
    result.found = parsed.found;
    return result;
}

} // namespace DigestStudio
