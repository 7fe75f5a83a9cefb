// Digests in the library: the list, creating (empty or imported with entries), loading, resolving a DIGEST
// argument, the header and deleting.
#pragma once

#include "model/digest.h"
#include "model/libraryerror.h"
#include "storage/librarytypes.h"

#include <QVector>

namespace DigestStudio {

class ChangeWatcher;
class LibraryConnection;

class DigestStore final
{
public:
    DigestStore(LibraryConnection &connection, ChangeWatcher &changes);

    QVector<DigestSummary> digests(LibraryError *error); // newest date first
    // A new empty digest with the default legend, summary label and footer.
    qint64 createDigest(const QDate &date, const QString &title, LibraryError *error);
    // Stores `digest` with its entries as given (an import); returns the new id, 0 on failure.
    qint64 createDigest(const Digest &digest, LibraryError *error);
    bool loadDigest(qint64 digestId, Digest *digest, LibraryError *error);
    qint64 latestDigestId(LibraryError *error); // 0 when the library has none
    // `spec` is a digest id or a YYYY-MM-DD date (the latest digest of that date); 0 and `error` when none.
    qint64 resolveDigest(const QString &spec, LibraryError *error);
    // Date, title, legend, attribution, summary label and footer of the digest with digest.id().
    bool updateDigestHeader(const Digest &digest, LibraryError *error);
    bool deleteDigest(qint64 digestId, LibraryError *error);

private:
    bool insertEntries(qint64 digestId, const QVector<DigestEntry> &entries, LibraryError *error);
    bool readHeader(qint64 digestId, Digest *digest, LibraryError *error);
    bool readEntries(qint64 digestId, Digest *digest, LibraryError *error);

    LibraryConnection &m_connection;
    ChangeWatcher &m_changes;
};

} // namespace DigestStudio
