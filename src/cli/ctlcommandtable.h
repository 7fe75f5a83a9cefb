// digestctl's command table: every command file registers its declarations here once (CTL_REGISTER), and the
// runner, the help and the man page read them. Adding a command is one declaration in one file.
#pragma once

#include "ctlcommand.h"

#include <QStringList>
#include <QVector>

namespace DigestStudio {

class CtlCommandTable final
{
public:
    // A command file's declarations.
    using Declare = QVector<CtlCommand> (*)();

    // Called at static initialisation by CTL_REGISTER; the declarations are made when the table is first
    // read. Returns true (for the registering variable).
    static bool add(Declare declare);
    static const CtlCommandTable &instance();

    // Every command in the order of the overview: by section, then by name and sub-name.
    const QVector<CtlCommand> &commands() const { return m_commands; }
    // The rows called `name` (one, or one per sub-command); empty when there is no such command.
    QVector<const CtlCommand *> family(const QString &name) const;
    // The row `name subName` (`subName` empty for a command without sub-commands), or null.
    const CtlCommand *find(const QString &name, const QString &subName = QString()) const;
    // The command names, each once, in the overview's order.
    QStringList names() const;

private:
    CtlCommandTable();

    QVector<CtlCommand> m_commands;
};

} // namespace DigestStudio

// In a command file, at namespace scope: registers the file's declarations with the table.
#define CTL_REGISTER(declare)                                                                                \
    namespace {                                                                                              \
    [[maybe_unused]] const bool ctlRegistered = ::DigestStudio::CtlCommandTable::add(declare);               \
    }
