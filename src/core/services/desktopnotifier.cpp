#include "services/desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QEventLoop>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

namespace DigestStudio {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    listen(true);
}

DesktopNotifier::~DesktopNotifier()
{
    listen(false);
}

void DesktopNotifier::listen(bool on)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    const QString interface = QStringLiteral("org.freedesktop.Notifications");
    const QString path = QStringLiteral("/org/freedesktop/Notifications");
    // The signals come from whichever connection owns the name: any sender on the path.
    if (on) {
        bus.connect(QString(), path, interface, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint, QString)));
        bus.connect(QString(), path, interface, QStringLiteral("NotificationClosed"), this,
                    SLOT(onClosed(uint, uint)));
    } else {
        bus.disconnect(QString(), path, interface, QStringLiteral("ActionInvoked"), this,
                       SLOT(onActionInvoked(uint, QString)));
        bus.disconnect(QString(), path, interface, QStringLiteral("NotificationClosed"), this,
                       SLOT(onClosed(uint, uint)));
    }
}

bool DesktopNotifier::show(const QString &summary, const QString &body, QString *error)
{
    m_clicked = false;
    m_closed = false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        if (error)
            *error = QCoreApplication::translate("DigestStudio::DesktopNotifier", "there is no session bus");
        return false;
    }
    const QDBusMessage answer =
        bus.call(notifyCall(summary, bodyText(body, serverReadsMarkup())), QDBus::Block, TimeoutMs);
    if (answer.type() == QDBusMessage::ErrorMessage) {
        if (error)
            *error = QCoreApplication::translate("DigestStudio::DesktopNotifier",
                                                 "the desktop notification was not shown: %1")
                         .arg(answer.errorMessage());
        return false;
    }
    m_id = answer.arguments().value(0).toUInt();
    return true;
}

QDBusMessage DesktopNotifier::notifyCall(const QString &summary, const QString &body) const
{
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
    return call;
}

QString DesktopNotifier::bodyText(const QString &text, bool serverReadsMarkup)
{
    if (!serverReadsMarkup)
        return text;
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            escaped += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            escaped += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            escaped += QLatin1String("&gt;");
        else
            escaped += c;
    }
    return escaped;
}

QDBusMessage DesktopNotifier::capabilitiesCall()
{
    return QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("GetCapabilities"));
}

void DesktopNotifier::recordCapabilities(const QDBusMessage &answer)
{
    // Without an answer it is asked again next time (the server may not have started yet); meanwhile the
    // text goes as it is.
    if (answer.type() != QDBusMessage::ReplyMessage)
        return;
    m_markup = answer.arguments().value(0).toStringList().contains(QLatin1String("body-markup")) ? 1 : 0;
}

bool DesktopNotifier::serverReadsMarkup()
{
    if (m_markup < 0)
        recordCapabilities(QDBusConnection::sessionBus().call(capabilitiesCall(), QDBus::Block, TimeoutMs));
    return m_markup == 1;
}

void DesktopNotifier::post(const QString &summary, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        Q_EMIT failed(
            QCoreApplication::translate("DigestStudio::DesktopNotifier", "there is no session bus"));
        return;
    }
    m_clicked = false;
    m_closed = false;
    if (m_markup >= 0) {
        postNow(summary, body);
        return;
    }
    // The server's capabilities first, without blocking either.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(capabilitiesCall(), TimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, summary, body](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                recordCapabilities(call->reply());
                postNow(summary, body);
            });
}

void DesktopNotifier::postNow(const QString &summary, const QString &body)
{
    const QString text = bodyText(body, m_markup == 1);
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(notifyCall(summary, text), TimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusMessage answer = call->reply();
        if (answer.type() == QDBusMessage::ErrorMessage) {
            Q_EMIT failed(QCoreApplication::translate("DigestStudio::DesktopNotifier",
                                                      "the desktop notification was not shown: %1")
                              .arg(answer.errorMessage()));
            return;
        }
        m_id = answer.arguments().value(0).toUInt();
    });
}

bool DesktopNotifier::waitForClick(int timeoutMs)
{
    if (m_id == 0 || m_clicked || m_closed)
        return m_clicked;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_loop = &loop;
    loop.exec();
    m_loop = nullptr;
    return m_clicked;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (m_id == 0 || id != m_id || action != QLatin1String("default"))
        return;
    m_clicked = true;
    if (m_loop)
        m_loop->quit();
    Q_EMIT clicked();
}

void DesktopNotifier::onClosed(uint id, uint)
{
    if (m_id == 0 || id != m_id)
        return;
    m_closed = true;
    if (m_loop)
        m_loop->quit();
}

} // namespace DigestStudio
