// What every digestctl command gets: the resolved launch configuration and the two output streams.
#pragma once

#include "services/launchconfig.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace DigestStudio {

struct CtlContext
{
    LaunchConfig config;             // the library, the arXiv endpoints and the rest (option > env > setting)
    QTextStream *out = nullptr;      // results (JSON or text)
    QTextStream *err = nullptr;      // messages for the user
    QProcessEnvironment environment; // the variables digestctl was started with (credentials)
};

// Exit statuses of the contract.
enum CtlExit { CtlOk = 0, CtlFailed = 1, CtlUsage = 2 };

// A usage error said the way every command says it: the message, then the command's synopsis. Returns 2.
inline int ctlUsage(CtlContext &context, const QString &message, const QString &synopsis)
{
    *context.err << "digestctl: " << message << '\n'
                 << "Usage: digestctl [--db LOCATION] " << synopsis << '\n';
    context.err->flush();
    return CtlUsage;
}

// A failed operation: the message on stderr. Returns 1.
inline int ctlFailed(CtlContext &context, const QString &message)
{
    *context.err << "digestctl: " << message << '\n';
    context.err->flush();
    return CtlFailed;
}

// A message on stderr that is not a failure (a notice, a paper skipped).
inline void ctlNotice(CtlContext &context, const QString &message)
{
    *context.err << "digestctl: " << message << '\n';
    context.err->flush();
}

} // namespace DigestStudio
