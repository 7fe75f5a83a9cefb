// The digestctl commands that join the library with arXiv or the formats: add, import, export, check.
#pragma once

#include "ctlrunner.h"

namespace DigestStudio {

class DigestCommands final
{
public:
    static void registerInto(QHash<QString, CtlRunner::Handler> *commands);

    // `add DIGEST ID|URL...`: PaperIntake looks the papers up (the library answers for known ones) and makes
    // an entry for each with the entry defaults; papers the digest has are skipped with a message. Any
    // malformed, missing or failed id: nothing is added, exit 1.
    static int add(CtlContext &context, const QStringList &arguments);
    // `import FILE [--date YYYY-MM-DD]`: stores a published post (read by the registry's importer for the
    // file) as a new digest and prints its id. The date is --date, else a YYYY-MM-DD in the file's name,
    // else today.
    static int import(CtlContext &context, const QStringList &arguments);
    // `export DIGEST --format ID [--output FILE]`.
    static int exportDigest(CtlContext &context, const QStringList &arguments);
    // `check DIGEST [--json]`: with the library's glossary and earlier features.
    static int check(CtlContext &context, const QStringList &arguments);
};

} // namespace DigestStudio
