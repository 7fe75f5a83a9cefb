// digestctl's import, export and check commands over an already resolved Digest (the Library resolves
// DIGEST); formats come from the FormatRegistry.
#pragma once

#include "checks/checkcontext.h"
#include "ctlcontext.h"
#include "formats/exportoptions.h"
#include "model/digest.h"

#include <QString>
#include <QStringList>

namespace DigestStudio {

class CtlArguments;
class DigestExporter;

class FormatCommands final
{
public:
    // `export DIGEST --format text|weibo|wechat|markdown|image [--output FILE] [--width N] [--scale N]
    // [--max-height N]`: `args` are the ones after DIGEST. Writes to stdout, or to FILE through QSaveFile
    // (nothing is written on failure); the images go to FILE as a folder or NAME.png (ImageExporter::save),
    // their paths printed one a line, and need --output. Unknown or missing format: usage error (2). A
    // failed write: 1. Options from the settings unless given.
    static int exportDigest(CtlContext &context, const Digest &digest, const QStringList &args);
    static int exportDigest(CtlContext &context, const Digest &digest, const QStringList &args,
                            const ExportOptions &options);
    // The same with the arguments read: the format's id, and FILE when `toFile`.
    static int exportAs(CtlContext &context, const Digest &digest, const QString &formatId, bool toFile,
                        const QString &file, const ExportOptions &options);

    // `check DIGEST [--json]`: the findings as text lines or a JSON array; 1 when any is an error. `checks`
    // supplies the glossary, earlier features and settings (its digest is replaced by `digest`).
    static int checkDigest(CtlContext &context, const Digest &digest, const QStringList &args);
    static int checkDigest(CtlContext &context, const Digest &digest, const QStringList &args,
                           const CheckContext &checks);
    // The same with the arguments read.
    static int checkAs(CtlContext &context, const Digest &digest, bool json, const CheckContext &checks);

    // The long images' options --width, --scale and --max-height.
    static void addImageOptions(CtlArguments *args);
    // Reads them into `options`; false with `problem` when one is not a number in its range.
    static bool readImageOptions(const CtlArguments &args, ExportOptions *options, QString *problem);

    // `import FILE`: reads the post with the registry's importer for FILE into `out` (all or nothing). On
    // failure says `FILE:LINE: expected ...` on stderr and returns 1; `out` is untouched.
    static int importFile(CtlContext &context, const QString &file, Digest *out);

private:
    static int exportImages(CtlContext &context, const DigestExporter &exporter, const Digest &digest,
                            const QString &target, const ExportOptions &options);
    static int usageError(CtlContext &context, const QString &message);
};

} // namespace DigestStudio
