#include "ctlcontext.h"

#include "services/identity.h"
#include "storage/library.h"

#include <QSettings>

namespace DigestStudio {

CtlContext::CtlContext() = default;
CtlContext::~CtlContext() = default;

Library *CtlContext::tryLibrary(QString *problem)
{
    if (!m_libraryTried) {
        m_libraryTried = true;
        if (!m_libraryAllowed) {
            // A command that uses the library without saying so in its declaration: a bug, said plainly.
            m_libraryProblem = QStringLiteral("this command is not declared to use the library");
        } else {
            LibraryError error;
            m_library = Library::open(config.libraryLocation(), &error);
            Identity::apply(m_library.get(), QSettings());
            if (!m_library) {
                // The storage's sentences name the location already (without a password); the rare one that
                // does not gets it in front.
                m_libraryProblem = error.message;
                if (!error.location.isEmpty() && !m_libraryProblem.contains(error.location))
                    m_libraryProblem = error.location + QStringLiteral(": ") + m_libraryProblem;
            }
        }
    }
    if (!m_library && problem)
        *problem = m_libraryProblem;
    return m_library.get();
}

Library *CtlContext::library()
{
    const bool first = !m_libraryTried;
    QString problem;
    Library *library = tryLibrary(&problem);
    if (!library && first)
        ctlFailed(*this, problem);
    return library;
}

int ctlFailed(CtlContext &context, const QString &message)
{
    *context.err << "digestctl: " << message << '\n';
    context.err->flush();
    return CtlFailed;
}

void ctlNotice(CtlContext &context, const QString &message)
{
    *context.err << "digestctl: " << message << '\n';
    context.err->flush();
}

} // namespace DigestStudio
