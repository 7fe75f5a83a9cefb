#include "document/documentfulltexttarget.h"

#include "document/digestdocument.h"
#include "document/entryfigures.h"
#include "document/workspace.h"

#include <QCoreApplication>

namespace DigestStudio {

namespace {

QString gone()
{
    return QCoreApplication::translate("DigestStudio::DocumentFulltextTarget",
                                       "the paper is no longer in the digest");
}

} // namespace

DocumentFulltextTarget::DocumentFulltextTarget(Workspace *workspace)
    : m_workspace(workspace)
{
    const DigestDocument *document = m_workspace->document();
    for (int row = 0; row < document->entryCount(); ++row)
        m_arxivIds.append(document->entry(row).arxivId());
}

int DocumentFulltextTarget::rowOf(int position) const
{
    const QString id = m_arxivIds.value(position - 1);
    const DigestDocument *document = m_workspace->document();
    // The same row first (nothing moved), else wherever the paper went.
    const int row = position - 1;
    if (row < document->entryCount() && document->entry(row).arxivId() == id)
        return row;
    for (int other = 0; other < document->entryCount(); ++other) {
        if (!id.isEmpty() && document->entry(other).arxivId() == id)
            return other;
    }
    return -1;
}

bool DocumentFulltextTarget::entry(int position, DigestEntry *entry, QString *error)
{
    const int row = rowOf(position);
    if (row < 0) {
        *error = gone();
        return false;
    }
    *entry = m_workspace->document()->entry(row);
    return true;
}

int DocumentFulltextTarget::figureCount(int position)
{
    const int row = rowOf(position);
    EntryFigures *figures = m_workspace->figures();
    return row < 0 || !figures ? 0 : static_cast<int>(figures->images(row).size());
}

bool DocumentFulltextTarget::setAffiliations(int position, const DigestEntry &seen, const QString &line,
                                             const QString &machine, QString *error)
{
    const int row = rowOf(position);
    if (row < 0 || m_workspace->document()->entry(row).arxivId() != seen.arxivId()) {
        *error = gone();
        return false;
    }
    DigestDocument *document = m_workspace->document();
    // Its own undo step: never merged with a person's typing in the same field.
    document->closeMergeWindow();
    document->setField(row, DigestEntry::Field::Affiliations, line, machine);
    document->closeMergeWindow();
    return true;
}

qint64 DocumentFulltextTarget::addFigure(int position, const QByteArray &data, const QString &mimeType,
                                         const QString &caption, QString *error)
{
    Q_UNUSED(caption) // EntryFigures keeps no captions: the strip shows images only
    const int row = rowOf(position);
    EntryFigures *figures = m_workspace->figures();
    if (row < 0 || !figures || m_workspace->document()->entry(row).id() == 0) {
        *error = row < 0 ? gone()
                         : QCoreApplication::translate("DigestStudio::DocumentFulltextTarget",
                                                       "figures need the digest stored in a library");
        return 0;
    }
    if (!figures->add(row, {data}, {mimeType})) {
        *error = QCoreApplication::translate("DigestStudio::DocumentFulltextTarget",
                                             "the figure could not be stored");
        return 0;
    }
    const QVector<EntryImage> images = figures->images(row);
    return images.isEmpty() ? 0 : images.last().id;
}

} // namespace DigestStudio
