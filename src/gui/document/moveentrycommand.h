// Undo step: entries moved to another place in the digest (drag and drop in the paper list).
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace DigestStudio {

class DigestDocument;

class MoveEntryCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveEntryCommand)

public:
    // Moves `rows` (in any order) so they sit, in their relative order, before the entry that was at
    // `destination` (entryCount() for the end), as a drop between rows does.
    MoveEntryCommand(DigestDocument *document, const QList<int> &rows, int destination,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // False when the move would change nothing (pushing it would add an empty step).
    bool changesOrder() const;

private:
    // Reorders the document so the entry now at `order[i]` ends up at i, one move at a time.
    void reorder(const QVector<int> &order);

    DigestDocument *m_document; // not owned
    QVector<int> m_order;       // new order as old indices
    QVector<int> m_inverse;     // old order as new indices
};

} // namespace DigestStudio
