// The pre-flight checks' context for a stored digest: the library's glossary and the earlier digests that
// featured each paper, with the check settings the face resolved.
#pragma once

#include "checks/checkcontext.h"
#include "model/digest.h"

namespace DigestStudio {

class Library;

class DigestChecks final
{
public:
    // The context for checking `digest` against `library`: its glossary, and the digests dated on or before
    // this one that featured each paper.
    static CheckContext context(Library *library, const Digest &digest, const CheckSettings &settings);
};

} // namespace DigestStudio
