// A desktop notification through the session bus (org.freedesktop.Notifications): how a scheduled morning
// run says it ended, with the report's first line. The notification's default action names the app's desktop
// entry, which notification servers that support it open.
#pragma once

#include <QString>

namespace DigestStudio {

class DesktopNotifier final
{
public:
    static constexpr int TimeoutMs = 5000;

    // Shows `summary` with `body`; false and `error` (in words) when no notification server answered.
    static bool notify(const QString &summary, const QString &body, QString *error = nullptr);
};

} // namespace DigestStudio
