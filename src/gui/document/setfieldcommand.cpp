#include "document/setfieldcommand.h"

#include "common/fieldlabels.h"
#include "document/digestdocument.h"

namespace DigestStudio {

namespace {

QString markOf(const DigestEntry &entry, DigestEntry::Field field)
{
    if (DigestEntry::isChineseField(field))
        return entry.draftedBy();
    return field == DigestEntry::Field::Affiliations ? entry.affiliationsBy() : QString();
}

} // namespace

SetFieldCommand::SetFieldCommand(DigestDocument *document, int index, DigestEntry::Field field,
                                 const QString &oldValue, const QString &newValue, int generation,
                                 const QString &machine, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_index(index)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
    , m_generation(generation)
    , m_oldMark(markOf(document->entry(index), field))
    , m_newMark(machine)
{
    setText(tr("Edit %1 of paper %2").arg(FieldLabels::inSentence(field)).arg(index + 1));
}

void SetFieldCommand::applyMark(const QString &mark)
{
    if (m_oldMark == m_newMark)
        return;
    if (DigestEntry::isChineseField(m_field))
        m_document->applyDraftedBy(m_index, mark);
    else if (m_field == DigestEntry::Field::Affiliations)
        m_document->applyAffiliationsBy(m_index, mark);
}

void SetFieldCommand::undo()
{
    m_document->applyField(m_index, m_field, m_old);
    applyMark(m_oldMark);
}

void SetFieldCommand::redo()
{
    m_document->applyField(m_index, m_field, m_new);
    applyMark(m_newMark);
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
