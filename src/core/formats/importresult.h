// What an importer makes of a file: the digest (all or nothing), or where and why it could not.
#pragma once

#include "model/digest.h"

#include <QString>

namespace DigestStudio {

struct ImportResult
{
    bool ok = false;
    Digest digest; // empty unless ok
    // On failure: the 1-based line that could not be placed, what was expected there, and what was found
    // (null when the file ended).
    int line = 0;
    QString expected;
    QString found;
};

} // namespace DigestStudio
