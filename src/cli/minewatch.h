// `digestctl mine --watch [--for SECONDS] [--notify] [--json]`: waits, and prints each entry someone else
// assigns to this person (or asks them to review) as it lands, optionally on the desktop too.
#pragma once

namespace DigestStudio {

class CtlCall;

class MineWatch final
{
public:
    static int run(CtlCall &call);
};

} // namespace DigestStudio
