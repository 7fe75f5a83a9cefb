// How one outside request is sent and given up on: retries and their waits, the silence timeout, the overall
// deadline that no trickle of bytes extends, and the largest answer read.
#pragma once

#include <QtGlobal>

namespace DigestStudio {

struct RequestPolicy
{
    int maxRetries = 0;
    // The first wait when the server names none (Retry-After); doubled for every further retry, at most
    // maxBackoffMs.
    int backoffMs = 1000;
    int maxBackoffMs = 60 * 1000;
    // A Retry-After longer than this fails the request at once instead of waiting.
    qint64 maxRetryAfterMs = 300 * 1000;
    // Silence: an attempt during which no byte moves for this long is given up.
    int transferTimeoutMs = 30 * 1000;
    // The whole request, from its first attempt's start: every attempt and every wait between them. Nothing
    // the server sends extends it.
    int deadlineMs = 120 * 1000;
    // The largest answer body read; a larger one is refused (and not asked for again).
    qint64 maxAnswerBytes = 16 * 1024 * 1024;
};

} // namespace DigestStudio
