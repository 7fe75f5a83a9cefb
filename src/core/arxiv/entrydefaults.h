// The digest entry a paper starts as: tag, authors line, affiliations line, link, title and abstract.
#pragma once

#include "model/digestentry.h"
#include "model/libraryerror.h"
#include "model/paper.h"
#include "model/tagtable.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace DigestStudio {

class PaperStore;

class EntryDefaults final
{
public:
    EntryDefaults() = default;
    explicit EntryDefaults(const TagTable &tags, int listAllUpTo = 7, int shownWhenCut = 4);

    void setTagTable(const TagTable &tags) { m_tags = tags; }
    // Up to this many authors all are listed (docs/format.md: default 7).
    void setListAllUpTo(int count) { m_listAllUpTo = count; }
    int listAllUpTo() const { return m_listAllUpTo; }
    // Past it, this many are listed and `...` follows the last (default 4).
    void setShownWhenCut(int count) { m_shownWhenCut = count; }
    int shownWhenCut() const { return m_shownWhenCut; }
    // Where affiliations confirmed before are suggested from; may be null.
    void setStore(PaperStore *store) { m_store = store; }
    // How the line is made from the suggested affiliations (services give the house's rule: institutions
    // reduced to their names, the team's aliases); unset, affiliationsLine().
    using LineMaker = std::function<QString(const QStringList &affiliations)>;
    void setLineMaker(LineMaker maker) { m_lineMaker = std::move(maker); }

    // A draft entry for `paper`: tag from the primary category, authors line, affiliations line (arXiv's,
    // else the ones remembered for each author), abs link without version, title and abstract with white
    // space normalised, the paper's id and version.
    DigestEntry entryFor(const Paper &paper) const;
    // One affiliation per author: the paper's where known, else the most recent remembered one.
    QStringList suggestedAffiliations(const Paper &paper) const;

    // `Jonas Geiping` → `J Geiping`; `Bradley W. Larsen` → `B W. Larsen`; `T. Konstantin Rusch` → `T. K
    // Rusch`.
    static QString shortName(const QString &fullName);
    // Names joined by `, `; more than `listAllUpTo`: the first `shownWhenCut` and `...` after the last name.
    static QString authorsLine(const QStringList &authors, int listAllUpTo, int shownWhenCut);
    // The distinct affiliations in author order joined by ` & ` (an author's several ones are split at `; `).
    static QString affiliationsLine(const QStringList &affiliations);

    // The paper's version when it is newer than the one the entry was written from; 0 otherwise (also when
    // the entry's version is unknown or the ids differ).
    static int newerVersion(const DigestEntry &entry, const Paper &paper);
    // Remembers what the editor confirmed: `affiliations` in author order (empty strings skipped).
    static bool rememberAffiliations(PaperStore *store, const QStringList &authors,
                                     const QStringList &affiliations, LibraryError *error);

private:
    TagTable m_tags;
    int m_listAllUpTo = 7;
    int m_shownWhenCut = 4;
    PaperStore *m_store = nullptr;
    LineMaker m_lineMaker;
};

} // namespace DigestStudio
