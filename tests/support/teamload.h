// A team at work on one digest, for the load test and its benchmark: editors in threads of their own, each
// with its own library connection, saving random Chinese fields of random entries from the revision it saw
// last (so that saves go stale when another editor landed first, and must come back as conflicts), every
// attempt written down.
#pragma once

#include "model/digestentry.h"
#include "storage/librarytypes.h"

#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>
#include <utility>

class QThread;

namespace DigestStudio::Test {

// One save an editor tried, and what the library answered.
struct LoadAttempt
{
    int editor = 0;
    qint64 entryId = 0;
    DigestEntry::Field field = DigestEntry::Field::ZhTitle;
    QString value;   // unique to the attempt
    qint64 base = 0; // the revision the save was based on
    SaveResult::Status status = SaveResult::Status::Error;
    qint64 revision = 0; // landed: the entry's new revision
    QString error;       // an error (or an editor that could not connect): in words
};

class TeamLoad final
{
public:
    // The fields the editors write: three Chinese fields.
    static const QVector<DigestEntry::Field> &fields();

    // `locations[i % size]` is where editor i connects (several people, one library); `entryIds` are the
    // entries they edit.
    TeamLoad(const QStringList &locations, const QVector<qint64> &entryIds, int editors, quint32 seed);
    ~TeamLoad();
    TeamLoad(const TeamLoad &) = delete;
    TeamLoad &operator=(const TeamLoad &) = delete;

    // Starts the editors; they stop when `durationMs` has passed or stop() is called.
    void start(int durationMs);
    void stop() { m_stop = true; }
    // Waits for every editor to end; false when `timeoutMs` passed first.
    bool wait(int timeoutMs);
    // Every attempt of every editor (after wait()).
    QVector<LoadAttempt> attempts() const;

private:
    void edit(int editor, int durationMs, QVector<LoadAttempt> *log);

    QStringList m_locations;
    QVector<qint64> m_entryIds;
    quint32 m_seed;
    std::atomic<bool> m_stop{false};
    QVector<QVector<LoadAttempt>> m_logs; // one per editor, written only by its thread
    QVector<QThread *> m_threads;
};

} // namespace DigestStudio::Test
