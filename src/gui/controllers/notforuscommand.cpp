#include "controllers/notforuscommand.h"

#include "services/suggestionservice.h"

namespace DigestStudio {

NotForUsCommand::NotForUsCommand(SuggestionService *service, const QStringList &arxivIds,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_service(service)
{
    const QSet<QString> marked = service->notForUs();
    for (const QString &id : arxivIds) {
        if (!id.isEmpty() && !marked.contains(id) && !m_ids.contains(id))
            m_ids.append(id);
    }
    setText(tr("Mark %n paper(s) not for us", nullptr, static_cast<int>(m_ids.size())));
}

// A mark the library could not keep is not fatal to the drop: the paper still leaves the digest, and the
// run's own memory keeps it from being proposed again.
void NotForUsCommand::redo()
{
    for (const QString &id : qAsConst(m_ids))
        m_service->setNotForUs(id, true);
}

void NotForUsCommand::undo()
{
    for (const QString &id : qAsConst(m_ids))
        m_service->setNotForUs(id, false);
}

} // namespace DigestStudio
