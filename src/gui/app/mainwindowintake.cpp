// MainWindow, continued: papers added by id (dropped or pasted) or chosen in the lookup panel, and entries
// added by id only filled in from arXiv, all through the paper-intake service digestctl uses too; and the
// suggestions that rank the listing.
#include "app/mainwindow.h"

#include "docks/lookuppanel.h"
#include "docks/previewdock.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "services/arxivservice.h"
#include "services/intakereport.h"
#include "services/listingservice.h"
#include "services/paperintake.h"
#include "services/settingskeys.h"
#include "services/suggestionservice.h"

#include <QSettings>

#include <QStatusBar>
#include <QUndoStack>

namespace DigestStudio {

namespace {

// Adds the batch's entries at row `at` (one undo step) and says which papers the digest has already.
void addBatch(MainWindow *window, const PaperIntake::Batch &batch, int at)
{
    if (!batch.present.isEmpty()) {
        IntakeReport report;
        report.present = batch.present;
        window->statusBar()->showMessage(report.summary(), 6000);
    }
    if (batch.entries.isEmpty())
        return;
    window->document()->addEntries(at, batch.entries);
    window->setCurrentEntry(at);
}

} // namespace

void MainWindow::connectLookups()
{
    // Papers dropped or pasted by id only are looked up; what comes back fills their empty fields.
    connect(this, &MainWindow::lookupRequested, this, [this](const QStringList &ids) {
        m_placeholderLookups.append(m_arxivService->intake()->lookup(PaperIntake::readIds(ids).ids));
        statusBar()->showMessage(
            tr("Looking up %n paper(s) on arXiv…", nullptr, static_cast<int>(ids.size())));
    });
    connect(m_arxivService->intake(), &PaperIntake::lookupFinished, this,
            [this](quint64 operation, const ArxivLookupResult &result) {
                if (!m_placeholderLookups.removeOne(operation))
                    return;
                fillPlaceholders(result.papers);
                const IntakeReport report(result);
                statusBar()->showMessage(report.summary(IntakeReport::Outcome::LookedUp),
                                         report.failed() ? 0 : 6000);
            });
    connect(m_arxivService->intake(), &PaperIntake::newerVersionFound, this, [this](const Paper &paper, int) {
        DigestDocument::Markers markers = m_document->markers(paper.id());
        markers.newestVersion = qMax(markers.newestVersion, paper.version());
        m_document->setMarkers(paper.id(), markers);
    });
}

void MainWindow::addPapers(const QStringList &arxivIds, int row)
{
    const PaperIntake::Batch batch =
        m_arxivService->intake()->entriesForIds(arxivIds, m_document->digest().entries());
    addBatch(this, batch, row < 0 || row > m_document->entryCount() ? m_document->entryCount() : row);
    if (!batch.toLookUp.isEmpty())
        Q_EMIT lookupRequested(batch.toLookUp);
}

void MainWindow::addLookedUpPapers(const QVector<Paper> &papers)
{
    // With nothing open yet, papers go into a new digest for today rather than nowhere.
    if (m_autosave && m_autosave->digestId() == 0 && !m_document->digest().date().isValid())
        newDigestForToday();
    const PaperIntake::Batch batch =
        m_arxivService->intake()->entriesFor(papers, m_document->digest().entries());
    addBatch(this, batch, m_document->entryCount());
}

void MainWindow::fillPlaceholders(const QVector<Paper> &papers)
{
    // Only empty fields are filled: whatever was typed meanwhile stays. One undo step for the lot.
    bool began = false;
    for (const Paper &paper : papers) {
        for (int row = 0; row < m_document->entryCount(); ++row) {
            const QVector<PaperIntake::Fill> fills =
                m_arxivService->intake()->placeholderFills(m_document->entry(row), paper);
            for (const PaperIntake::Fill &fill : fills) {
                if (!began) {
                    m_document->undoStack()->beginMacro(tr("Fill in papers from arXiv"));
                    began = true;
                }
                m_document->closeMergeWindow();
                m_document->setField(row, fill.first, fill.second);
            }
        }
    }
    if (began) {
        m_document->closeMergeWindow();
        m_document->undoStack()->endMacro();
    }
}

void MainWindow::connectSuggestions()
{
    m_suggestions = new SuggestionService(m_library, this);
    RankerOptions options;
    options.categories = m_arxivService->listing()->defaultCategories();
    m_suggestions->setOptions(options);
    m_suggestions->setTopCount(SettingsKeys::SuggestionsTopCount.value(QSettings()));
    // Every listing the panel fetches is kept (and trained on); so is every digest exported or copied.
    m_suggestions->watch(m_arxivService->listing());
    m_lookupPanel->setSuggestions(m_suggestions);
    m_lookupPanel->setMinScore(SettingsKeys::SuggestionsMinScore.value(QSettings()));
    connect(m_lookupPanel, &LookupPanel::minScoreChanged, this,
            [](int percent) { SettingsKeys::SuggestionsMinScore.setValue(percent); });
    connect(m_previewDock, &PreviewDock::saved, m_suggestions, [this] { m_suggestions->retrain(); });
    connect(m_previewDock, &PreviewDock::copied, m_suggestions, [this] { m_suggestions->retrain(); });
    connect(m_suggestions, &SuggestionService::trainingProgress, this, [this](int done, int total) {
        statusBar()->showMessage(tr("Training the suggestions: step %1 of %2…").arg(done).arg(total), 3000);
    });
    connect(m_suggestions, &SuggestionService::trained, this,
            [this] { statusBar()->showMessage(tr("Suggestions updated."), 3000); });
    connect(m_suggestions, &SuggestionService::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    if (m_library)
        m_suggestions->retrain();
}

} // namespace DigestStudio
