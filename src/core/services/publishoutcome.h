// How a publish ended: the draft's media_id, or why not, in words (never a secret or a token).
#pragma once

#include "storage/librarytypes.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace DigestStudio {

struct PublishOutcome
{
    enum class Status {
        Published,        // the draft exists: mediaId
        AlreadyPublished, // nothing sent: the digest was published (or sent) before; `previous` says when
        Busy,             // nothing sent: another publisher is publishing the digest (`previous.busySince`)
        NotReady,         // nothing sent: `problems` (pre-flight errors, field limits, files, credentials)
        Failed,           // WeChat or the network refused: `message`
        Cancelled
    };

    Status status = Status::Failed;
    QString mediaId;
    QString message;
    QStringList problems;
    QStringList notes; // images converted, and the like
    PublicationRecord previous;

    bool published() const { return status == Status::Published; }
};

} // namespace DigestStudio

Q_DECLARE_METATYPE(DigestStudio::PublishOutcome)
