// digestctl's `figures` family: an entry's figures listed, added from a file or picked from the paper,
// moved and removed, as the GUI's Figures and Paper Figures docks do.
#pragma once

#include "ctlcommand.h"
#include "storage/librarytypes.h"

#include <QJsonArray>

#include <QVector>

namespace DigestStudio {

class FigureCommands final
{
public:
    static QVector<CtlCommand> declare();

    static int list(CtlCall &call);
    static int add(CtlCall &call);
    static int pick(CtlCall &call);
    static int move(CtlCall &call);
    static int remove(CtlCall &call);

    // An entry's figures as the digest's JSON holds them: [{"id", "caption", "mime", "width", "height"}].
    static QJsonArray json(const QVector<EntryImage> &images);
};

} // namespace DigestStudio
