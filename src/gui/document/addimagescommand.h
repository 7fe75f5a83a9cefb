// Undo step: figures were added to an entry (pasted or dropped onto the figure strip or a text field).
#pragma once

#include "storage/librarytypes.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace DigestStudio {

class EntryFigures;

class AddImagesCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddImagesCommand)

public:
    // `added` are already stored (with their ids) after the other figures of the entry at `row`.
    AddImagesCommand(EntryFigures *figures, int row, const QVector<EntryImage> &added,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    EntryFigures *m_figures; // not owned
    int m_row;
    QVector<EntryImage> m_added;
    bool m_stored = true; // the first redo finds them stored
};

} // namespace DigestStudio
