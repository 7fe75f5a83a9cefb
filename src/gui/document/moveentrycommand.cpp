#include "document/moveentrycommand.h"

#include "document/digestdocument.h"

#include <algorithm>

namespace DigestStudio {

MoveEntryCommand::MoveEntryCommand(DigestDocument *document, const QList<int> &rows, int destination,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    const int count = document->entryCount();
    QVector<int> selected;
    for (int row : rows) {
        if (row >= 0 && row < count && !selected.contains(row))
            selected.append(row);
    }
    std::sort(selected.begin(), selected.end());
    destination = std::clamp(destination, 0, count);
    QVector<int> rest;
    int insertAt = 0;
    for (int i = 0; i < count; ++i) {
        if (selected.contains(i))
            continue;
        if (i < destination)
            ++insertAt;
        rest.append(i);
    }
    m_order = rest.mid(0, insertAt) + selected + rest.mid(insertAt);
    m_inverse.resize(count);
    for (int i = 0; i < count; ++i)
        m_inverse[m_order.at(i)] = i;
    if (selected.size() == 1)
        setText(tr("Move paper %1 to position %2")
                    .arg(selected.first() + 1)
                    .arg(m_inverse.at(selected.first()) + 1));
    else
        setText(tr("Move %n paper(s)", nullptr, static_cast<int>(selected.size())));
}

bool MoveEntryCommand::changesOrder() const
{
    for (int i = 0; i < m_order.size(); ++i) {
        if (m_order.at(i) != i)
            return true;
    }
    return false;
}

void MoveEntryCommand::reorder(const QVector<int> &order)
{
    // current[k] is the original index of the entry now at k.
    QVector<int> current(order.size());
    for (int i = 0; i < current.size(); ++i)
        current[i] = i;
    for (int target = 0; target < order.size(); ++target) {
        const int at = static_cast<int>(current.indexOf(order.at(target)));
        if (at == target)
            continue;
        m_document->applyMove(at, target);
        const int moved = current.at(at);
        current.remove(at);
        current.insert(target, moved);
    }
}

void MoveEntryCommand::redo()
{
    reorder(m_order);
}

void MoveEntryCommand::undo()
{
    reorder(m_inverse);
}

} // namespace DigestStudio
