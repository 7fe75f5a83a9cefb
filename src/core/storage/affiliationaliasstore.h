// The house's short names for institutions (LONG → SHORT: "University of Maryland" → "UMD"), kept in the
// library so that the whole team's affiliation lines read alike. LONG is matched ignoring case.
#pragma once

#include "model/libraryerror.h"
#include "storage/librarytypes.h"

#include <QVector>

namespace DigestStudio {

class LibraryConnection;

class AffiliationAliasStore final
{
public:
    explicit AffiliationAliasStore(LibraryConnection &connection);

    QVector<AffiliationAlias> aliases(LibraryError *error); // ordered by LONG, case ignored
    // Adds LONG → SHORT, or replaces the alias of LONG (case ignored); `replaced` says which.
    bool setAlias(const QString &longName, const QString &shortName, bool *replaced, LibraryError *error);
    // An alias that is not there is a NotFound error.
    bool removeAlias(const QString &longName, LibraryError *error);

    // The key an alias is found by: white space simplified, case folded.
    static QString key(const QString &longName);

private:
    LibraryConnection &m_connection;
};

} // namespace DigestStudio
