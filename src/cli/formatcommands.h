// digestctl's commands on published posts: import (files into new digests), export (a digest through
// ExportService) and check (the findings of the check registry). The digest-level entry points run on a
// Digest already loaded, without a library (tests, tools).
#pragma once

#include "checks/checkcontext.h"
#include "ctlcommand.h"
#include "ctlcontext.h"
#include "formats/exportoptions.h"
#include "model/digest.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

class CtlArguments;
class Library;
struct PostImportOutcome;

class FormatCommands final
{
public:
    static QVector<CtlCommand> declare();

    // `import FILE... [--date YYYY-MM-DD]`: stores each published post (read by the registry's importer for
    // the file, with DigestImporter::MaxPostBytes as the cap; all or nothing per file) as a new digest and
    // prints its id, one line each in the order given. The date is --date, else the one in the file's name
    // (PostImport::dateFromName), else today. A refused file is named on stderr and the others are still
    // imported; exit 1 when any was refused. The library is not opened when no file is a post.
    static int importPosts(CtlCall &call);
    // `export DIGEST --format F [--output FILE] [--width N] [--scale N] [--max-height N]`.
    static int exportPost(CtlCall &call);
    // `check DIGEST [--json]`: with the library's glossary and earlier features.
    static int check(CtlCall &call);

    // `export`'s options after DIGEST, for `digest`: writes to stdout, or to FILE through ExportService
    // (nothing is written on failure); the images need --output (a folder or NAME.png), their paths are
    // printed one a line. A usage error: 2 (the same words as the command's). A failed write: 1. Options from
    // the settings unless given.
    static int exportDigest(CtlContext &context, const Digest &digest, const QStringList &args);
    static int exportDigest(CtlContext &context, const Digest &digest, const QStringList &args,
                            const ExportOptions &options);
    // `check`'s options after DIGEST: the findings as text lines or a JSON array; 1 when any is an error.
    // `checks` supplies the glossary, earlier features and settings (its digest is replaced by `digest`).
    static int checkDigest(CtlContext &context, const Digest &digest, const QStringList &args);
    static int checkDigest(CtlContext &context, const Digest &digest, const QStringList &args,
                           const CheckContext &checks);
    // Reads the post FILE with the registry's importer into `out` (all or nothing). On failure says
    // `FILE:LINE: expected ...` on stderr and returns 1; `out` is untouched.
    static int importFile(CtlContext &context, const QString &file, Digest *out);

private:
    // Checks export's options into `options` (the format, the image numbers, --output); 2 after a usage
    // message, else 0.
    static int readExportOptions(CtlContext &context, const CtlArguments &args, ExportOptions *options);
    static int exportAs(CtlContext &context, Library *library, const Digest &digest, const CtlArguments &args,
                        const ExportOptions &options);
    static int checkAs(CtlContext &context, const Digest &digest, bool json, const CheckContext &checks);
    // Stores one parsed post; prints its id (and, when `several`, a line naming the file on stderr).
    static void storeImported(CtlCall &call, Library *library, const Digest &digest,
                              PostImportOutcome *outcome, bool several);
};

} // namespace DigestStudio
