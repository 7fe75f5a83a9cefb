// digestctl lookup ID|URL...: the papers as the contract's JSON array, without needing a library.
#pragma once

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
};

} // namespace DigestStudio
