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

qint64 CtlCall::entryAt(int index, int *status)
{
    bool ok = false;
    const int position = argument(index).toInt(&ok);
    if (!ok || position < 1) {
        *status = usage(QStringLiteral("POSITION '") + argument(index) +
                        QStringLiteral("' is not a positive number"));
        return 0;
    }
    *status = CtlFailed;
    const qint64 digest = digestId(argument(0));
    if (digest == 0)
        return 0;
    LibraryError error;
    const qint64 entryId = library()->entryIdAt(digest, position, &error);
    if (entryId == 0)
        failed(error.message);
    return entryId;
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
