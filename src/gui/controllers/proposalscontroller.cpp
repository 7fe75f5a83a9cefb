#include "controllers/proposalscontroller.h"

#include "controllers/notforuscommand.h"
#include "controllers/reviewcontroller.h"
#include "docks/morningrunbar.h"
#include "docks/paperlistpanel.h"
#include "document/digestdocument.h"
#include "document/removeentriescommand.h"
#include "services/preparereport.h"
#include "storage/library.h"
#include "storage/morningrunstore.h"

#include <QAction>
#include <QBoxLayout>
#include <QItemSelectionModel>
#include <QTreeView>
#include <QUndoStack>

namespace DigestStudio {

ProposalsController::ProposalsController(DigestDocument *document, ReviewController *review,
                                         SuggestionService *suggestions, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_review(review)
    , m_suggestions(suggestions)
    , m_keep(new QAction(tr("&Keep Proposal"), this))
    , m_bar(new MorningRunBar(review->paperList()))
{
    setObjectName(QStringLiteral("proposalsController"));
    m_keep->setObjectName(QStringLiteral("keepProposalAction"));
    m_keep->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    // Only in the list: Enter in a text field is a new line.
    m_keep->setShortcutContext(Qt::WidgetShortcut);
    m_keep->setToolTip(tr("The selected proposals of the morning run become ordinary entries"));
    QTreeView *view = review->paperList()->view();
    view->addAction(m_keep);
    if (auto *layout = qobject_cast<QBoxLayout *>(review->paperList()->layout()))
        layout->insertWidget(0, m_bar);
    connect(m_keep, &QAction::triggered, this, &ProposalsController::keepSelected);
    connect(m_bar, &MorningRunBar::firstProposalRequested, this, &ProposalsController::goToFirstProposal);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProposalsController::updateActions);
    connect(document, &DigestDocument::entryProposalChanged, this, &ProposalsController::updateActions);
    connect(document, &DigestDocument::digestReset, this, &ProposalsController::showLastRun);
    connect(document, &DigestDocument::contentChanged, this, [this] {
        if (m_document->nextProposal() < 0)
            m_bar->hide(); // every proposal decided
    });
    updateActions();
}

void ProposalsController::updateActions()
{
    bool any = false;
    for (int row : m_review->selectedEntries())
        any = any || m_document->entry(row).isProposed();
    m_keep->setEnabled(any);
}

void ProposalsController::keepSelected()
{
    const QList<int> rows = m_review->selectedEntries();
    m_document->keepProposals(rows);
    // On to the next decision.
    const int next = rows.isEmpty() ? -1 : m_document->nextProposal(rows.last() + 1);
    if (next >= 0)
        m_review->setCurrentEntry(next);
}

void ProposalsController::removeSelected()
{
    const QList<int> rows = m_review->selectedEntries();
    QStringList dropped;
    for (int row : rows) {
        if (m_document->entry(row).isProposed())
            dropped.append(m_document->entry(row).arxivId());
    }
    if (dropped.isEmpty() || !m_suggestions) {
        m_review->removeSelectedPapers();
        return;
    }
    auto *drop = new QUndoCommand(tr("Drop %n proposal(s)", nullptr, static_cast<int>(dropped.size())));
    new RemoveEntriesCommand(m_document, rows, drop);
    new NotForUsCommand(m_suggestions, dropped, drop);
    m_document->closeMergeWindow();
    m_document->undoStack()->push(drop);
    const int next = m_document->nextProposal(rows.first());
    m_review->setCurrentEntry(next >= 0 ? next : qMin(rows.first(), m_document->entryCount() - 1));
}

void ProposalsController::goToFirstProposal()
{
    const int row = m_document->nextProposal(0);
    if (row < 0)
        return;
    m_review->setCurrentEntry(row);
    m_review->paperList()->view()->setFocus();
}

void ProposalsController::showLastRun()
{
    m_bar->hide();
    MorningRunStore::Run run;
    if (!m_library || m_document->nextProposal() < 0 || !m_library->morningRuns().latestRun(&run))
        return;
    const PrepareReport report = PrepareReport::fromJson(run.report);
    if (report.digestId != m_document->digest().id())
        return;
    m_bar->setReport(report.firstLine());
    m_bar->show();
}

} // namespace DigestStudio
