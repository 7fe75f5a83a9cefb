#include "util/retryafter.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace DigestStudio {

qint64 RetryAfter::milliseconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    // HTTP says whole seconds; some servers send "0.5", which is meant as it reads.
    const double seconds = text.toDouble(&ok);
    if (ok) {
        if (std::isnan(seconds) || seconds < 0)
            return -1;
        constexpr qint64 most = std::numeric_limits<qint64>::max();
        return seconds >= double(most / 1000) ? most : static_cast<qint64>(seconds * 1000);
    }
    // An HTTP date: `Wed, 21 Oct 2015 07:28:00 GMT` (RFC 7231), or the older RFC 2822 form.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text.left(29)),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid()) {
        when.setTimeSpec(Qt::UTC);
    } else {
        when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
        if (!when.isValid())
            return -1;
    }
    return qMax<qint64>(0, now.msecsTo(when));
}

} // namespace DigestStudio
