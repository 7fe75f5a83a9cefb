// One request for the RequestScheduler: the lane it goes in, what to send, when it may be sent again, and
// whether its answer is handed over as it arrives.
#pragma once

#include "util/requestpolicy.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

#include <optional>

namespace DigestStudio {

struct OutgoingRequest
{
    // Which failures send the request again (each within the policy's retries and deadline).
    enum class Resend {
        Always,     // it can be repeated: 429, 5xx, silence, a broken connection or an answer cut short
        WhenAsked,  // only when the server says so (429, 5xx): a costly request that may still be running
        Undelivered // only when it certainly never reached the server (refused, unknown host)
    };

    QString lane;
    QNetworkRequest request;
    QByteArray verb = QByteArrayLiteral("GET"); // GET, POST, ...
    QByteArray body;
    std::optional<RequestPolicy> policy; // the lane's when not set
    qint64 maxAnswerBytes = -1;          // the policy's when negative
    Resend resend = Resend::Always;
    // The 2xx answer is handed over in chunk() signals as it arrives instead of kept; once a chunk has gone
    // out the request is never sent again.
    bool streamed = false;
    // How messages name the server (`export.arxiv.org`); empty: the URL without user, query and fragment,
    // so that no key or token in a query is ever shown.
    QString label;
};

} // namespace DigestStudio
