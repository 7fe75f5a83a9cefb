#include "document/settagcommand.h"

#include "document/digestdocument.h"

namespace DigestStudio {

SetTagCommand::SetTagCommand(DigestDocument *document, const QList<int> &rows, const QString &tag,
                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_tag(tag)
{
    for (int row : rows) {
        if (row >= 0 && row < document->entryCount() && !m_rows.contains(row)) {
            m_rows.append(row);
            m_oldTags.append(document->entry(row).tag());
        }
    }
    setText(tr("Tag %n paper(s) as %1", nullptr, static_cast<int>(m_rows.size())).arg(tag));
}

void SetTagCommand::redo()
{
    for (int row : qAsConst(m_rows))
        m_document->applyField(row, DigestEntry::Field::Tag, m_tag);
}

void SetTagCommand::undo()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_document->applyField(m_rows.at(i), DigestEntry::Field::Tag, m_oldTags.at(i));
}

} // namespace DigestStudio
