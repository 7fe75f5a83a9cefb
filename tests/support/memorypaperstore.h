// A PaperStore in memory for tests of the arXiv side (the real one is the Library).
#pragma once

#include "model/paperstore.h"

#include <QHash>

namespace DigestStudio::Test {

class MemoryPaperStore final : public PaperStore
{
public:
    bool findPaper(const QString &id, Paper *paper, LibraryError * = nullptr) override
    {
        ++findCalls;
        const auto it = papers.constFind(id);
        if (it == papers.constEnd())
            return false;
        *paper = it.value();
        return true;
    }

    bool storePapers(const QVector<Paper> &list, LibraryError *error = nullptr) override
    {
        if (!failWith.isEmpty()) {
            if (error) {
                error->kind = LibraryError::Kind::Database;
                error->message = failWith;
            }
            return false;
        }
        for (const Paper &p : list) {
            const auto it = papers.constFind(p.id());
            if (it == papers.constEnd() || it->version() <= p.version())
                papers.insert(p.id(), p);
        }
        ++storeCalls;
        return true;
    }

    QStringList rememberedAffiliations(const QString &author, LibraryError * = nullptr) override
    {
        return affiliations.value(author);
    }

    bool rememberAffiliation(const QString &author, const QString &affiliation,
                             LibraryError * = nullptr) override
    {
        QStringList &list = affiliations[author];
        list.removeAll(affiliation);
        list.prepend(affiliation);
        return true;
    }

    QVector<FeaturedIn> featuredIn(const QString &arxivId, qint64 excludeDigestId = 0,
                                   LibraryError * = nullptr) override
    {
        QVector<FeaturedIn> result;
        for (const FeaturedIn &f : featured.value(arxivId)) {
            if (f.digestId != excludeDigestId)
                result.append(f);
        }
        return result;
    }

    QHash<QString, Paper> papers;
    QHash<QString, QStringList> affiliations;
    QHash<QString, QVector<FeaturedIn>> featured;
    QString failWith; // storePapers fails with this message when set
    int findCalls = 0;
    int storeCalls = 0;
};

} // namespace DigestStudio::Test
