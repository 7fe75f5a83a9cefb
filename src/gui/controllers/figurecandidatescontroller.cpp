#include "controllers/figurecandidatescontroller.h"

#include "arxiv/arxivlane.h"
#include "common/windowstatusbar.h"
#include "docks/figurecandidatespanel.h"
#include "document/digestdocument.h"
#include "document/entryfigures.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "services/launchconfig.h"

#include <QWidget>

namespace DigestStudio {

namespace {

constexpr int MessageMs = 6000;

} // namespace

FigureCandidatesController::FigureCandidatesController(Workspace *workspace, EntryEditor *editor,
                                                       WindowStatusBar *statusBar,
                                                       RequestScheduler *scheduler,
                                                       const LaunchConfig &config, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_statusBar(statusBar)
    , m_panel(new FigureCandidatesPanel(window))
    , m_service(std::make_unique<FulltextService>(scheduler, ArxivLane::name()))
{
    setObjectName(QStringLiteral("figureCandidatesController"));
    m_service->configure(config.arxivSiteUrl(), config.fulltextDeadlineMs());
    FulltextClient *client = m_service->client();
    connect(client, &FulltextClient::readFinished, this, &FigureCandidatesController::onRead);
    connect(client, &FulltextClient::imageFinished, this, &FigureCandidatesController::onImage);
    connect(m_panel, &FigureCandidatesPanel::readRequested, this, &FigureCandidatesController::readPaper);
    connect(m_panel, &FigureCandidatesPanel::attachRequested, this, &FigureCandidatesController::attach);
    connect(m_panel, &FigureCandidatesPanel::viewChanged, this, &FigureCandidatesController::fetchVisible);
    connect(m_editor, &EntryEditor::currentEntryChanged, this, &FigureCandidatesController::showEntry);
    connect(m_workspace->document(), &DigestDocument::digestReset, this,
            &FigureCandidatesController::showEntry);
    showEntry();
}

FigureCandidatesController::~FigureCandidatesController() = default;

void FigureCandidatesController::reset()
{
    m_service->client()->cancelAll();
    m_reading = 0;
    m_fetches.clear();
    m_candidates.clear();
    m_panel->setBusy(false);
}

void FigureCandidatesController::showEntry()
{
    const int row = m_editor->currentEntry();
    const QString id = row >= 0 && row < m_workspace->document()->entryCount()
                           ? m_workspace->document()->entry(row).arxivId()
                           : QString();
    if (id == m_arxivId && !id.isEmpty())
        return; // the same paper (moved, or its text edited): its candidates stay
    reset();
    m_arxivId = id;
    m_panel->setPaper(id);
}

void FigureCandidatesController::readPaper()
{
    if (m_arxivId.isEmpty() || m_reading != 0)
        return;
    reset();
    m_panel->setPaper(m_arxivId);
    m_panel->setBusy(true);
    m_panel->setMessage(tr("Reading %1…").arg(m_arxivId));
    m_reading = m_service->client()->read(m_arxivId);
}

void FigureCandidatesController::onRead(quint64 operation, const FulltextClient::Read &read)
{
    if (operation != m_reading)
        return;
    m_reading = 0;
    m_panel->setBusy(false);
    if (!read.ok()) {
        m_panel->setMessage(tr("%1 could not be read: %2").arg(m_arxivId, read.problem));
        return;
    }
    QStringList labels;
    QStringList captions;
    for (const FullText::Figure &figure : read.fullText.figures) {
        const QUrl url = read.imageUrl(figure);
        if (url.isEmpty())
            continue; // a figure without an image (a table set as a figure) has nothing to attach
        Candidate candidate;
        candidate.label = figure.label.isEmpty() ? tr("Figure") : figure.label;
        candidate.caption = figure.caption;
        candidate.url = url;
        m_candidates.append(candidate);
    }
    if (m_candidates.isEmpty() && !read.firstPage.isNull()) {
        Candidate page;
        page.label = tr("First page");
        page.data = FulltextService::png(read.firstPage);
        page.mimeType = QStringLiteral("image/png");
        m_candidates.append(page);
    }
    for (const Candidate &candidate : qAsConst(m_candidates)) {
        labels.append(candidate.label);
        captions.append(candidate.caption);
    }
    m_panel->setCandidates(labels, captions);
    for (int i = 0; i < m_candidates.size(); ++i) {
        if (!m_candidates.at(i).data.isEmpty())
            m_panel->setThumbnail(i, QImage::fromData(m_candidates.at(i).data));
    }
    const QString source = FulltextService::sourceName(read.fullText.source).toUpper();
    m_panel->setMessage(
        m_candidates.isEmpty()
            ? tr("The paper (%1) has no figure with an image.").arg(source)
            : tr("%n candidate(s) from the paper's %1.", nullptr, int(m_candidates.size())).arg(source));
    fetchVisible();
}

void FigureCandidatesController::fetchVisible()
{
    for (int index : m_panel->visibleCandidates())
        fetch(index);
}

void FigureCandidatesController::fetch(int index)
{
    if (index < 0 || index >= m_candidates.size())
        return;
    Candidate &candidate = m_candidates[index];
    if (!candidate.data.isEmpty() || candidate.pending != 0 || candidate.url.isEmpty())
        return;
    candidate.pending = m_service->client()->fetchImage(candidate.url);
    m_fetches.insert(candidate.pending, index);
}

void FigureCandidatesController::onImage(quint64 operation, const FulltextClient::Image &image)
{
    const auto it = m_fetches.find(operation);
    if (it == m_fetches.end())
        return;
    const int index = it.value();
    m_fetches.erase(it);
    Candidate &candidate = m_candidates[index];
    candidate.pending = 0;
    if (!image.ok()) {
        m_panel->setThumbnailProblem(index, image.problem);
        if (candidate.attachWhenFetched)
            m_statusBar->showMessage(tr("%1 was not attached: %2").arg(candidate.label, image.problem),
                                     MessageMs);
        candidate.attachWhenFetched = false;
        return;
    }
    candidate.data = image.data;
    candidate.mimeType = image.mimeType;
    m_panel->setThumbnail(index, QImage::fromData(image.data, image.format.constData()));
    if (candidate.attachWhenFetched) {
        candidate.attachWhenFetched = false;
        addToEntry(index);
    }
}

void FigureCandidatesController::attach(int index)
{
    if (index < 0 || index >= m_candidates.size())
        return;
    Candidate &candidate = m_candidates[index];
    if (!candidate.data.isEmpty()) {
        addToEntry(index);
        return;
    }
    candidate.attachWhenFetched = true;
    m_statusBar->showMessage(tr("Fetching %1…").arg(candidate.label), MessageMs);
    fetch(index);
}

void FigureCandidatesController::addToEntry(int index)
{
    const Candidate &candidate = m_candidates.at(index);
    const int row = m_editor->currentEntry();
    EntryFigures *figures = m_workspace->figures();
    if (row < 0 || !figures || m_workspace->document()->entry(row).arxivId() != m_arxivId) {
        m_statusBar->showMessage(
            tr("%1 was not attached: the paper is no longer shown.").arg(candidate.label), MessageMs);
        return;
    }
    if (figures->add(row, {candidate.data}, {candidate.mimeType}))
        m_statusBar->showMessage(tr("%1 attached to paper %2.").arg(candidate.label).arg(row + 1), MessageMs);
}

} // namespace DigestStudio
