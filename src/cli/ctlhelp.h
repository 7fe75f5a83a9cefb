// digestctl's words for people, made from the command table: `digestctl --help`, `digestctl help COMMAND`
// (and `COMMAND --help`), and the usage errors every command gives the same way.
#pragma once

#include "ctlcommand.h"

#include <QString>
#include <QTextStream>
#include <QVector>

namespace DigestStudio {

class CtlHelp final
{
public:
    // The overview: the global synopsis, the global options (the launch settings that have an option), then
    // every command's synopsis and summary by section.
    static QString overview();
    // `help COMMAND`: for each row (one command, or every sub-command of one), its synopsis, what it does,
    // its arguments and options, and whether it uses the library.
    static QString commandHelp(const QVector<const CtlCommand *> &rows);
    // `digestctl 0.1.0 (Qt 5.15.8)`.
    static QString versionText();

    // A usage error on `err`: `digestctl: MESSAGE`, then the synopsis of each row (none: the program's), then
    // where to read more. Returns 2.
    static int usageError(QTextStream &err, const QString &message, const QVector<const CtlCommand *> &rows);

    // The section's heading in the overview and the man page (`Papers from arXiv`).
    static QString sectionTitle(CtlSection section);
    // What a command's help says of the library when the table says it uses one (`optional`: it goes on
    // without it).
    static QString libraryNote(bool optional = false);
    // The notes under the overview: DIGEST, `--`, the exit statuses.
    static QStringList closingNotes();
};

} // namespace DigestStudio
