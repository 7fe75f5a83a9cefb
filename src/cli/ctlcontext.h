// What every digestctl command gets: the resolved launch configuration, the two output streams, the
// environment, and the one door to the library.
#pragma once

#include "services/launchconfig.h"

#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

#include <memory>

namespace DigestStudio {

class Library;

class CtlContext final
{
public:
    CtlContext();
    ~CtlContext();
    CtlContext(const CtlContext &) = delete;
    CtlContext &operator=(const CtlContext &) = delete;

    LaunchConfig config;             // the library, the arXiv endpoints and the rest (option > env > setting)
    QTextStream *out = nullptr;      // results (JSON or text)
    QTextStream *err = nullptr;      // messages for the user
    QProcessEnvironment environment; // the runner's (keys such as $DIGEST_LLM_API_KEY come from here)

    // The one door: the library config names, opened at the first call (after the command checked its
    // arguments, so that a usage error never creates a library file) and kept until the command ends. Null
    // after saying why on stderr, the same words for every command: the location (never its password) and
    // the cause. Only for a command the table says uses the library (allowLibrary()).
    Library *library();
    // The same without the message: null and `problem` (a command for which the library is a nicety).
    Library *tryLibrary(QString *problem);
    // The runner, from the command table.
    void allowLibrary(bool allowed) { m_libraryAllowed = allowed; }

private:
    bool m_libraryAllowed = false;
    bool m_libraryTried = false;
    QString m_libraryProblem;
    std::unique_ptr<Library> m_library;
};

// Exit statuses of the contract.
enum CtlExit { CtlOk = 0, CtlFailed = 1, CtlUsage = 2 };

// A failed operation: the message on stderr. Returns 1.
int ctlFailed(CtlContext &context, const QString &message);
// A message on stderr that is not a failure (a notice, a paper skipped).
void ctlNotice(CtlContext &context, const QString &message);

} // namespace DigestStudio
