// The digestctl commands that join the library with arXiv or the formats: add, import, export, check.
#pragma once

#include "ctlrunner.h"

namespace DigestStudio {

class DigestCommands final
{
public:
    static void registerInto(QHash<QString, CtlRunner::Handler> *commands);

    // `add DIGEST ID|URL...`: looks the papers up (the library answers for known ones) and appends an entry
    // for each with the entry defaults. Any malformed, missing or failed id: nothing is added, exit 1.
    static int add(CtlContext &context, const QStringList &arguments);
    // `import FILE [--date YYYY-MM-DD]`: stores a published post as a new digest and prints its id. The date
    // is
    // --date, else a YYYY-MM-DD in the file's name, else today.
    static int import(CtlContext &context, const QStringList &arguments);
    // `export DIGEST --format ID [--output FILE]`.
    static int exportDigest(CtlContext &context, const QStringList &arguments);
    // `check DIGEST [--json]`: with the library's glossary and earlier features.
    static int check(CtlContext &context, const QStringList &arguments);
};

} // namespace DigestStudio
