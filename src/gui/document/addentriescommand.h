// Undo step: papers added to the digest (from a lookup, a drop or a paste).
#pragma once

#include "model/digestentry.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace DigestStudio {

class DigestDocument;

class AddEntriesCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddEntriesCommand)

public:
    AddEntriesCommand(DigestDocument *document, int at, const QVector<DigestEntry> &entries,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DigestDocument *m_document; // not owned
    int m_at;
    QVector<DigestEntry> m_entries;
};

} // namespace DigestStudio
