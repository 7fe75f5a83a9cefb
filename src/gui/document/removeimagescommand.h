// Undo step: figures were removed from an entry (Delete in the figure strip); undo stores their bytes again
// where they were.
#pragma once

#include "storage/librarytypes.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace DigestStudio {

class EntryFigures;

class RemoveImagesCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveImagesCommand)

public:
    // `removed` are already gone from the entry at `row`; each one's position is where it was (1-based,
    // counted before the removal), in ascending order.
    RemoveImagesCommand(EntryFigures *figures, int row, const QVector<EntryImage> &removed,
                        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    EntryFigures *m_figures; // not owned
    int m_row;
    QVector<EntryImage> m_removed;
    bool m_applied = true; // the first redo finds them removed
};

} // namespace DigestStudio
