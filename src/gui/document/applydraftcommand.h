// Undo step: a machine draft (or an accepted suggestion) put into one entry's Chinese fields, with the
// entry's drafted_by mark; undo restores the fields and the mark as they were.
#pragma once

#include "model/digestentry.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <array>

namespace DigestStudio {

class DigestDocument;

class ApplyDraftCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplyDraftCommand)

public:
    // The Chinese fields, drafted_by and status of `drafted` replace those of entry `index`.
    ApplyDraftCommand(DigestDocument *document, int index, const DigestEntry &drafted,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // False when the draft would change nothing.
    bool changesEntry() const;

private:
    static constexpr std::array<DigestEntry::Field, 3> Fields{
        DigestEntry::Field::ZhTitle, DigestEntry::Field::ZhShortTitle, DigestEntry::Field::ZhSummary};

    DigestDocument *m_document; // not owned
    int m_index;
    std::array<QString, 3> m_old;
    std::array<QString, 3> m_new;
    QString m_oldDraftedBy;
    QString m_newDraftedBy;
    DigestEntry::Status m_oldStatus;
    DigestEntry::Status m_newStatus;
};

} // namespace DigestStudio
