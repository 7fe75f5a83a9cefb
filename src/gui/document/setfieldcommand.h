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
    // `machine`: the model that wrote the new value (the affiliation line read from an author block); empty
    // for a person's edit, which clears the field's machine mark (drafted_by, affiliations_by).
    SetFieldCommand(DigestDocument *document, int index, DigestEntry::Field field, const QString &oldValue,
                    const QString &newValue, int generation, const QString &machine = QString(),
                    QUndoCommand *parent = nullptr);

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
    void applyMark(const QString &mark);

    // The field's machine mark before and after: a person's edit clears it; undo puts it back.
    QString m_oldMark;
    QString m_newMark;
};

} // namespace DigestStudio
