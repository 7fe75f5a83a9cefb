#include "document/removeimagescommand.h"

#include "document/entryfigures.h"

namespace DigestStudio {

RemoveImagesCommand::RemoveImagesCommand(EntryFigures *figures, int row, const QVector<EntryImage> &removed,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_figures(figures)
    , m_row(row)
    , m_removed(removed)
{
    setText(tr("Remove %n figure(s)", nullptr, static_cast<int>(removed.size())));
}

void RemoveImagesCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    for (const EntryImage &image : qAsConst(m_removed))
        m_figures->applyRemove(m_row, image.id);
}

void RemoveImagesCommand::undo()
{
    // In ascending order each goes back to its old place among those already back.
    for (const EntryImage &image : qAsConst(m_removed))
        m_figures->applyRestore(m_row, image, image.position - 1);
}

} // namespace DigestStudio
