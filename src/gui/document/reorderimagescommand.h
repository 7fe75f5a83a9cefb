// Undo step: the figures of an entry were put in another order (drag in the figure strip).
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace DigestStudio {

class EntryFigures;

class ReorderImagesCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReorderImagesCommand)

public:
    // The entry at `row` already has its figures in the order `after`; `before` was the order until then.
    ReorderImagesCommand(EntryFigures *figures, int row, const QVector<qint64> &before,
                         const QVector<qint64> &after, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    EntryFigures *m_figures; // not owned
    int m_row;
    QVector<qint64> m_before;
    QVector<qint64> m_after;
    bool m_applied = true; // the first redo finds the new order stored
};

} // namespace DigestStudio
