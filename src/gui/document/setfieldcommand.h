// Undo step: one text field of one entry changed; consecutive typing in the same field merges into one step.
#pragma once

#include "model/digestentry.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace DigestStudio {

class DigestDocument;

class SetFieldCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetFieldCommand)

public:
    static constexpr int CommandId = 0x4453'0001;

    // `generation` is the document's merge generation: steps of different generations never merge.
    SetFieldCommand(DigestDocument *document, int index, DigestEntry::Field field, const QString &oldValue,
                    const QString &newValue, int generation, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return CommandId; }
    bool mergeWith(const QUndoCommand *other) override;

    int index() const { return m_index; }
    DigestEntry::Field field() const { return m_field; }

private:
    DigestDocument *m_document; // not owned
    int m_index;
    DigestEntry::Field m_field;
    QString m_old;
    QString m_new;
    int m_generation;
    QString m_oldDraftedBy; // a person's edit of a Chinese field clears the mark; undo puts it back
};

} // namespace DigestStudio
