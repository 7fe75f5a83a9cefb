#include "storage/changewatcher.h"

namespace DigestStudio {

bool ChangeWatcher::sendPresence(const QByteArray &payload, LibraryError *error)
{
    Q_UNUSED(payload)
    Q_UNUSED(error)
    return true;
}

void ChangeWatcher::report(qint64 digestId, qint64 entryId)
{
    if (entryId == 0)
        Q_EMIT digestChanged(digestId);
    else
        Q_EMIT entryChanged(digestId, entryId);
}

} // namespace DigestStudio
