// One run at a time across every process that shares a library (the morning run): PostgreSQL's advisory lock
// held by the session, and on SQLite a row taken in a write transaction; either way with a row saying who
// holds it since when, for the refusal's words.
#pragma once

#include "model/libraryerror.h"

#include <QDateTime>
#include <QString>

namespace DigestStudio {

class LibraryConnection;

class RunLocks final
{
public:
    // Who holds a lock: `host:pid:n` (n tells two holders of one process apart) and since when.
    struct Holder
    {
        QString holder;
        QDateTime since;
    };

    explicit RunLocks(LibraryConnection &connection);

    // `host:pid:n`, as tryTake() records it.
    QString holderName() const { return m_holder; }

    // Takes the lock `name` for this process when it is free: true. When another holds it: false, `current`
    // says who, `error` stays empty. A SQLite row left by a process of this host that is gone, or older
    // than `abandonedAfterSeconds`, counts as free (PostgreSQL frees a dead session's lock itself).
    bool tryTake(const QString &name, qint64 abandonedAfterSeconds, Holder *current, LibraryError *error);
    // Gives the lock back (only this process's).
    bool release(const QString &name, LibraryError *error);

private:
    bool readHolder(const QString &name, Holder *holder, bool *found, LibraryError *error);
    bool writeHolder(const QString &name, LibraryError *error);
    bool tryTakeSqlite(const QString &name, qint64 abandonedAfterSeconds, Holder *current,
                       LibraryError *error);
    bool tryTakePostgres(const QString &name, Holder *current, LibraryError *error);
    static bool isAbandoned(const Holder &holder, qint64 abandonedAfterSeconds);

    LibraryConnection &m_connection;
    QString m_holder;
};

} // namespace DigestStudio
