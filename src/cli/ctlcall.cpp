#include "ctlcall.h"

#include "ctlhelp.h"
#include "storage/library.h"

namespace DigestStudio {

CtlCall::CtlCall(CtlContext &context, const CtlCommand &command, const CtlArguments &parsed)
    : m_context(context)
    , m_command(command)
    , m_parsed(parsed)
{}

int CtlCall::usage(const QString &message)
{
    return CtlHelp::usageError(*m_context.err, message, {&m_command});
}

qint64 CtlCall::digestId(const QString &spec)
{
    Library *library = this->library();
    if (!library)
        return 0;
    LibraryError error;
    const qint64 id = library->resolveDigest(spec, &error);
    if (id == 0)
        failed(error.message);
    return id;
}

bool CtlCall::loadDigest(const QString &spec, Digest *digest)
{
    const qint64 id = digestId(spec);
    if (id == 0)
        return false;
    LibraryError error;
    if (!m_context.library()->loadDigest(id, digest, &error)) {
        failed(error.message);
        return false;
    }
    return true;
}

} // namespace DigestStudio
