// Papers as arXiv reported them, the affiliations editors confirmed per author, and which digests featured a
// paper before: what the arXiv side needs of the library (Library offers it as a PaperStore).
#pragma once

#include "model/libraryerror.h"
#include "model/paper.h"
#include "model/paperstore.h"

#include <QStringList>
#include <QVector>

class QSqlQuery;

namespace DigestStudio {

class LibraryConnection;

class PaperRepository final
{
public:
    explicit PaperRepository(LibraryConnection &connection);

    // The stored paper with this id (any version given is ignored); false when there is none or on error.
    bool findPaper(const QString &id, Paper *paper, LibraryError *error);
    // Inserts or updates by id; a paper seen again in an older version does not overwrite the newer one.
    bool storePapers(const QVector<Paper> &papers, LibraryError *error);
    // Most recently confirmed first.
    QStringList rememberedAffiliations(const QString &author, LibraryError *error);
    bool rememberAffiliation(const QString &author, const QString &affiliation, LibraryError *error);
    // Newest first; `excludeDigestId` is left out (0: none).
    QVector<FeaturedIn> featuredIn(const QString &arxivId, qint64 excludeDigestId, LibraryError *error);

private:
    static void bindPaper(QSqlQuery &upsert, const QString &id, const Paper &p, const QString &now);

    LibraryConnection &m_connection;
};

} // namespace DigestStudio
