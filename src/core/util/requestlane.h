// A named policy shared by every client of one outside service: the spacing between request starts, how many
// requests may be under way at once, and the policy of requests that bring none of their own.
#pragma once

#include "util/requestpolicy.h"

namespace DigestStudio {

struct RequestLane
{
    int intervalMs = 0;     // least time between the starts of two requests of the lane
    int maxConnections = 0; // requests under way at once; 0: no limit of the lane's own
    RequestPolicy policy;
};

} // namespace DigestStudio
