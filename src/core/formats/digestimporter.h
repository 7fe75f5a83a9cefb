// Reads a published post (docs/format.md's plain-text structure) back into a Digest: all or nothing.
#pragma once

#include "model/digest.h"

#include <QByteArray>
#include <QString>

namespace DigestStudio {

class DigestImporter final
{
public:
    // The largest post read (a 100-entry post is about 200 KB) and the largest short-title alignment table
    // (entries x extra pieces of the summary line and entries left out of it): past them the import is
    // refused with a message, so that a hostile file costs bounded time and memory.
    static constexpr int MaxPostBytes = 8 * 1024 * 1024;
    static constexpr qint64 MaxAlignmentCells = 4 * 1000 * 1000;

    struct Result
    {
        bool ok = false;
        Digest digest; // empty unless ok
        // On failure: the 1-based line that could not be placed, what was expected there, and what was found.
        int line = 0;
        QString expected;
        QString found;
        // `line 12: expected ..., found "..."`.
        QString errorMessage() const;
    };

    // Tolerant of separator lines in any number, `摘要:`/`摘要:`, `1、`/`1.` numbering, a missing
    // affiliations line, legend, attribution, summary line or footer, CRLF/CR line ends and a BOM.
    static Result parse(const QByteArray &bytes);
    static Result parseText(const QString &text);

    // Splits an entry's Chinese paragraph into title and summary, as TextExporter::chineseParagraph joins
    // them; `shortTitle` (from the summary line, may be empty) tells where the title's first part ends.
    static void splitChineseParagraph(const QString &paragraph, const QString &shortTitle, QString *zhTitle,
                                      QString *zhSummary);
    // `https://arxiv.org/abs/2210.06441v2` → `2210.06441` and 2; old-style ids too. False when not arXiv.
    static bool arxivIdFromLink(const QString &link, QString *id, int *version);
};

} // namespace DigestStudio
