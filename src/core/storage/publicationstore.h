// What was published where: per digest and channel (`wechat`), the confirmed draft's media_id, and the claim
// a publisher takes before its first upload, so that a digest is not published twice, not even by two
// publishers at once.
#pragma once

#include "model/libraryerror.h"
#include "storage/librarytypes.h"

namespace DigestStudio {

class LibraryConnection;

class PublicationStore final
{
public:
    enum class Claim {
        Taken,     // the claimant holds the digest's channel now
        Published, // refused: a draft was confirmed, or sent without an answer (`found` says which)
        Busy,      // refused: another publisher holds it (`found->busySince`)
        Failed     // the library failed (`error`)
    };

    explicit PublicationStore(LibraryConnection &connection);

    // True and `record` filled when a draft of the digest was confirmed on `channel`, or sent without an
    // answer; `record->busySince` says whether another publisher is at work.
    bool publication(qint64 digestId, const QString &channel, PublicationRecord *record, LibraryError *error);

    // Takes the digest's channel for `claimant` (any unique text) in one transaction that locks the digest,
    // before anything is sent. Without `force` a confirmed or unanswered draft refuses it (Published). A
    // claim of another publisher refuses it (Busy), force or not, until it is `staleSeconds` old without a
    // touch (its publisher died); an unanswered request's claim gives way to `force`.
    Claim claim(qint64 digestId, const QString &channel, const QString &claimant, bool force,
                int staleSeconds, PublicationRecord *found, LibraryError *error);
    // The claimant is still at work (its claim does not go stale). False when it no longer holds the claim.
    bool touchClaim(qint64 digestId, const QString &channel, const QString &claimant, LibraryError *error);
    // The draft request is about to go out: from now on the claim marks a draft that may exist. False (and
    // nothing may be sent) when the claimant no longer holds the claim.
    bool markSent(qint64 digestId, const QString &channel, const QString &claimant, LibraryError *error);
    // The draft is confirmed: `record.mediaId` replaces the confirmed one, and the claim goes.
    bool confirm(const PublicationRecord &record, const QString &claimant, LibraryError *error);
    // The claimant gives its claim up (nothing reached the draft box); a confirmed media_id stays.
    bool release(qint64 digestId, const QString &channel, const QString &claimant, LibraryError *error);
    // Forgets everything about the digest's channel (confirmed draft and claim).
    bool forgetPublication(qint64 digestId, const QString &channel, LibraryError *error);

private:
    // The claim row: claimant, claimed_at, sent_at; false when there is none.
    bool readClaim(qint64 digestId, const QString &channel, QStringList *row, LibraryError *error);
    // Runs `sql` bound to `values`; the number of rows it changed in `changed` (may be null).
    bool run(const QString &sql, const QVariantList &values, const QString &what, LibraryError *error,
             int *changed = nullptr);

    LibraryConnection &m_connection;
};

} // namespace DigestStudio
