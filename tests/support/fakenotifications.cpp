#include "fakenotifications.h"

#include <QDBusConnection>
#include <QDBusMessage>

namespace DigestStudio::Test {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

bool FakeNotifications::registerOnBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.registerObject(path, this, QDBusConnection::ExportAllSlots) &&
           bus.registerService(service);
}

void FakeNotifications::unregisterFromBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterService(service);
    bus.unregisterObject(path);
}

void FakeNotifications::click(uint id)
{
    QDBusMessage signal = QDBusMessage::createSignal(path, service, QStringLiteral("ActionInvoked"))
                          << id << QStringLiteral("default");
    QDBusConnection::sessionBus().send(signal);
}

uint FakeNotifications::Notify(const QString &app, uint, const QString &, const QString &summary,
                               const QString &body, const QStringList &actions, const QVariantMap &, int)
{
    shown.append({app, summary, body, actions});
    const uint id = static_cast<uint>(shown.size()) + 70;
    Q_EMIT notified(id);
    return id;
}

} // namespace DigestStudio::Test
