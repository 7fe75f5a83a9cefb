#include "document/addimagescommand.h"

#include "document/entryfigures.h"

namespace DigestStudio {

AddImagesCommand::AddImagesCommand(EntryFigures *figures, int row, const QVector<EntryImage> &added,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_figures(figures)
    , m_row(row)
    , m_added(added)
{
    setText(tr("Add %n figure(s)", nullptr, static_cast<int>(added.size())));
}

void AddImagesCommand::redo()
{
    if (m_stored) {
        m_stored = false;
        return;
    }
    for (const EntryImage &image : qAsConst(m_added))
        m_figures->applyRestore(m_row, image, -1);
}

void AddImagesCommand::undo()
{
    for (int i = static_cast<int>(m_added.size()) - 1; i >= 0; --i)
        m_figures->applyRemove(m_row, m_added.at(i).id);
}

} // namespace DigestStudio
