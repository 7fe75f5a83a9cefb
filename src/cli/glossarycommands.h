// digestctl's `glossary`: list, import and export the term base as the GUI's CSV, add and remove terms.
#pragma once

#include "ctlrunner.h"

namespace DigestStudio {

class Library;

class GlossaryCommands final
{
public:
    static void registerInto(QHash<QString, CtlRunner::Handler> *commands);

    // `glossary list|import FILE.csv|export FILE.csv|add EN ZH [NOTE]|remove EN`. `list` prints
    // `english<TAB>chinese<TAB>note` lines; `import` makes the glossary the file's terms (a bad file changes
    // nothing); `add` replaces a term with the same English; `remove` of a term not there is exit 1.
    static int glossary(CtlContext &context, const QStringList &arguments);

private:
    static int list(CtlContext &context, Library *library);
    static int importCsv(CtlContext &context, Library *library, const QString &file);
    static int exportCsv(CtlContext &context, Library *library, const QString &file);
    static int add(CtlContext &context, Library *library, const QStringList &arguments);
    static int remove(CtlContext &context, Library *library, const QString &english);
};

} // namespace DigestStudio
