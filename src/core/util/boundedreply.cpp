#include "util/boundedreply.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace DigestStudio {

namespace {

constexpr int MaxRedirects = 5;

} // namespace

BoundedReply::BoundedReply(QNetworkReply *reply, qint64 maxBytes)
    : QObject(reply)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
{
    // downloadProgress counts the body as it arrives (decompressed, were compression allowed).
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { check(received); });
    // A Content-Length above the cap is refused before a byte of the body is read.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            check(length.toLongLong());
    });
}

void BoundedReply::prepare(QNetworkRequest *request)
{
    // Qt decompresses only what it asked to be compressed: asking for identity keeps gzip bombs out.
    request->setRawHeader("Accept-Encoding", "identity");
    request->setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::SameOriginRedirectPolicy);
    request->setMaximumRedirectsAllowed(MaxRedirects);
}

void BoundedReply::limit(QNetworkReply *reply, qint64 maxBytes)
{
    new BoundedReply(reply, maxBytes);
}

bool BoundedReply::tooLarge(const QNetworkReply *reply)
{
    const auto *guard = reply->findChild<BoundedReply *>(QString(), Qt::FindDirectChildrenOnly);
    return guard && guard->m_tooLarge;
}

QString BoundedReply::tooLargeMessage(const QString &what, qint64 maxBytes)
{
    return QStringLiteral("%1 is larger than %2 MB: refused").arg(what).arg(maxBytes / (1024 * 1024));
}

void BoundedReply::check(qint64 received)
{
    if (m_tooLarge || received <= m_maxBytes)
        return;
    m_tooLarge = true;
    m_reply->abort();
}

} // namespace DigestStudio
