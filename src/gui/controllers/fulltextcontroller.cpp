#include "controllers/fulltextcontroller.h"

#include "arxiv/arxivlane.h"
#include "common/windowstatusbar.h"
#include "document/digestdocument.h"
#include "document/documentfulltexttarget.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "services/launchconfig.h"

#include <QAction>
#include <QProgressBar>
#include <QToolButton>
#include <QWidget>

namespace DigestStudio {

namespace {

constexpr int SummaryMs = 30000;
// Papers added within this of each other are read in one run.
constexpr int QueueDelayMs = 800;

} // namespace

FulltextController::FulltextController(Workspace *workspace, EntryEditor *editor, WindowStatusBar *statusBar,
                                       RequestScheduler *scheduler, const LaunchConfig &config,
                                       QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_statusBar(statusBar)
    , m_service(std::make_unique<FulltextService>(scheduler, ArxivLane::name()))
    , m_reader(new AuthorBlockReader(scheduler, this))
    , m_fill(new QAction(tr("F&ill From Papers"), this))
    , m_refill(new QAction(tr("Re&fill From Paper"), this))
    , m_progress(new QProgressBar(statusBar))
    , m_cancel(new QToolButton(statusBar))
{
    setObjectName(QStringLiteral("fulltextController"));
    m_service->configure(config.arxivSiteUrl(), config.fulltextDeadlineMs());
    m_service->setBlockReader(m_reader);
    m_fill->setObjectName(QStringLiteral("fillFromPapers"));
    m_fill->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    m_fill->setStatusTip(tr("Fill every empty affiliation line, and a figure for each paper without one, "
                            "from the papers themselves"));
    m_refill->setObjectName(QStringLiteral("refillFromPaper"));
    m_refill->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_refill->setStatusTip(tr("Replace this paper's affiliation line with what the paper says"));
    window->addAction(m_fill);
    window->addAction(m_refill);
    connect(m_fill, &QAction::triggered, this, &FulltextController::fillFromPapers);
    connect(m_refill, &QAction::triggered, this, &FulltextController::refillCurrent);

    m_progress->setObjectName(QStringLiteral("fulltextProgress"));
    m_progress->setMaximumWidth(160);
    m_cancel->setObjectName(QStringLiteral("cancelFulltext"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading papers; what is filled stays filled"));
    m_statusBar->addPermanentWidget(m_progress);
    m_statusBar->addPermanentWidget(m_cancel);
    showRunning(false);
    connect(m_cancel, &QToolButton::clicked, this, &FulltextController::cancel);
    connect(m_service.get(), &FulltextService::progress, this, &FulltextController::onProgress);
    connect(m_service.get(), &FulltextService::finished, this, &FulltextController::onFinished);
    // Another digest opened: the run's entries are gone from the window.
    connect(m_workspace->document(), &DigestDocument::digestReset, this, &FulltextController::cancel);
    m_queueTimer.setSingleShot(true);
    m_queueTimer.setInterval(QueueDelayMs);
    connect(&m_queueTimer, &QTimer::timeout, this, &FulltextController::readQueued);
    connect(m_workspace->document(), &DigestDocument::entryInserted, this,
            &FulltextController::onEntryInserted);
}

void FulltextController::onEntryInserted(int at)
{
    const DigestEntry entry = m_workspace->document()->entry(at);
    // The morning run's proposals were read when it made them.
    if (entry.arxivId().isEmpty() || entry.isProposed() || m_queued.contains(entry.arxivId()))
        return;
    m_queued.append(entry.arxivId());
    m_queueTimer.start();
}

void FulltextController::readQueued()
{
    if (m_service->isBusy())
        return; // onFinished() comes back here
    DigestDocument *document = m_workspace->document();
    FulltextService::Request request;
    for (const QString &id : qAsConst(m_queued)) {
        for (int row = 0; row < document->entryCount(); ++row) {
            if (document->entry(row).arxivId() == id) {
                request.positions.append(row + 1);
                break;
            }
        }
    }
    m_queued.clear();
    if (request.positions.isEmpty())
        return;
    // Only what is empty is filled: a line the person typed meanwhile stays, as in Fill From Papers.
    request.figuresPerEntry = m_workspace->figures() ? 1 : 0;
    start(request, false);
}

FulltextController::~FulltextController()
{
    m_service->disconnect(this);
}

void FulltextController::showRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_fill->setEnabled(!running);
    m_refill->setEnabled(!running);
}

void FulltextController::fillFromPapers()
{
    FulltextService::Request request;
    request.figuresPerEntry = 1;
    start(request, false);
}

void FulltextController::refillCurrent()
{
    const int row = m_editor->currentEntry();
    if (row < 0) {
        m_statusBar->showMessage(tr("Refill From Paper: no paper is shown"), SummaryMs);
        return;
    }
    FulltextService::Request request;
    request.positions = {row + 1};
    request.figuresPerEntry = 0;
    request.overwrite = true;
    start(request, true);
}

void FulltextController::start(const FulltextService::Request &request, bool refill)
{
    if (m_service->isBusy())
        return;
    if (m_workspace->document()->entryCount() == 0) {
        m_statusBar->showMessage(tr("Fill From Papers: the digest has no papers"), SummaryMs);
        return;
    }
    FulltextService::Request withAliases = request;
    withAliases.aliases = FulltextService::aliasMap(m_workspace->library());
    m_refilling = refill;
    m_reader->setSettings(m_modelSettings ? m_modelSettings() : AuthorBlockReader::noModel());
    m_target = std::make_unique<DocumentFulltextTarget>(m_workspace);
    m_progress->setRange(0, request.positions.isEmpty() ? m_target->entryCount()
                                                        : static_cast<int>(request.positions.size()));
    m_progress->setValue(0);
    showRunning(true);
    m_statusBar->showMessage(tr("Reading the papers…"));
    m_service->enrich(m_target.get(), withAliases);
}

void FulltextController::cancel()
{
    m_queued.clear();
    m_queueTimer.stop();
    m_service->cancel();
}

void FulltextController::onProgress(int done, int total, const QString &text)
{
    Q_UNUSED(text) // the service's words are English; the bar says how far
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_statusBar->showMessage(tr("Reading the papers: %1 of %2 done").arg(done).arg(total));
}

QString FulltextController::summaryOf(const FulltextService::Report &report) const
{
    using Outcome = FulltextService::Outcome;
    if (!report.error.isEmpty())
        return tr("Fill From Papers: %1").arg(report.error);
    QString summary = tr("Fill From Papers: %1 filled, %2 kept, %3 stating no affiliation, %4 failed")
                          .arg(report.count(Outcome::Filled))
                          .arg(report.count(Outcome::Kept))
                          .arg(report.count(Outcome::NoneStated))
                          .arg(report.count(Outcome::Failed));
    if (m_refilling && report.entries.size() == 1) {
        const FulltextService::EntryReport &entry = report.entries.first();
        summary = entry.outcome == Outcome::Failed ? tr("Refill From Paper failed: %1").arg(entry.message)
                                                   : tr("Refill From Paper: %1").arg(entry.message);
    } else {
        for (const FulltextService::EntryReport &entry : report.entries) {
            if (entry.outcome == Outcome::Failed)
                summary += QStringLiteral(" · ") + entry.words();
        }
    }
    if (report.cancelled)
        summary += QStringLiteral(" · ") + tr("cancelled");
    return summary;
}

void FulltextController::onFinished(const FulltextService::Report &report)
{
    showRunning(false);
    const QString summary = summaryOf(report);
    m_statusBar->showMessage(summary, SummaryMs);
    m_target.reset();
    Q_EMIT finished(summary);
    if (!m_queued.isEmpty())
        m_queueTimer.start();
}

} // namespace DigestStudio
