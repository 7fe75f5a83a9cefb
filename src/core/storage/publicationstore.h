// What was published where: per digest and channel (`wechat`), the draft's media_id, so that a digest is not
// published twice by accident.
#pragma once

#include "model/libraryerror.h"
#include "storage/librarytypes.h"

namespace DigestStudio {

class LibraryConnection;

class PublicationStore final
{
public:
    explicit PublicationStore(LibraryConnection &connection);

    // True and `record` filled when the digest was published (or a draft request sent) on `channel`.
    bool publication(qint64 digestId, const QString &channel, PublicationRecord *record, LibraryError *error);
    // Replaces the digest's record for the channel (one row per digest and channel).
    bool recordPublication(const PublicationRecord &record, LibraryError *error);
    bool forgetPublication(qint64 digestId, const QString &channel, LibraryError *error);

private:
    LibraryConnection &m_connection;
};

} // namespace DigestStudio
