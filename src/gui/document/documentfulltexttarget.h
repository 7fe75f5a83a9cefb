// FulltextService's target in the window: the open digest's entries, found again by arXiv id (a person may
// move them while papers are read); a line set is one undo step, a figure added another (EntryFigures).
#pragma once

#include "services/fulltexttarget.h"

#include <QStringList>

namespace DigestStudio {

class Workspace;

class DocumentFulltextTarget final : public FulltextTarget
{
public:
    // Not owned. The entries are those of the document now, in order.
    explicit DocumentFulltextTarget(Workspace *workspace);

    int entryCount() const override { return static_cast<int>(m_arxivIds.size()); }
    bool entry(int position, DigestEntry *entry, QString *error) override;
    int figureCount(int position) override;
    bool setAffiliations(int position, const DigestEntry &seen, const QString &line, const QString &machine,
                         QString *error) override;
    qint64 addFigure(int position, const QByteArray &data, const QString &mimeType, const QString &caption,
                     QString *error) override;

    // The document's row of the entry at `position` now; -1 when it is gone.
    int rowOf(int position) const;

private:
    Workspace *m_workspace;
    QStringList m_arxivIds; // by position, when the run started
};

} // namespace DigestStudio
