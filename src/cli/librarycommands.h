// The digestctl commands that work on the library alone: new, list, show, set, move, remove, search.
#pragma once

#include "ctlrunner.h"

namespace DigestStudio {

class LibraryCommands final
{
public:
    // Adds the commands to a CtlRunner's table.
    static void registerInto(QHash<QString, CtlRunner::Handler> *commands);

    static int newDigest(CtlContext &context, const QStringList &arguments);
    static int list(CtlContext &context, const QStringList &arguments);
    static int show(CtlContext &context, const QStringList &arguments);
    static int set(CtlContext &context, const QStringList &arguments);
    static int move(CtlContext &context, const QStringList &arguments);
    static int remove(CtlContext &context, const QStringList &arguments);
    static int search(CtlContext &context, const QStringList &arguments);
};

} // namespace DigestStudio
