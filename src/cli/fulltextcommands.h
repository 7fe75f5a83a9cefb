// digestctl's paper-itself family: `fulltext` (what a paper's HTML or PDF says), `enrich` (a digest's
// affiliation lines and figures filled from its papers) and `affiliations` (the house's short names).
#pragma once

#include "ctlcommand.h"

#include <QJsonObject>
#include <QVector>

namespace DigestStudio {

class Digest;
class Library;

class FulltextCommands final
{
public:
    static QVector<CtlCommand> declare();

    // `fulltext ID [--json]`: no page and no PDF is exit 1.
    static int fulltext(CtlCall &call);
    // `enrich DIGEST [POSITION...] [--figures N] [--overwrite] [--json]`: a failed entry is exit 1.
    static int enrich(CtlCall &call);
    static int listAliases(CtlCall &call);
    static int addAlias(CtlCall &call);
    static int removeAlias(CtlCall &call);

    // The digest JSON with each entry's `figures` ({"id", "caption", "mime", "width", "height"}) from the
    // library.
    static QJsonObject digestJson(Library *library, const Digest &digest);
};

} // namespace DigestStudio
