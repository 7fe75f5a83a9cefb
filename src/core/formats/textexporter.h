// The plain-text post of docs/format.md: legend, attribution, summary line, entries, footer.
#pragma once

#include "formats/digestexporter.h"

#include <QStringList>

namespace DigestStudio {

class TextExporter final : public DigestExporter
{
public:
    QString id() const override { return QStringLiteral("text"); }
    QString name() const override;
    QString fileExtension() const override { return QStringLiteral("txt"); }
    QString mimeType() const override { return QStringLiteral("text/plain"); }

    ExportResult render(const Digest &digest, const ExportOptions &options) const override;

    // The building blocks, shared with the Weibo and Markdown exporters.
    // The legend line the options ask for: the digest's own, or the used tags' legend.
    static QString legend(const Digest &digest, const ExportOptions &options);
    // `摘要:` + the short titles; empty when the digest has no entries.
    static QString summaryLine(const Digest &digest);
    // The header's paragraphs in order (legend, attribution, summary line), empty ones left out.
    static QStringList headerParagraphs(const Digest &digest, const ExportOptions &options);
    // `1、[LG] English title`.
    static QString titleLine(const DigestEntry &entry, int position);
    // `[A & B]` + the note after the bracket; empty when the entry has no affiliations.
    static QString affiliationsLine(const DigestEntry &entry);
    // The Chinese title, `。` unless the title already ends a sentence (`?` `!` ...), and the summary.
    static QString chineseParagraph(const DigestEntry &entry);
    // True when `zhTitle` ends with a sentence end, so no `。` follows it.
    static bool endsSentence(const QString &zhTitle);
    // One entry's block, from its title line to its link, blank lines inside as in the sample.
    static QString entryBlock(const DigestEntry &entry, int position);
    // The post's blocks in order: the header (when not empty), each entry, the footer (when not empty).
    static QStringList blocks(const Digest &digest, const ExportOptions &options);
    // How consecutive blocks are joined: a blank line, or a blank line, a U+00A0 line and a blank line.
    static QString blockJoin(const ExportOptions &options);
};

} // namespace DigestStudio
