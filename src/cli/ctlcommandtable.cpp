#include "ctlcommandtable.h"

#include <algorithm>

namespace DigestStudio {

namespace {

QVector<CtlCommandTable::Declare> &registered()
{
    static QVector<CtlCommandTable::Declare> declarations;
    return declarations;
}

} // namespace

bool CtlCommandTable::add(Declare declare)
{
    registered().append(declare);
    return true;
}

CtlCommandTable::CtlCommandTable()
{
    for (const Declare declare : registered())
        m_commands += declare();
    // Registration follows the link order, which is no order for a reader: the sections, then the names.
    std::stable_sort(m_commands.begin(), m_commands.end(), [](const CtlCommand &a, const CtlCommand &b) {
        if (a.section() != b.section())
            return a.section() < b.section();
        return a.name() != b.name() ? a.name() < b.name() : false;
    });
}

const CtlCommandTable &CtlCommandTable::instance()
{
    static const CtlCommandTable table;
    return table;
}

QVector<const CtlCommand *> CtlCommandTable::family(const QString &name) const
{
    QVector<const CtlCommand *> rows;
    for (const CtlCommand &command : m_commands) {
        if (command.name() == name)
            rows.append(&command);
    }
    return rows;
}

const CtlCommand *CtlCommandTable::find(const QString &name, const QString &subName) const
{
    for (const CtlCommand &command : m_commands) {
        if (command.name() == name && command.subName() == subName)
            return &command;
    }
    return nullptr;
}

QStringList CtlCommandTable::names() const
{
    QStringList names;
    for (const CtlCommand &command : m_commands) {
        if (!names.contains(command.name()))
            names.append(command.name());
    }
    return names;
}

} // namespace DigestStudio
