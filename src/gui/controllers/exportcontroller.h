// Exporting and publishing the open digest: the preview dock (rendered live, copied and saved from there),
// File ▸ Export… with the images beside a Weibo thread and the figures beside the post, the untouched machine
// drafts said after an export, and Publish ▸ To WeChat Draft Box….
#pragma once

#include "formats/exportoptions.h"
#include "services/exportservice.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QWidget;

namespace DigestStudio {

class PreviewDock;
class PublishingService;
class WindowStatusBar;
class Workspace;

class ExportController final : public QObject
{
    Q_OBJECT

public:
    // Makes the preview dock (a child of `window`, docked by the DockManager). `network` is the window's one;
    // `wechatApiUrl` the launch configuration's. None owned.
    ExportController(Workspace *workspace, QNetworkAccessManager *network, const QUrl &wechatApiUrl,
                     WindowStatusBar *statusBar, QWidget *window);

    PreviewDock *previewDock() const { return m_previewDock; }
    // The most one WeChat call may take in all, retries included (the launch configuration's).
    void setWeChatDeadlineMs(int ms) { m_wechatDeadlineMs = ms; }

    // Exports the open digest through ExportService, as digestctl export does (the entries' first figures
    // beside the post); false with `error`. A digest the service refuses (undecided proposals, open comment
    // threads) is written only when the person says "Export Anyway".
    bool exportTo(const QString &formatId, const ExportOptions &options, const QString &target,
                  QStringList *written, QString *error);
    // The preview's Save…: the current format and options to `path`; the paths in the status bar.
    bool savePreview(const QString &path, QString *error);
    // After an export: the paths written in the status bar, with the untouched machine drafts if any.
    void announceExport(const QStringList &written);

public Q_SLOTS:
    // File ▸ Export…: the export dialog, then exportTo().
    void exportPost();
    // Publish ▸ To WeChat Draft Box…: the dialog over a PublishingService.
    void publishToWeChat();
    // The preview renders the digest as it is now.
    void refreshPreview();
    // The figures the preview's long images draw: every entry's first, from the library.
    void refreshFigures();

Q_SIGNALS:
    // The digest left the window (exported, saved or copied from the preview): its papers are the day's
    // picks.
    void digestExported();
    // Connected directly: a digest is about to be published through `service`.
    void publishingStarted(DigestStudio::PublishingService *service);

private:
    // One attempt through ExportService; `forced` lifts its refusals.
    ExportService::Outcome write(const QString &formatId, const ExportOptions &options, const QString &target,
                                 bool forced) const;
    // Publishing stopped because the last changes were not stored: why, in the status bar and a message.
    void showNotPublished(const QString &saveError);

    Workspace *m_workspace;
    QNetworkAccessManager *m_network;
    QUrl m_wechatApiUrl;
    int m_wechatDeadlineMs = 0; // 0: the client's default
    WindowStatusBar *m_statusBar;
    QWidget *m_window;
    PreviewDock *m_previewDock;
};

} // namespace DigestStudio
