// digestctl's import, export and check commands over an already resolved Digest (the Library resolves
// DIGEST).
#pragma once

#include "checks/checkcontext.h"
#include "ctlcontext.h"
#include "formats/exportoptions.h"
#include "model/digest.h"

#include <QString>
#include <QStringList>

namespace DigestStudio {

class FormatCommands final
{
public:
    // `export DIGEST --format text|weibo|wechat|markdown [--output FILE]`: `args` are the ones after DIGEST.
    // Writes to stdout, or to FILE through QSaveFile (nothing is written on failure). Unknown or missing
    // format: usage error (2). A failed write: 1. Options from the settings unless given.
    static int exportDigest(CtlContext &context, const Digest &digest, const QStringList &args);
    static int exportDigest(CtlContext &context, const Digest &digest, const QStringList &args,
                            const ExportOptions &options);

    // `check DIGEST [--json]`: the findings as text lines or a JSON array; 1 when any is an error. `checks`
    // supplies the glossary, earlier features and settings (its digest is replaced by `digest`).
    static int checkDigest(CtlContext &context, const Digest &digest, const QStringList &args);
    static int checkDigest(CtlContext &context, const Digest &digest, const QStringList &args,
                           const CheckContext &checks);

    // `import FILE`: parses the post into `out` (all or nothing). On failure says `FILE:LINE: expected ...`
    // on stderr and returns 1; `out` is untouched.
    static int importFile(CtlContext &context, const QString &file, Digest *out);

private:
    static int usageError(CtlContext &context, const QString &message);
};

} // namespace DigestStudio
