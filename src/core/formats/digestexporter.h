// One export format: its identity (id, name, file extension, MIME type) and how it renders a digest.
#pragma once

#include "formats/exportoptions.h"
#include "formats/exportresult.h"
#include "model/digest.h"

#include <QString>

namespace DigestStudio {

class DigestExporter
{
public:
    virtual ~DigestExporter() = default;

    // Stable id used by digestctl (`text`, `weibo`, `wechat`, `markdown`).
    virtual QString id() const = 0;
    // Translatable display name.
    virtual QString name() const = 0;
    // Without the dot: `txt`, `html`, `md`.
    virtual QString fileExtension() const = 0;
    virtual QString mimeType() const = 0;
    // For the preview's highlighter: a KSyntaxHighlighting definition name, or empty for none.
    virtual QString syntaxName() const { return QString(); }

    virtual ExportResult render(const Digest &digest, const ExportOptions &options) const = 0;
};

} // namespace DigestStudio
