// What every digestctl command gets: the global options and the two output streams.
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

namespace DigestStudio {

struct CtlContext
{
    QString dbLocation;         // SQLite file path or postgresql://...
    QUrl arxivApi;              // the arXiv API query endpoint
    int arxivIntervalMs = 3000; // politeness interval between arXiv requests
    QTextStream *out = nullptr; // results (JSON or text)
    QTextStream *err = nullptr; // messages for the user
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

} // namespace DigestStudio
