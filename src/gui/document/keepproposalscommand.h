// Undo step: proposals of the morning run kept by the editor (Enter in the paper list): they become ordinary
// entries; undo makes them proposals again with their score and reasons.
#pragma once

#include "model/digestentry.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace DigestStudio {

class DigestDocument;

class KeepProposalsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeepProposalsCommand)

public:
    // `rows` that are not proposals are left out.
    KeepProposalsCommand(DigestDocument *document, const QList<int> &rows, QUndoCommand *parent = nullptr);

    bool isEmpty() const { return m_rows.isEmpty(); }
    void undo() override;
    void redo() override;

private:
    DigestDocument *m_document; // not owned
    QVector<int> m_rows;
    QVector<DigestEntry> m_before; // the proposals as they were
};

} // namespace DigestStudio
