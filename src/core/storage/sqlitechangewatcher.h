// Changes on a SQLite file: writers log them in the `changes` table; the others notice the file change,
// ask SQLite whether anyone else wrote (data_version) and read the log from where they left off.
#pragma once

#include "storage/changewatcher.h"

#include <QFileSystemWatcher>
#include <QTimer>

namespace DigestStudio {

class LibraryConnection;

class SqliteChangeWatcher final : public ChangeWatcher
{
    Q_OBJECT

public:
    explicit SqliteChangeWatcher(LibraryConnection &connection);
    ~SqliteChangeWatcher() override;

    bool start(LibraryError *error) override;
    bool announce(qint64 digestId, qint64 entryId, LibraryError *error) override;

private:
    void pruneLog();
    void checkExternalChanges();

    LibraryConnection &m_connection;
    QString m_origin; // tells our own log rows apart from others'
    qint64 m_lastChangeSeq = 0;
    qint64 m_dataVersion = -1;
    QFileSystemWatcher m_watcher;
    QTimer m_changeTimer;
};

} // namespace DigestStudio
