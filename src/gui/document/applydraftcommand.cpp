#include "document/applydraftcommand.h"

#include "document/digestdocument.h"

namespace DigestStudio {

ApplyDraftCommand::ApplyDraftCommand(DigestDocument *document, int index, const DigestEntry &drafted,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_index(index)
    , m_oldDraftedBy(document->entry(index).draftedBy())
    , m_newDraftedBy(drafted.draftedBy())
    , m_oldStatus(document->entry(index).status())
    , m_newStatus(drafted.status())
{
    for (std::size_t i = 0; i < Fields.size(); ++i) {
        m_old[i] = document->entry(index).field(Fields[i]);
        m_new[i] = drafted.field(Fields[i]);
    }
    setText(tr("Machine draft of paper %1").arg(index + 1));
}

bool ApplyDraftCommand::changesEntry() const
{
    return m_old != m_new || m_oldDraftedBy != m_newDraftedBy || m_oldStatus != m_newStatus;
}

void ApplyDraftCommand::redo()
{
    for (std::size_t i = 0; i < Fields.size(); ++i) {
        if (m_old[i] != m_new[i])
            m_document->applyField(m_index, Fields[i], m_new[i]);
    }
    m_document->applyDraftedBy(m_index, m_newDraftedBy);
    if (m_oldStatus != m_newStatus)
        m_document->applyStatus(m_index, m_newStatus);
}

void ApplyDraftCommand::undo()
{
    for (std::size_t i = 0; i < Fields.size(); ++i) {
        if (m_old[i] != m_new[i])
            m_document->applyField(m_index, Fields[i], m_old[i]);
    }
    m_document->applyDraftedBy(m_index, m_oldDraftedBy);
    if (m_oldStatus != m_newStatus)
        m_document->applyStatus(m_index, m_oldStatus);
}

} // namespace DigestStudio
