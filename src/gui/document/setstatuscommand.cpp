#include "document/setstatuscommand.h"

#include "document/digestdocument.h"

namespace DigestStudio {

SetStatusCommand::SetStatusCommand(DigestDocument *document, const QList<int> &rows,
                                   DigestEntry::Status status, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_status(status)
{
    for (int row : rows) {
        if (row >= 0 && row < document->entryCount() && !m_rows.contains(row)) {
            m_rows.append(row);
            m_old.append(document->entry(row).status());
            m_oldDraftedBy.append(document->entry(row).draftedBy());
        }
    }
    setText(tr("Mark %n paper(s) %1", nullptr, static_cast<int>(m_rows.size())).arg(statusLabel(status)));
}

QString SetStatusCommand::statusLabel(DigestEntry::Status status)
{
    switch (status) {
    case DigestEntry::Status::Draft:
        return tr("draft");
    case DigestEntry::Status::Translated:
        return tr("translated");
    case DigestEntry::Status::Reviewed:
        return tr("reviewed");
    }
    return QString();
}

void SetStatusCommand::redo()
{
    for (int row : qAsConst(m_rows)) {
        m_document->applyStatus(row, m_status);
        if (m_status == DigestEntry::Status::Reviewed)
            m_document->applyDraftedBy(row, QString());
    }
}

void SetStatusCommand::undo()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_document->applyStatus(m_rows.at(i), m_old.at(i));
        m_document->applyDraftedBy(m_rows.at(i), m_oldDraftedBy.at(i));
    }
}

} // namespace DigestStudio
