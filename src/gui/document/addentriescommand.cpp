#include "document/addentriescommand.h"

#include "document/digestdocument.h"

namespace DigestStudio {

AddEntriesCommand::AddEntriesCommand(DigestDocument *document, int at, const QVector<DigestEntry> &entries,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_at(at)
    , m_entries(entries)
{
    if (entries.size() == 1)
        setText(tr("Add paper %1").arg(entries.first().arxivId()));
    else
        setText(tr("Add %n paper(s)", nullptr, static_cast<int>(entries.size())));
}

void AddEntriesCommand::redo()
{
    for (int i = 0; i < m_entries.size(); ++i)
        m_document->applyInsert(m_at + i, m_entries.at(i));
}

void AddEntriesCommand::undo()
{
    // Keep what the library assigned meanwhile (ids, revisions) so a redo re-adds the same entries.
    for (int i = static_cast<int>(m_entries.size()) - 1; i >= 0; --i)
        m_entries[i] = m_document->applyRemove(m_at + i);
}

} // namespace DigestStudio
