#include "document/reorderimagescommand.h"

#include "document/entryfigures.h"

namespace DigestStudio {

ReorderImagesCommand::ReorderImagesCommand(EntryFigures *figures, int row, const QVector<qint64> &before,
                                           const QVector<qint64> &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_figures(figures)
    , m_row(row)
    , m_before(before)
    , m_after(after)
{
    setText(tr("Reorder figures"));
}

void ReorderImagesCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_figures->applyOrder(m_row, m_after);
}

void ReorderImagesCommand::undo()
{
    m_figures->applyOrder(m_row, m_before);
}

} // namespace DigestStudio
