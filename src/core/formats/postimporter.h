// One import format: its identity (id, name, file extensions) and how it reads a published post back into a
// Digest. Importers register in the FormatRegistry beside the exporters.
#pragma once

#include "formats/importresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace DigestStudio {

class PostImporter
{
public:
    virtual ~PostImporter() = default;

    // Stable id (`text`), the same as the exporter that writes the format.
    virtual QString id() const = 0;
    // Translatable display name.
    virtual QString name() const = 0;
    // Without the dot: `txt`.
    virtual QStringList fileExtensions() const = 0;

    // All or nothing: a digest, or the line that could not be read.
    virtual ImportResult read(const QByteArray &bytes) const = 0;
};

} // namespace DigestStudio
