#include "controllers/intakecontroller.h"

#include "common/windowstatusbar.h"
#include "dialogs/importpostsdialog.h"
#include "docks/lookuppanel.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "services/arxivservice.h"
#include "services/intakereport.h"
#include "services/listingservice.h"
#include "services/paperintake.h"
#include "services/postimport.h"

#include <QFileDialog>
#include <QUndoStack>

namespace DigestStudio {

namespace {

// Adds the batch's entries at row `at` (one undo step) and says which papers the digest has already. True
// when there were entries to add.
bool addBatch(DigestDocument *document, WindowStatusBar *statusBar, const PaperIntake::Batch &batch, int at)
{
    if (!batch.present.isEmpty()) {
        IntakeReport report;
        report.present = batch.present;
        statusBar->showMessage(report.summary(), 6000);
    }
    if (batch.entries.isEmpty())
        return false;
    document->addEntries(at, batch.entries);
    return true;
}

} // namespace

IntakeController::IntakeController(Workspace *workspace, ArxivService *arxiv, WindowStatusBar *statusBar,
                                   QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_arxiv(arxiv)
    , m_statusBar(statusBar)
    , m_window(window)
    // The listing's categories and cross-list choice come with the service, from the launch configuration.
    , m_lookupPanel(new LookupPanel(arxiv->intake(), arxiv->listing(), window))
{
    setObjectName(QStringLiteral("intakeController"));
    m_lookupPanel->setObjectName(QStringLiteral("lookupPanel"));
    connect(m_lookupPanel, &LookupPanel::papersChosen, this, &IntakeController::addLookedUpPapers);
    // Papers dropped or pasted by id only are looked up; what comes back fills their empty fields.
    connect(this, &IntakeController::lookupRequested, this, [this](const QStringList &ids) {
        m_placeholderLookups.append(m_arxiv->intake()->lookup(PaperIntake::readIds(ids).ids));
        m_statusBar->showMessage(
            tr("Looking up %n paper(s) on arXiv…", nullptr, static_cast<int>(ids.size())));
    });
    connect(m_arxiv->intake(), &PaperIntake::lookupFinished, this,
            [this](quint64 operation, const ArxivLookupResult &result) {
                if (!m_placeholderLookups.removeOne(operation))
                    return;
                fillPlaceholders(result.papers);
                const IntakeReport report(result);
                m_statusBar->showMessage(report.summary(IntakeReport::Outcome::LookedUp),
                                         report.failed() ? 0 : 6000);
            });
    connect(m_arxiv->intake(), &PaperIntake::newerVersionFound, this,
            [this](const Paper &paper, int) { markNewerVersion(paper); });
}

void IntakeController::addPapers(const QStringList &arxivIds, int row)
{
    DigestDocument *document = m_workspace->document();
    const PaperIntake::Batch batch = m_arxiv->intake()->entriesForIds(arxivIds, document->digest().entries());
    const int at = row < 0 || row > document->entryCount() ? document->entryCount() : row;
    if (addBatch(document, m_statusBar, batch, at))
        Q_EMIT entryRequested(at);
    if (!batch.toLookUp.isEmpty())
        Q_EMIT lookupRequested(batch.toLookUp);
}

void IntakeController::addLookedUpPapers(const QVector<Paper> &papers)
{
    DigestDocument *document = m_workspace->document();
    // With nothing open yet, papers go into a new digest for today rather than nowhere.
    if (m_workspace->autosave() && m_workspace->currentDigestId() == 0 &&
        !document->digest().date().isValid())
        Q_EMIT digestNeeded();
    const PaperIntake::Batch batch = m_arxiv->intake()->entriesFor(papers, document->digest().entries());
    const int at = document->entryCount();
    if (addBatch(document, m_statusBar, batch, at))
        Q_EMIT entryRequested(at);
}

void IntakeController::fillPlaceholders(const QVector<Paper> &papers)
{
    // Only empty fields are filled: whatever was typed meanwhile stays. One undo step for the lot.
    DigestDocument *document = m_workspace->document();
    bool began = false;
    for (const Paper &paper : papers) {
        for (int row = 0; row < document->entryCount(); ++row) {
            const QVector<PaperIntake::Fill> fills =
                m_arxiv->intake()->placeholderFills(document->entry(row), paper);
            for (const PaperIntake::Fill &fill : fills) {
                if (!began) {
                    document->undoStack()->beginMacro(tr("Fill in papers from arXiv"));
                    began = true;
                }
                document->closeMergeWindow();
                document->setField(row, fill.first, fill.second);
            }
        }
    }
    if (began) {
        document->closeMergeWindow();
        document->undoStack()->endMacro();
    }
}

void IntakeController::markNewerVersion(const Paper &paper)
{
    DigestDocument *document = m_workspace->document();
    DigestDocument::Markers markers = document->markers(paper.id());
    markers.newestVersion = qMax(markers.newestVersion, paper.version());
    document->setMarkers(paper.id(), markers);
}

void IntakeController::importPublishedPosts()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import Published Posts"), QString(), tr("Published posts (*.txt *.md);;All files (*)"));
    if (!files.isEmpty())
        openImportDialog(files);
}

ImportPostsDialog *IntakeController::openImportDialog(const QStringList &files)
{
    // Confirmed first: the dialog lists the files and their dates before anything is imported. Undo Import
    // (while it is open, so nothing else changed the library view meanwhile) removes what it made.
    auto *dialog = new ImportPostsDialog(files, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportPostsDialog::importRequested, this, [this, dialog] {
        Library *library = m_workspace->library();
        if (!library) {
            m_statusBar->showMessage(tr("No library is open: nothing was imported."), 8000);
            return;
        }
        dialog->showOutcomes(PostImport::importFiles(library, dialog->files(), dialog->date()));
        Q_EMIT digestsChanged();
        m_statusBar->showMessage(dialog->summary(), 8000);
    });
    connect(dialog, &ImportPostsDialog::undoRequested, this, [this, dialog] {
        QString error;
        Library *library = m_workspace->library();
        const bool ok = library && PostImport::undo(library, dialog->outcomes(), &error);
        dialog->showUndone(ok, error);
        Q_EMIT digestsChanged();
    });
    dialog->open();
    return dialog;
}

} // namespace DigestStudio
