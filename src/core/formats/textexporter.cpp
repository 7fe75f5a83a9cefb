#include "formats/textexporter.h"

#include "formats/posttext.h"

#include <QCoreApplication>

namespace DigestStudio {

QString TextExporter::name() const
{
    return QCoreApplication::translate("DigestStudio::FormatRegistry", "Plain text");
}

QString TextExporter::legend(const Digest &digest, const ExportOptions &options)
{
    if (options.legendMode == ExportOptions::LegendMode::Fixed)
        return digest.legend();
    // The legend's order first, then tags outside it in the order they appear.
    QStringList used;
    for (const DigestEntry &entry : digest.entries()) {
        if (!entry.tag().isEmpty() && !used.contains(entry.tag()))
            used.append(entry.tag());
    }
    QStringList ordered;
    for (const QString &tag : options.tagTable.tags()) {
        if (used.contains(tag))
            ordered.append(tag);
    }
    for (const QString &tag : used) {
        if (!ordered.contains(tag))
            ordered.append(tag);
    }
    return options.tagTable.legendFor(ordered);
}

QString TextExporter::summaryLine(const Digest &digest)
{
    if (digest.entries().isEmpty())
        return QString();
    // An entry with Chinese text but no title yet has no short title: the line could not say which entry
    // each short title is for, and a reader (the importer) would take the text for a title. No line then,
    // until every entry with Chinese text has its title (found by fuzz-digestimporter).
    for (const DigestEntry &entry : digest.entries()) {
        if (entry.effectiveShortTitle().isEmpty() &&
            !(entry.zhTitle().trimmed().isEmpty() && entry.zhSummary().trimmed().isEmpty()))
            return QString();
    }
    const QString label =
        digest.summaryLabel().isEmpty() ? Digest::defaultSummaryLabel() : digest.summaryLabel();
    return label + digest.summaryText();
}

QStringList TextExporter::headerParagraphs(const Digest &digest, const ExportOptions &options)
{
    QStringList parts;
    for (const QString &part : {legend(digest, options), digest.attribution(), summaryLine(digest)}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts;
}

QString TextExporter::titleLine(const DigestEntry &entry, int position)
{
    QString line = QString::number(position) + QChar(0x3001);
    if (!entry.tag().isEmpty())
        line += QLatin1Char('[') + entry.tag() + QStringLiteral("] ");
    line += entry.title();
    return line;
}

QString TextExporter::affiliationsLine(const DigestEntry &entry)
{
    if (entry.affiliations().isEmpty())
        return QString();
    return QLatin1Char('[') + entry.affiliations() + QLatin1Char(']') + entry.affiliationsNote();
}

bool TextExporter::endsSentence(const QString &zhTitle)
{
    static const QString ends = QStringLiteral("。?!?!…");
    return !zhTitle.isEmpty() && ends.contains(zhTitle.back());
}

QString TextExporter::chineseParagraph(const DigestEntry &entry)
{
    const QString title = entry.zhTitle();
    if (title.isEmpty())
        return entry.zhSummary();
    if (endsSentence(title))
        return title + entry.zhSummary();
    return title + QChar(0x3002) + entry.zhSummary();
}

QString TextExporter::entryBlock(const DigestEntry &entry, int position)
{
    QString block = titleLine(entry, position);
    // Authors, affiliations and the Chinese paragraph are one paragraph group without blank lines.
    QStringList group;
    for (const QString &line : {entry.authorsLine(), affiliationsLine(entry), chineseParagraph(entry)}) {
        if (!line.isEmpty())
            group.append(line);
    }
    if (!group.isEmpty())
        block += QStringLiteral("\n\n") + group.join(QLatin1Char('\n'));
    if (!entry.abstract().isEmpty())
        block += QStringLiteral("\n\n") + entry.abstract();
    if (!entry.link().isEmpty())
        block += QStringLiteral("\n\n") + entry.link();
    return block;
}

QStringList TextExporter::blocks(const Digest &digest, const ExportOptions &options)
{
    QStringList result;
    const QStringList header = headerParagraphs(digest, options);
    if (!header.isEmpty())
        result.append(header.join(QStringLiteral("\n\n")));
    const QVector<DigestEntry> &entries = digest.entries();
    for (int i = 0; i < entries.size(); ++i)
        result.append(entryBlock(entries.at(i), i + 1));
    if (!digest.footer().isEmpty())
        result.append(digest.footer());
    return result;
}

QString TextExporter::blockJoin(const ExportOptions &options)
{
    if (!options.separatorLines)
        return QStringLiteral("\n\n");
    return QStringLiteral("\n\n") + QChar(PostText::NoBreakSpace) + QStringLiteral("\n\n");
}

ExportResult TextExporter::render(const Digest &digest, const ExportOptions &options) const
{
    ExportResult result;
    result.text = blocks(digest, options).join(blockJoin(options));
    result.text += QLatin1Char('\n');
    return result;
}

} // namespace DigestStudio
