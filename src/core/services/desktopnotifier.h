// A desktop notification through the session bus (org.freedesktop.Notifications): how a scheduled morning
// run says it ended, with the report's first line, and waits for the person to click it (its default action,
// "Open the digest"), so that the caller can open the app on the prepared digest.
#pragma once

#include <QObject>
#include <QString>

class QDBusMessage;
class QEventLoop;

namespace DigestStudio {

class DesktopNotifier final : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 5000;
    // How long a run waits after its notification for a click: a notification the server keeps (GNOME's
    // message list) may be clicked long after it was shown, but a run does not linger all day.
    static constexpr int ClickWaitMs = 60 * 60 * 1000;

    // Listens for the clicks from the start, so that none is missed between showing and waiting.
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Shows `summary` with `body`; false and `error` (in words) when no notification server answered.
    bool show(const QString &summary, const QString &body, QString *error = nullptr);

    // The same without waiting for the server's answer (a window must not freeze on a slow server): what
    // went wrong comes as failed().
    void post(const QString &summary, const QString &body);

    // The body as the server shows it: a server that reads markup in bodies (capability `body-markup`) gets
    // the text with `&`, `<` and `>` escaped, so that a paper's title shows as written; one that does not
    // gets the text as it is.
    static QString bodyText(const QString &text, bool serverReadsMarkup);

    // Waits until the notification shown is clicked (true: at once when it already was), or closed, or
    // `timeoutMs` passes (false).
    bool waitForClick(int timeoutMs);

Q_SIGNALS:
    // The notification shown last was clicked (its default action): for a caller that does not wait.
    void clicked();
    // A notification post() sent was not shown: why, in words.
    void failed(const QString &error);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void listen(bool on);
    QDBusMessage notifyCall(const QString &summary, const QString &body) const;
    // Asks the server once whether it reads markup in bodies (GetCapabilities); false when it does not
    // answer.
    bool serverReadsMarkup();
    static QDBusMessage capabilitiesCall();
    void recordCapabilities(const QDBusMessage &answer);
    // post() once the capabilities are known.
    void postNow(const QString &summary, const QString &body);

    uint m_id = 0;
    bool m_clicked = false;
    bool m_closed = false;
    int m_markup = -1; // the server reads markup: -1 not asked yet, 0 no, 1 yes
    QEventLoop *m_loop = nullptr;
};

} // namespace DigestStudio
