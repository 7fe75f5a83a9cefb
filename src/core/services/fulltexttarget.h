// Where FulltextService puts what it read: the entries of one digest, by 1-based position. The library is one
// target (digestctl: LibraryFulltextTarget); the GUI's open document is another, whose changes are undo
// steps.
#pragma once

#include "model/digestentry.h"

#include <QByteArray>
#include <QString>

namespace DigestStudio {

class FulltextTarget
{
public:
    virtual ~FulltextTarget() = default;

    virtual int entryCount() const = 0;
    // The entry as it is now; false and `error` when it cannot be read.
    virtual bool entry(int position, DigestEntry *entry, QString *error) = 0;
    // The figures the entry has now.
    virtual int figureCount(int position) = 0;
    // Sets the affiliation line of the entry `seen` was read from (a change meanwhile is an error). `machine`
    // names the model that read the line from the author block (marked until a person touches it); empty when
    // the rules made it.
    virtual bool setAffiliations(int position, const DigestEntry &seen, const QString &line,
                                 const QString &machine, QString *error) = 0;
    // Attaches a figure after the entry's others: its id, or 0 and `error`.
    virtual qint64 addFigure(int position, const QByteArray &data, const QString &mimeType,
                             const QString &caption, QString *error) = 0;
};

} // namespace DigestStudio
