// One run of one digestctl command: its declaration, its arguments as the runner parsed them against the
// declaration, and the context. What a handler reads and how it answers.
#pragma once

#include "ctlarguments.h"
#include "ctlcommand.h"
#include "ctlcontext.h"

#include <QStringList>

namespace DigestStudio {

class Digest;
class Library;

class CtlCall final
{
public:
    CtlCall(CtlContext &context, const CtlCommand &command, const CtlArguments &parsed);

    CtlContext &context() { return m_context; }
    const CtlCommand &command() const { return m_command; }
    QTextStream &out() { return *m_context.out; }

    // The positional arguments after the command's name (and sub-name); the runner checked their count.
    QStringList arguments() const { return m_parsed.positional(); }
    QString argument(int index) const { return m_parsed.positional().value(index); }
    bool isSet(const QString &option) const { return m_parsed.isSet(option); }
    // The option's value; null when it was not given.
    QString value(const QString &option) const { return m_parsed.value(option); }
    const CtlArguments &parsed() const { return m_parsed; }

    // A usage error, said as every usage error is: the message, then the command's synopsis. Returns 2.
    int usage(const QString &message);
    // The operation failed: the message on stderr. Returns 1.
    int failed(const QString &message) { return ctlFailed(m_context, message); }
    void notice(const QString &message) { ctlNotice(m_context, message); }

    // The library, through the context's one door (null after the one message saying why).
    Library *library() { return m_context.library(); }
    // Loads the digest DIGEST names (an id, or a date: the latest digest of that day) from the library;
    // false after saying why.
    bool loadDigest(const QString &spec, Digest *digest);
    // Its id only; 0 after saying why.
    qint64 digestId(const QString &spec);
    // The id of the entry at POSITION (argument `index`) of DIGEST (argument 0); 0 after saying why, with the
    // exit status in `status` (2 for a POSITION that is no number, 1 otherwise).
    qint64 entryAt(int index, int *status);

private:
    CtlContext &m_context;
    const CtlCommand &m_command;
    CtlArguments m_parsed;
};

} // namespace DigestStudio
