#include "services/desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QStringList>
#include <QVariantMap>

namespace DigestStudio {

bool DesktopNotifier::notify(const QString &summary, const QString &body, QString *error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        if (error)
            *error = QCoreApplication::translate("DigestStudio::DesktopNotifier", "there is no session bus");
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("digest-studio"));
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout): the
    // Desktop Notifications Specification's signature (susssasa{sv}i).
    call << QStringLiteral("Digest Studio") << 0U << QStringLiteral("digest-studio") << summary << body
         << QStringList{QStringLiteral("default"),
                        QCoreApplication::translate("DigestStudio::DesktopNotifier", "Open the digest")}
         << hints << -1;
    const QDBusMessage answer = bus.call(call, QDBus::Block, TimeoutMs);
    if (answer.type() == QDBusMessage::ErrorMessage) {
        if (error)
            *error = QCoreApplication::translate("DigestStudio::DesktopNotifier",
                                                 "the desktop notification was not shown: %1")
                         .arg(answer.errorMessage());
        return false;
    }
    return true;
}

} // namespace DigestStudio
