// digestctl lookup ID|URL...: the papers as the contract's JSON array, without needing a library.
#pragma once

#include "arxiv/arxivclient.h"
#include "ctlcontext.h"

#include <QStringList>

namespace DigestStudio {

class PaperStore;

class LookupCommand final
{
public:
    // Prints a JSON array of papers (Paper::toJson) in the order asked; ids that are invalid or not found
    // are named on stderr and make the exit status 1. `store` may be null (no caching).
    static int run(CtlContext &context, const QStringList &arguments, PaperStore *store = nullptr);
    // Looks `ids` up with the context's API URL and interval, waiting for the answer (retries are said on
    // stderr). Shared by `lookup` and `add`.
    static ArxivClient::LookupResult lookupBlocking(CtlContext &context, const QVector<ArxivId> &ids,
                                                    PaperStore *store);
    // Names on stderr every id of `result` that was refused, missing or failed; true when there was any.
    static bool reportProblems(CtlContext &context, const ArxivClient::LookupResult &result);
};

} // namespace DigestStudio
