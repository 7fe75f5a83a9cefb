// Undo step: the workflow status (draft, translated, reviewed) of one or more entries changed.
#pragma once

#include "model/digestentry.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>
#include <QVector>

namespace DigestStudio {

class DigestDocument;

class SetStatusCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetStatusCommand)

public:
    SetStatusCommand(DigestDocument *document, const QList<int> &rows, DigestEntry::Status status,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    static QString statusLabel(DigestEntry::Status status);

private:
    DigestDocument *m_document; // not owned
    QVector<int> m_rows;
    QVector<DigestEntry::Status> m_old;
    QStringList m_oldDraftedBy; // marking reviewed clears the machine-draft mark; undo puts it back
    DigestEntry::Status m_status;
};

} // namespace DigestStudio
