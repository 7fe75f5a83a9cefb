#include "document/setfieldcommand.h"

#include "common/fieldlabels.h"
#include "document/digestdocument.h"

namespace DigestStudio {

SetFieldCommand::SetFieldCommand(DigestDocument *document, int index, DigestEntry::Field field,
                                 const QString &oldValue, const QString &newValue, int generation,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_index(index)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
    , m_generation(generation)
    , m_oldDraftedBy(DigestEntry::isChineseField(field) ? document->entry(index).draftedBy() : QString())
{
    setText(tr("Edit %1 of paper %2").arg(FieldLabels::inSentence(field)).arg(index + 1));
}

void SetFieldCommand::undo()
{
    m_document->applyField(m_index, m_field, m_old);
    if (!m_oldDraftedBy.isEmpty())
        m_document->applyDraftedBy(m_index, m_oldDraftedBy);
}

void SetFieldCommand::redo()
{
    m_document->applyField(m_index, m_field, m_new);
    if (!m_oldDraftedBy.isEmpty())
        m_document->applyDraftedBy(m_index, QString());
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (next->m_index != m_index || next->m_field != m_field || next->m_generation != m_generation)
        return false;
    m_new = next->m_new;
    // Typing back to where the step began leaves nothing to undo.
    setObsolete(m_new == m_old);
    return true;
}

} // namespace DigestStudio
