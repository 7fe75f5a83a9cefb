// The lane every request to arXiv goes in (the API's lookups and searches, the daily listings, the full
// text): arXiv's terms ask for one connection and a request every 3 s. LaunchConfig sets what the user chose.
#pragma once

#include "util/requestlane.h"

#include <QByteArray>
#include <QString>

namespace DigestStudio {

class ArxivLane final
{
public:
    static constexpr int DefaultIntervalMs = 3000;
    static constexpr int DefaultTimeoutMs = 30000; // silence
    static constexpr int DefaultMaxRetries = 4;
    // One request in all, its retries and their waits included: 5 attempts of 30 s silence each and the
    // backoff between them (3 + 6 + 12 + 24 s) fit; a server trickling bytes is cut off here.
    static constexpr int DeadlineMs = 300 * 1000;

    static QString name() { return QStringLiteral("arxiv"); }
    // What arXiv's requests accept: the API's Atom and the listings' RSS.
    static QByteArray accept()
    {
        return QByteArrayLiteral(
            "application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5");
    }
    // One connection; retries back off from the interval, so a short test interval also retries quickly.
    static RequestLane lane(int intervalMs = DefaultIntervalMs, int timeoutMs = DefaultTimeoutMs,
                            int maxRetries = DefaultMaxRetries);
};

} // namespace DigestStudio
