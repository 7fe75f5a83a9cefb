// The digestctl commands that work on the library alone: new, list, show, set, move, remove, search.
#pragma once

#include "ctlcommand.h"

#include <QVector>

namespace DigestStudio {

class LibraryCommands final
{
public:
    // The declarations of the command table.
    static QVector<CtlCommand> declare();

    static int newDigest(CtlCall &call);
    static int list(CtlCall &call);
    static int show(CtlCall &call);
    static int set(CtlCall &call);
    static int move(CtlCall &call);
    static int remove(CtlCall &call);
    static int search(CtlCall &call);
};

} // namespace DigestStudio
