// digestctl's `glossary`: list, import and export the term base as the GUI's CSV, add and remove terms.
#pragma once

#include "ctlcommand.h"

#include <QVector>

namespace DigestStudio {

class GlossaryCommands final
{
public:
    static QVector<CtlCommand> declare();

    // `glossary list`: `english<TAB>chinese<TAB>note` lines.
    static int list(CtlCall &call);
    // `glossary import FILE.csv`: the glossary becomes the file's terms (a bad file changes nothing).
    static int importCsv(CtlCall &call);
    static int exportCsv(CtlCall &call);
    // `glossary add EN ZH [NOTE]`: replaces a term with the same English.
    static int add(CtlCall &call);
    // `glossary remove EN`: a term not there is exit 1.
    static int remove(CtlCall &call);
};

} // namespace DigestStudio
