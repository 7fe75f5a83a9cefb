#include "document/keepproposalscommand.h"

#include "document/digestdocument.h"

namespace DigestStudio {

KeepProposalsCommand::KeepProposalsCommand(DigestDocument *document, const QList<int> &rows,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    for (int row : rows) {
        if (row >= 0 && row < document->entryCount() && document->entry(row).isProposed() &&
            !m_rows.contains(row)) {
            m_rows.append(row);
            m_before.append(document->entry(row));
        }
    }
    if (m_rows.size() == 1)
        setText(tr("Keep proposal %1").arg(m_before.first().arxivId()));
    else
        setText(tr("Keep %n proposal(s)", nullptr, static_cast<int>(m_rows.size())));
}

void KeepProposalsCommand::redo()
{
    for (int row : qAsConst(m_rows))
        m_document->applyProposal(row, DigestEntry());
}

void KeepProposalsCommand::undo()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_document->applyProposal(m_rows.at(i), m_before.at(i));
}

} // namespace DigestStudio
