// Makes a network request safe to send to a server we do not control: no compressed answers (no gzip bombs
// on Qt 5), redirects only within the same origin, and an answer cut off and marked once it passes a size
// cap.
#pragma once

#include <QObject>

class QNetworkReply;
class QNetworkRequest;

namespace DigestStudio {

class BoundedReply final : public QObject
{
    Q_OBJECT

public:
    // Asks for an identity-encoded answer and follows only same-origin redirects (at most 5).
    static void prepare(QNetworkRequest *request);
    // Aborts `reply` once more than `maxBytes` of its body have arrived; tooLarge() tells afterwards. The
    // guard lives as the reply's child.
    static void limit(QNetworkReply *reply, qint64 maxBytes);
    static bool tooLarge(const QNetworkReply *reply);
    // `"… is larger than 32 MB: refused"`, for the cap `maxBytes`.
    static QString tooLargeMessage(const QString &what, qint64 maxBytes);

private:
    BoundedReply(QNetworkReply *reply, qint64 maxBytes);
    void check(qint64 received);

    QNetworkReply *m_reply; // the parent
    qint64 m_maxBytes;
    bool m_tooLarge = false;
};

} // namespace DigestStudio
