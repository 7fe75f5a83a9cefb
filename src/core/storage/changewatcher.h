// The change protocol between connections to one library: announces this connection's writes (inside their
// transaction) and reports others' as signals. One implementation per backend, made by the SqlDialect.
#pragma once

#include "model/libraryerror.h"

#include <QObject>

namespace DigestStudio {

class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // Starts listening, after changes that are already there; false and `error` when it cannot.
    virtual bool start(LibraryError *error) = 0;
    // Tells the others that an entry (entryId 0: the digest itself) changed; delivered on commit.
    virtual bool announce(qint64 digestId, qint64 entryId, LibraryError *error) = 0;
    // Presence (who is where) travels on a channel of its own, sent at once rather than on commit; only a
    // shared library has one (SQLite has one person: false, and sending does nothing).
    virtual bool carriesPresence() const { return false; }
    virtual bool sendPresence(const QByteArray &payload, LibraryError *error);

Q_SIGNALS:
    // Another connection or process changed an entry's text, status or images.
    void entryChanged(qint64 digestId, qint64 entryId);
    // Another connection or process created, deleted, reordered or retitled a digest, or added or removed
    // entries.
    void digestChanged(qint64 digestId);
    // Another connection sent a presence message (its bytes, unread).
    void presenceHeard(const QByteArray &payload);

protected:
    ChangeWatcher() = default;
    // Emits the signal a change of (digest, entry) means.
    void report(qint64 digestId, qint64 entryId);
};

} // namespace DigestStudio
