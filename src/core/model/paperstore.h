// What the arXiv side needs of the library: known papers, remembered affiliations, earlier features.
#pragma once

#include "model/libraryerror.h"
#include "model/paper.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

// An earlier digest that featured a paper (any version).
struct FeaturedIn
{
    qint64 digestId = 0;
    QDate date;
    int position = 0; // 1-based
    int version = 0;  // the version the entry was written from
};

class PaperStore
{
public:
    virtual ~PaperStore() = default;

    // Each method fills `error` (when given) on failure.
    // The stored paper with this id (no version), or false when the library has none.
    virtual bool findPaper(const QString &id, Paper *paper, LibraryError *error = nullptr) = 0;
    // Inserts or updates papers by id (keeping the highest version seen).
    virtual bool storePapers(const QVector<Paper> &papers, LibraryError *error = nullptr) = 0;
    // Affiliations an editor confirmed for this author before, most recent first.
    virtual QStringList rememberedAffiliations(const QString &author, LibraryError *error = nullptr) = 0;
    virtual bool rememberAffiliation(const QString &author, const QString &affiliation,
                                     LibraryError *error = nullptr) = 0;
    // Digests that featured the paper (any version), newest first; `excludeDigestId` is left out (0: none).
    virtual QVector<FeaturedIn> featuredIn(const QString &arxivId, qint64 excludeDigestId = 0,
                                           LibraryError *error = nullptr) = 0;
};

} // namespace DigestStudio
