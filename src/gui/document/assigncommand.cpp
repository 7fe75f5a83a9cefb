#include "document/assigncommand.h"

#include "document/digestdocument.h"
#include "storage/library.h"
#include "storage/teamstore.h"

namespace DigestStudio {

AssignCommand::AssignCommand(DigestDocument *document, Library *library, const QList<int> &rows,
                             const std::optional<QString> &assignee, const std::optional<QString> &reviewer)
    : m_document(document)
    , m_library(library)
{
    for (int row : rows) {
        if (row < 0 || row >= document->entryCount() || document->entry(row).id() == 0 ||
            m_ids.contains(document->entry(row).id()))
            continue;
        const DigestEntry &entry = document->entry(row);
        m_ids.append(entry.id());
        m_before.append({entry.assignee(), entry.reviewer()});
        m_after.append({assignee.value_or(entry.assignee()), reviewer.value_or(entry.reviewer())});
    }
    const QString who = assignee ? *assignee : reviewer.value_or(QString());
    if (assignee)
        setText(who.isEmpty() ? tr("Unassign papers") : tr("Assign papers to %1").arg(who));
    else
        setText(who.isEmpty() ? tr("Remove the reviewer") : tr("Make %1 the reviewer").arg(who));
}

bool AssignCommand::store(const QVector<Names> &names, QString *error)
{
    bool ok = true;
    for (int i = 0; i < m_ids.size(); ++i) {
        LibraryError failure;
        if (!m_library->team().assign(m_ids.at(i), names.at(i).assignee, names.at(i).reviewer, &failure)) {
            if (error && error->isEmpty())
                *error = failure.message;
            ok = false;
            continue;
        }
        const int row = m_document->indexOfEntryId(m_ids.at(i));
        if (row >= 0)
            m_document->applyAssignment(row, names.at(i).assignee, names.at(i).reviewer);
    }
    return ok;
}

bool AssignCommand::apply(QString *error)
{
    m_applied = true;
    return store(m_after, error);
}

void AssignCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    store(m_after, nullptr);
}

void AssignCommand::undo()
{
    store(m_before, nullptr);
}

} // namespace DigestStudio
