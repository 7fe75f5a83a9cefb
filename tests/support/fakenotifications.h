// A desktop notification server on the test's private session bus (tests/support/with-keyring.sh starts
// one): org.freedesktop.Notifications.Notify as the Desktop Notifications Specification describes it,
// writing down what it was asked to show.
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace DigestStudio::Test {

class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString app, summary, body;
        QStringList actions;
    };
    QVector<Shown> shown;
    // What GetCapabilities answers: by default what GNOME Shell and dunst answer for the parts the program
    // uses (the specification's "actions", "body" and "body-markup").
    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body"),
                             QStringLiteral("body-markup")};

    // Takes the name on the session bus; false when there is no bus or the name is taken.
    bool registerOnBus();
    void unregisterFromBus();
    // Tells the program that the notification `id` was clicked (its default action), as a server does.
    static void click(uint id);

public Q_SLOTS:
    QStringList GetCapabilities() const { return capabilities; }
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);

Q_SIGNALS:
    void notified(uint id);
};

} // namespace DigestStudio::Test
