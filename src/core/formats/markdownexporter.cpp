#include "formats/markdownexporter.h"

#include "formats/textexporter.h"
#include "formats/weiboexporter.h"

#include <QCoreApplication>

namespace DigestStudio {

namespace {

// True when the '&' at `at` would begin an entity or character reference (`&amp;`, `&#38;`) that a Markdown
// renderer decodes; a lone '&' (`A & B`) is shown as it is and needs no escape.
bool startsReference(const QString &line, int at)
{
    int i = at + 1;
    if (i < line.size() && line.at(i) == QLatin1Char('#'))
        ++i;
    const int first = i;
    while (i < line.size() && i - first < 32 && line.at(i).unicode() < 0x80 && line.at(i).isLetterOrNumber())
        ++i;
    return i > first && i < line.size() && line.at(i) == QLatin1Char(';');
}

QString escapedLine(const QString &line)
{
    static const QString special = QStringLiteral("\\`*_[]<>|");
    QString out;
    out.reserve(line.size() + 8);
    for (int k = 0; k < line.size(); ++k) {
        const QChar c = line.at(k);
        if (special.contains(c) || (c == QLatin1Char('&') && startsReference(line, k)))
            out += QLatin1Char('\\');
        out += c;
    }
    // What would start a heading, quote, list or rule at the start of a line.
    int i = 0;
    while (i < out.size() && out.at(i) == QLatin1Char(' '))
        ++i;
    if (i < out.size()) {
        const QChar first = out.at(i);
        if (first == QLatin1Char('#') || first == QLatin1Char('-') || first == QLatin1Char('+') ||
            first == QLatin1Char('=') || first == QLatin1Char('~')) {
            out.insert(i, QLatin1Char('\\'));
        } else if (first.isDigit()) {
            int j = i;
            while (j < out.size() && out.at(j).isDigit())
                ++j;
            if (j < out.size() && (out.at(j) == QLatin1Char('.') || out.at(j) == QLatin1Char(')')))
                out.insert(j, QLatin1Char('\\'));
        }
    }
    return out;
}

} // namespace

QString MarkdownExporter::name() const
{
    return QCoreApplication::translate("DigestStudio::FormatRegistry", "Markdown (blogs, Zhihu)");
}

QString MarkdownExporter::inlineText(const QString &text)
{
    QString out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int l = 0; l < lines.size(); ++l) {
        if (l > 0)
            out += QLatin1Char('\n');
        const QString &line = lines.at(l);
        int plainStart = 0;
        QString rendered;
        const int n = static_cast<int>(line.size());
        for (int i = 0; i < n; ++i) {
            if (line.at(i) != QLatin1Char('h'))
                continue;
            const int end = WeiboExporter::urlEnd(line, i);
            if (end == i)
                continue;
            rendered += escapedLine(line.mid(plainStart, i - plainStart));
            rendered += QLatin1Char('<') + line.mid(i, end - i) + QLatin1Char('>');
            plainStart = end;
            i = end - 1;
        }
        rendered += escapedLine(line.mid(plainStart));
        out += rendered;
    }
    return out;
}

ExportResult MarkdownExporter::render(const Digest &digest, const ExportOptions &options) const
{
    QStringList blocks;
    const QString legend = TextExporter::legend(digest, options);
    if (!legend.isEmpty())
        blocks.append(inlineText(legend));
    if (!digest.attribution().isEmpty())
        blocks.append(inlineText(digest.attribution()));
    if (!digest.entries().isEmpty()) {
        const QString label =
            digest.summaryLabel().isEmpty() ? Digest::defaultSummaryLabel() : digest.summaryLabel();
        // `**摘要**:`: a closing `**` right after punctuation would not close before Chinese text
        // (CommonMark).
        QString word = label;
        while (!word.isEmpty() && (word.back().isPunct() || word.back().isSpace()))
            word.chop(1);
        const QString rest = label.mid(word.size());
        blocks.append(
            (word.isEmpty() ? QString() : QStringLiteral("**") + inlineText(word) + QStringLiteral("**")) +
            inlineText(rest) + inlineText(digest.summaryText()));
    }
    const QVector<DigestEntry> &entries = digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const DigestEntry &e = entries.at(i);
        blocks.append(QStringLiteral("---"));
        blocks.append(QStringLiteral("### ") + inlineText(TextExporter::titleLine(e, i + 1)));
        if (!e.authorsLine().isEmpty())
            blocks.append(inlineText(e.authorsLine()));
        const QString affiliations = TextExporter::affiliationsLine(e);
        if (!affiliations.isEmpty())
            blocks.append(inlineText(affiliations));
        const QString chinese = TextExporter::chineseParagraph(e);
        if (!chinese.isEmpty())
            blocks.append(inlineText(chinese));
        if (!e.abstract().isEmpty())
            blocks.append(QStringLiteral("> ") +
                          inlineText(e.abstract()).replace(QStringLiteral("\n"), QStringLiteral("\n> ")));
        if (!e.link().isEmpty())
            blocks.append(inlineText(e.link()));
    }
    if (!digest.footer().isEmpty()) {
        blocks.append(QStringLiteral("---"));
        blocks.append(inlineText(digest.footer()));
    }
    ExportResult result;
    result.text = blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    return result;
}

} // namespace DigestStudio
