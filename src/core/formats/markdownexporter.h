// The Markdown post for blogs and Zhihu: the plain-text structure with headings, rules and autolinks.
#pragma once

#include "formats/digestexporter.h"

namespace DigestStudio {

class MarkdownExporter final : public DigestExporter
{
public:
    QString id() const override { return QStringLiteral("markdown"); }
    QString name() const override;
    QString fileExtension() const override { return QStringLiteral("md"); }
    QString mimeType() const override { return QStringLiteral("text/markdown"); }
    QString syntaxName() const override { return QStringLiteral("Markdown"); }

    ExportResult render(const Digest &digest, const ExportOptions &options) const override;

    // `text` with Markdown's special characters escaped and its URLs as `<autolinks>`.
    static QString inlineText(const QString &text);
};

} // namespace DigestStudio
