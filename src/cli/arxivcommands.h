// The digestctl commands that ask arXiv: lookup and listing (which keeps the listing for the suggestions).
#pragma once

#include "arxiv/arxivresults.h"
#include "ctlcommand.h"
#include "model/paper.h"

#include <QVector>

namespace DigestStudio {

class CtlContext;
class EndpointClient;

class ArxivCommands final
{
public:
    static QVector<CtlCommand> declare();

    // `lookup ID|URL...`: the papers as the contract's JSON array in the order asked; ids that are not ids,
    // refused or not found are named on stderr and make the exit status 1.
    static int lookup(CtlCall &call);
    // `listing [CATEGORY...] [--cross-lists] [--json]`: today's new papers in the categories given, else the
    // saved ones; a weekend or holiday is an empty list, a notice on stderr and exit status 0.
    static int listing(CtlCall &call);

    // The papers as the contract's JSON array (`[]` when there are none).
    static void printPapers(CtlContext &context, const QVector<Paper> &papers);
    // Says on stderr every retry `client` waits for (it must not outlive `context`).
    static void reportRetries(CtlContext &context, EndpointClient *client);

private:
    // Stores a fetched listing in the library's history (a notice when it cannot).
    static void rememberListing(CtlCall &call, const ArxivListingResult &result,
                                const QVector<Paper> &papers);
};

} // namespace DigestStudio
