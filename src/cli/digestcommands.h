// The digestctl commands that join the library with arXiv or the formats: add, import, export, check.
#pragma once

#include "ctlrunner.h"
#include "services/postimport.h"

namespace DigestStudio {

class Library;

class DigestCommands final
{
public:
    static void registerInto(QHash<QString, CtlRunner::Handler> *commands);

    // `add DIGEST ID|URL...`: PaperIntake looks the papers up (the library answers for known ones) and makes
    // an entry for each with the entry defaults; papers the digest has are skipped with a message. Any
    // malformed, missing or failed id: nothing is added, exit 1.
    static int add(CtlContext &context, const QStringList &arguments);
    // `import FILE... [--date YYYY-MM-DD]`: stores each published post (read by the registry's importer for
    // the file; all or nothing per file) as a new digest and prints its id, one line each in the order
    // given. The date is --date, else the one in the file's name (PostImport::dateFromName), else today.
    // A refused file is named on stderr and the others are still imported; exit 1 when any was refused.
    static int import(CtlContext &context, const QStringList &arguments);
    // `export DIGEST --format ID [--output FILE] [--width N] [--scale N] [--max-height N]`; the long
    // images get the entries' first figures from the library.
    static int exportDigest(CtlContext &context, const QStringList &arguments);
    // `check DIGEST [--json]`: with the library's glossary and earlier features.
    static int check(CtlContext &context, const QStringList &arguments);

private:
    // Stores one parsed post; prints its id (and, when `several`, a line naming the file on stderr).
    static void storeImported(CtlContext &context, Library *library, const Digest &digest,
                              PostImportOutcome *outcome, bool several);
};

} // namespace DigestStudio
