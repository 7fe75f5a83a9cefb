#include "document/removeentriescommand.h"

#include "document/digestdocument.h"

#include <algorithm>

namespace DigestStudio {

RemoveEntriesCommand::RemoveEntriesCommand(DigestDocument *document, const QList<int> &rows,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    for (int row : rows) {
        if (row >= 0 && row < document->entryCount() && !m_rows.contains(row))
            m_rows.append(row);
    }
    std::sort(m_rows.begin(), m_rows.end());
    m_entries.resize(m_rows.size());
    if (m_rows.size() == 1)
        setText(tr("Remove paper %1").arg(document->entry(m_rows.first()).arxivId()));
    else
        setText(tr("Remove %n paper(s)", nullptr, static_cast<int>(m_rows.size())));
}

void RemoveEntriesCommand::redo()
{
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i)
        m_entries[i] = m_document->applyRemove(m_rows.at(i));
}

void RemoveEntriesCommand::undo()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_document->applyInsert(m_rows.at(i), m_entries.at(i));
}

} // namespace DigestStudio
