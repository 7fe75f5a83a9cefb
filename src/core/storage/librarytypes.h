// The plain values Library hands out besides the domain types: digest rows, save outcomes, search hits,
// entry images, history events.
#pragma once

#include "model/digestentry.h"
#include "model/libraryerror.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace DigestStudio {

// One row of the digest list.
struct DigestSummary
{
    qint64 id = 0;
    QDate date;
    QString title;
    int entryCount = 0;
};

// The outcome of saving an entry (or one of its fields) based on the revision the editor last saw.
struct SaveResult
{
    enum class Status { Saved, Conflict, Error };

    Status status = Status::Error;
    qint64 revision = 0; // Saved: the entry's new revision
    DigestEntry theirs;  // Conflict: the entry as stored now (someone else's text)
    DigestEntry ours;    // Conflict: the stored entry with this save's changes applied (our text)
    LibraryError error;  // Error: what went wrong, naming the library

    bool saved() const { return status == Status::Saved; }
    bool isConflict() const { return status == Status::Conflict; }
};

// One search hit: an entry of a digest, or a stored paper that no hit entry covers (digestId 0).
struct SearchHit
{
    qint64 digestId = 0;
    QDate digestDate;
    qint64 entryId = 0;
    int position = 0; // 1-based; 0 for a paper hit
    QString arxivId;
    QString field;       // the contract's field name that matched (`zh_title`, `abstract`, ... or `authors`)
    QString snippet;     // the matching text with some context
    int matchStart = -1; // where the query's first term sits in the snippet
    int matchLength = 0;
    double rank = 0; // higher is better; comparable within one search
};

// An image attached to an entry (a figure of the paper), stored in the library.
struct EntryImage
{
    qint64 id = 0;
    qint64 entryId = 0;
    int position = 0; // 1-based order within the entry
    QString mimeType;
    QByteArray data;
    QString caption; // the paper's caption of a figure taken from it (`Figure 2: …`); empty otherwise
};

// The house's short name for an institution (`University of Maryland` → `UMD`).
struct AffiliationAlias
{
    QString longName;
    QString shortName;
};

// A digest sent to a publishing channel (`wechat`): the draft's media_id; empty while the answer to the
// draft request is unknown (sent, never answered), so that nobody publishes again without being asked.
struct PublicationRecord
{
    qint64 digestId = 0;
    QString channel;
    QString mediaId;       // the confirmed draft; empty when none is confirmed
    QDateTime publishedAt; // when it was confirmed; without one, when the unanswered request was sent
    // A draft request whose answer never arrived (the draft may exist) was sent then; invalid when there is
    // none. A confirmed draft may have one too: a second, forced publish that lost its answer.
    QDateTime unansweredAt;
    // Another publisher has been at work since then (nothing sent to the draft box yet); invalid when none.
    QDateTime busySince;

    bool confirmed() const { return !mediaId.isEmpty(); }
    bool unanswered() const { return unansweredAt.isValid(); }
};

// One change of one entry's field (or its status) in the entry's history: who made it, when, the text before
// and after.
struct HistoryEvent
{
    qint64 id = 0;
    qint64 entryId = 0;
    QString field;  // the contract's field name (`zh_title` ...) or `status`
    QString author; // the person (PostgreSQL: the database role)
    QDateTime at;
    QString before;
    QString after;
    qint64 revision = 0; // the entry's revision this change made
};

// A comment on an entry, anchored to a field (empty: the entry as a whole) and a span of its text; a reply
// names its thread's first comment.
struct EntryComment
{
    qint64 id = 0;
    qint64 entryId = 0;
    qint64 parentId = 0; // 0: the first comment of a thread
    int position = 0;    // the entry's position in its digest (1-based)
    QString field;       // a contract field name, or empty
    int start = 0;       // the span in the field's text (UTF-16 code units)
    int length = 0;
    QString quote; // the text of the span when it was anchored
    QString text;
    QString author;
    QDateTime at;
    bool resolved = false;
    QString resolvedBy;
    bool outdated = false; // the quoted text is gone from the field
};

// One thing the team did, for the activity dock and `digestctl activity`.
struct ActivityEvent
{
    QDateTime at;
    QString who;
    QString what; // `edited zh_title`, `assigned to wang`, `commented`, `published to wechat` ...
    qint64 digestId = 0;
    int position = 0; // 0: the digest as a whole
    // What `what` says in parts, for a face that words it in its own language: `history` (a change of
    // `field` to `after`), `comment`, `reply` or `publication` (`field`: the channel).
    QString kind;
    QString field;
    QString after;
};

// An entry assigned to someone, for `mine` and the "mine" filter: where it is and what it is.
struct AssignedEntry
{
    qint64 digestId = 0;
    QDate digestDate;
    qint64 entryId = 0;
    int position = 0;
    QString arxivId;
    QString title;
    QString zhTitle;
    QString status;
    bool asAssignee = false; // the person is its assignee
    bool asReviewer = false; // the person is its reviewer
};

// A member of the team: the name the library knows them by (PostgreSQL: the login role) and how to show it.
struct TeamMember
{
    QString name;
    QString displayName; // empty: show the name
    QStringList roles;   // PostgreSQL: the digest_* group roles held (editor, translator, ...)
};

} // namespace DigestStudio
