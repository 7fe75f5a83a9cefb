// What the morning run keeps in the library: every paper it ever proposed (a dropped or removed one is never
// proposed again) and the report of each run (the GUI's bar after a run).
#pragma once

#include "model/libraryerror.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace DigestStudio {

class LibraryConnection;

class MorningRunStore final
{
public:
    // One stored run.
    struct Run
    {
        QDate day;
        QDateTime finished;
        QJsonObject report;
    };

    explicit MorningRunStore(LibraryConnection &connection);

    // The ids (without version) of every paper any run proposed.
    QSet<QString> everProposed(LibraryError *error = nullptr);
    // How many papers the runs proposed for `day`; -1 on failure.
    int proposedOn(const QDate &day, LibraryError *error = nullptr);
    // Remembers that `arxivIds` were proposed for `day` (already remembered ones stay as they were).
    bool remember(const QDate &day, const QStringList &arxivIds, LibraryError *error = nullptr);

    bool recordRun(const QDate &day, const QJsonObject &report, LibraryError *error = nullptr);
    // The latest run; false (and no error) when there was none.
    bool latestRun(Run *run, LibraryError *error = nullptr);

private:
    LibraryConnection &m_connection;
};

} // namespace DigestStudio
