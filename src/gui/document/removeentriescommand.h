// Undo step: papers removed from the digest (multi-select delete in the paper list).
#pragma once

#include "model/digestentry.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace DigestStudio {

class DigestDocument;

class RemoveEntriesCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveEntriesCommand)

public:
    RemoveEntriesCommand(DigestDocument *document, const QList<int> &rows, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DigestDocument *m_document; // not owned
    QVector<int> m_rows;        // ascending
    QVector<DigestEntry> m_entries;
};

} // namespace DigestStudio
