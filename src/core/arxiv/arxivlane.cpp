#include "arxiv/arxivlane.h"

namespace DigestStudio {

RequestLane ArxivLane::lane(int intervalMs, int timeoutMs, int maxRetries)
{
    RequestLane lane;
    lane.intervalMs = qMax(0, intervalMs);
    lane.maxConnections = 1;
    lane.policy.maxRetries = qMax(0, maxRetries);
    lane.policy.backoffMs = qMax(lane.intervalMs, 100);
    lane.policy.maxBackoffMs = 5 * 60 * 1000;
    lane.policy.transferTimeoutMs = qMax(1, timeoutMs);
    lane.policy.deadlineMs = DeadlineMs;
    return lane;
}

} // namespace DigestStudio
