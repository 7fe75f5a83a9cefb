// Comments on entries: threads anchored to a span of a field's text, replies, resolving, and the anchors
// following edits (the quoted text found again nearest its old place, else the comment is outdated).
#pragma once

#include "model/libraryerror.h"
#include "storage/librarytypes.h"

#include <QVector>

namespace DigestStudio {

class ChangeWatcher;
class LibraryConnection;

class CommentStore final
{
public:
    // The longest comment, in characters.
    static constexpr int MaxCommentChars = 10000;

    CommentStore(LibraryConnection &connection, ChangeWatcher &changes);

    // A new thread on the entry: `field` is a contract field name (or empty for the entry as a whole) and
    // [start, start + length) a span of its stored text (length 0 with start 0: the whole field). Returns
    // the comment's id, 0 and `error` on failure.
    qint64 add(qint64 entryId, const QString &field, int start, int length, const QString &text,
               LibraryError *error);
    // A reply in the thread of `commentId` (a reply to a reply joins the same thread).
    qint64 reply(qint64 commentId, const QString &text, LibraryError *error);
    // Resolves (or reopens) the thread of `commentId`.
    bool resolve(qint64 commentId, bool resolved, LibraryError *error);
    // Every comment of the digest's entries, by position, threads in order, replies after their thread.
    QVector<EntryComment> comments(qint64 digestId, LibraryError *error);
    // The threads of the digest not resolved yet; -1 on failure.
    int unresolvedCount(qint64 digestId, LibraryError *error);

    // Inside a save's transaction: moves the anchors on `field` of the entry to where their quoted text is
    // in `text` now (nearest the old place), or marks them outdated.
    bool reanchor(qint64 entryId, const QString &field, const QString &text, LibraryError *error);

private:
    bool checkText(const QString &text, LibraryError *error) const;
    // The entry's digest and the thread's first comment of `commentId` (itself or its parent); false when
    // there is no such comment.
    bool thread(qint64 commentId, qint64 *entryId, qint64 *rootId, LibraryError *error);
    qint64 insert(qint64 entryId, qint64 parentId, const QString &field, int start, int length,
                  const QString &quote, const QString &text, LibraryError *error);
    qint64 digestOf(qint64 entryId, LibraryError *error);

    LibraryConnection &m_connection;
    ChangeWatcher &m_changes;
};

} // namespace DigestStudio
