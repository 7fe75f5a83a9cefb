// The paper itself in the window: Digest ▸ Fill From Papers fills every entry's empty affiliation line and
// puts the first figure on entries without one, with progress and Cancel in the status bar and failures in
// words; a paper a person adds is read the same way in the background; Digest ▸ Refill From Paper replaces
// the current entry's line with what its paper says, as one undo step. All through FulltextService, as
// digestctl enrich.
#pragma once

#include "drafting/draftsettings.h"
#include "services/authorblockreader.h"
#include "services/fulltextservice.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QProgressBar;
class QToolButton;
class QWidget;

namespace DigestStudio {

class DocumentFulltextTarget;
class EntryEditor;
class LaunchConfig;
class RequestScheduler;
class WindowStatusBar;
class Workspace;

class FulltextController final : public QObject
{
    Q_OBJECT

public:
    // Requests go through `scheduler` in the arXiv lane, to the site and with the deadline of `config`.
    // None owned.
    FulltextController(Workspace *workspace, EntryEditor *editor, WindowStatusBar *statusBar,
                       RequestScheduler *scheduler, const LaunchConfig &config, QWidget *window);
    ~FulltextController() override;

    QAction *fillAction() const { return m_fill; }
    QAction *refillAction() const { return m_refill; }
    bool isBusy() const { return m_service->isBusy(); }
    // The drafting model's settings at the start of each run, for author blocks the rules cannot split (a
    // provider that cannot read them, or no function, asks none).
    void setModelSettings(std::function<DraftSettings()> settings) { m_modelSettings = std::move(settings); }

public Q_SLOTS:
    void fillFromPapers();
    void refillCurrent();
    void cancel();

Q_SIGNALS:
    // A run ended (done, cancelled or refused); `summary` is what the status bar says.
    void finished(const QString &summary);

private:
    void start(const FulltextService::Request &request, bool refill);
    void onProgress(int done, int total, const QString &text);
    void onFinished(const FulltextService::Report &report);
    QString summaryOf(const FulltextService::Report &report) const;
    void showRunning(bool running);
    // A paper was added: it is read once the adds of the moment are in (one run for a batch).
    void onEntryInserted(int at);
    void readQueued();

    Workspace *m_workspace;
    EntryEditor *m_editor;
    WindowStatusBar *m_statusBar;
    std::unique_ptr<FulltextService> m_service;
    AuthorBlockReader *m_reader;
    std::function<DraftSettings()> m_modelSettings;
    std::unique_ptr<DocumentFulltextTarget> m_target;
    QAction *m_fill;
    QAction *m_refill;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    bool m_refilling = false;
    QStringList m_queued; // arXiv ids of papers added since, to be read in the background
    QTimer m_queueTimer;
};

} // namespace DigestStudio
