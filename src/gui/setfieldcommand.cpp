#include "setfieldcommand.h"

#include "digestdocument.h"

namespace DigestStudio {

namespace {

QString fieldLabel(DigestEntry::Field field)
{
    switch (field) {
    case DigestEntry::Field::Tag:
        return SetFieldCommand::tr("tag");
    case DigestEntry::Field::Title:
        return SetFieldCommand::tr("title");
    case DigestEntry::Field::AuthorsLine:
        return SetFieldCommand::tr("authors");
    case DigestEntry::Field::Affiliations:
        return SetFieldCommand::tr("affiliations");
    case DigestEntry::Field::AffiliationsNote:
        return SetFieldCommand::tr("affiliations note");
    case DigestEntry::Field::ZhTitle:
        return SetFieldCommand::tr("Chinese title");
    case DigestEntry::Field::ZhShortTitle:
        return SetFieldCommand::tr("Chinese short title");
    case DigestEntry::Field::ZhSummary:
        return SetFieldCommand::tr("Chinese summary");
    case DigestEntry::Field::Abstract:
        return SetFieldCommand::tr("abstract");
    case DigestEntry::Field::Link:
        return SetFieldCommand::tr("link");
    }
    return QString();
}

} // namespace

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
{
    setText(tr("Edit %1 of paper %2").arg(fieldLabel(field)).arg(index + 1));
}

void SetFieldCommand::undo()
{
    m_document->applyField(m_index, m_field, m_old);
}

void SetFieldCommand::redo()
{
    m_document->applyField(m_index, m_field, m_new);
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
