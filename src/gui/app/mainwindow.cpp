#include "app/mainwindow.h"

#include "app/appearance.h"
#include "app/mainwindowactions.h"
#include "common/plaintext.h"
#include "common/windowstatusbar.h"
#include "controllers/aliasoffercontroller.h"
#include "controllers/assignmentcontroller.h"
#include "controllers/dockmanager.h"
#include "controllers/draftingcontroller.h"
#include "controllers/exportcontroller.h"
#include "controllers/figurecandidatescontroller.h"
#include "controllers/figurescontroller.h"
#include "controllers/findingscontroller.h"
#include "controllers/fulltextcontroller.h"
#include "controllers/intakecontroller.h"
#include "controllers/presencecontroller.h"
#include "controllers/proposalscontroller.h"
#include "controllers/reviewcontroller.h"
#include "controllers/suggestionscontroller.h"
#include "controllers/teamcontroller.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/digestheaderdialog.h"
#include "dialogs/morningrundialog.h"
#include "docks/activitypanel.h"
#include "docks/commentspanel.h"
#include "docks/figurecandidatespanel.h"
#include "docks/glossarypanel.h"
#include "docks/historypanel.h"
#include "docks/lookuppanel.h"
#include "docks/paperlistpanel.h"
#include "docks/previewdock.h"
#include "docks/problemsdock.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "editor/imagestrip.h"
#include "models/paperlistmodel.h"
#include "services/arxivservice.h"
#include "services/launchconfig.h"
#include "services/listingservice.h"
#include "services/preferences.h"
#include "services/publishingservice.h"
#include "services/scheduleservice.h"
#include "services/settingskeys.h"
#include "storage/library.h"
#include "storage/librarylocation.h"
#include "text/spellchecker.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace DigestStudio {

MainWindow::MainWindow(const LaunchConfig &config, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(config.libraryLocation(), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // The library named by an option or the environment goes into the morning run's timer (never with a
    // password); the saved or default one the timer's run finds by itself.
    const auto source = config.source(SettingsKeys::LibraryLocation.name());
    if ((source == LaunchConfig::Source::Option || source == LaunchConfig::Source::Environment) &&
        LibraryLocation::parse(config.libraryLocation()).password().isEmpty())
        m_scheduledLibrary = config.libraryLocation();
    setWindowIcon(QIcon(QStringLiteral(":/icons/digest-studio.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);
    m_statusBar = new WindowStatusBar(this);
    setStatusBar(m_statusBar);

    createEditor();
    createControllers(config);
    m_actions = new MainWindowActions(createUndoGroup(), this);
    m_actions->createMenus(menuBar(), m_docks->toggleActions());
    m_review->setRemoveAction(m_actions->removePapers());
    // The paper itself after the drafting group, before Remove Papers.
    QMenu *digestMenu = m_actions->digestMenu();
    digestMenu->insertActions(m_actions->removePapers(),
                              {m_fulltext->fillAction(), m_fulltext->refillAction()});
    digestMenu->insertAction(m_actions->removePapers(), m_team->fourEyesAction());
    digestMenu->insertSeparator(m_actions->removePapers());
    createToolBar();
    connectActions();
    connectControllers();
    connectDocument();

    updateTitle();
    m_statusBar->setCounts(m_workspace->document()->statusCounts());
    m_statusBar->setSaveState(WindowStatusBar::SaveState::NothingOpen);
    m_docks->restoreLayout(m_editor->splitter(), m_review->paperList()->view()->header());
    openLibrary();
}

MainWindow::~MainWindow()
{
    // Presence says "leave" while the library is still open.
    delete m_presence;
    m_presence = nullptr;
    // The editor's highlighters use the spell checker: the editor goes first.
    delete m_editor;
    m_editor = nullptr;
}

void MainWindow::createEditor()
{
    m_editor = new EntryEditor(this);
    m_editor->setDocument(m_workspace->document());
    m_editor->setGlossary(m_workspace->glossary());
    m_editor->setTags(Preferences::tagTable(QSettings()).tags());
    if (SettingsKeys::WorkspaceSpellCheck.value()) {
        m_spell = std::make_unique<SpellChecker>(SettingsKeys::WorkspaceSpellDictionary.value());
        m_editor->setSpellChecker(m_spell.get());
    }
    setCentralWidget(m_editor);

    // The glossary's renderings go into the editor's last text field.
    m_glossaryPanel = new GlossaryPanel(m_workspace->glossary(), this);
    connect(m_glossaryPanel, &GlossaryPanel::renderingRequested, this, [this](const QString &chinese) {
        FieldEdit *target = m_editor->lastFocusedField();
        if (!target || !m_editor->isEnabled())
            return;
        target->setFocus();
        target->insertPlainText(chinese);
    });
}

QUndoGroup *MainWindow::createUndoGroup()
{
    // Undo acts where the person works: on the glossary's steps while the glossary panel has the focus, on
    // the digest's everywhere else in the window.
    auto *group = new QUndoGroup(this);
    QUndoStack *digest = m_workspace->document()->undoStack();
    group->addStack(digest);
    group->addStack(m_glossaryPanel->undoStack());
    group->setActiveStack(digest);
    connect(qApp, &QApplication::focusChanged, group, [this, group, digest](QWidget *, QWidget *now) {
        if (now && now->window() == this)
            group->setActiveStack(m_glossaryPanel->isAncestorOf(now) ? m_glossaryPanel->undoStack() : digest);
    });
    return group;
}

void MainWindow::createControllers(const LaunchConfig &config)
{
    Library *library = m_workspace->library();
    m_arxiv = new ArxivService(config, library, this);
    m_arxiv->setObjectName(QStringLiteral("arxivService"));
    m_review = new ReviewController(m_workspace->document(), m_editor, m_statusBar, this);
    m_review->paperList()->setPerson(library ? library->person() : QString());
    m_intake = new IntakeController(m_workspace, m_arxiv, m_statusBar, this);
    m_drafting =
        new DraftingController(m_workspace->document(), m_editor, m_statusBar, m_arxiv->network(), this);
    m_drafting->setGlossary(m_workspace->glossary());
    m_drafting->setLaunchConfig(config);
    m_export =
        new ExportController(m_workspace, m_arxiv->network(), config.wechatApiUrl(), m_statusBar, this);
    m_export->setWeChatDeadlineMs(config.wechatDeadlineMs());
    m_figures = new FiguresController(m_workspace, m_editor, m_statusBar, this);
    m_findings = new FindingsController(m_workspace, m_editor, this);
    m_fulltext =
        new FulltextController(m_workspace, m_editor, m_statusBar, m_arxiv->scheduler(), config, this);
    m_fulltext->setModelSettings([drafting = m_drafting] { return drafting->blockReadingSettings(); });
    new AliasOfferController(m_workspace, m_editor, m_statusBar, this);
    m_candidates = new FigureCandidatesController(m_workspace, m_editor, m_statusBar, m_arxiv->scheduler(),
                                                  config, this);
    m_suggestions =
        new SuggestionsController(library, m_arxiv->listing(), m_intake->lookupPanel(), m_statusBar, this);
    m_team = new TeamController(m_workspace, m_editor, m_statusBar, this);
    m_review->paperList()->setPeople(m_team->people());
    m_review->paperList()->model()->setDisplayNames(m_team->displayNames());
    m_assignments = new AssignmentController(library, m_review->paperList()->mineBox(), m_statusBar, this);
    m_presence = new PresenceController(m_workspace, m_editor, m_review->paperList()->model(), this);
    m_proposals = new ProposalsController(m_workspace->document(), m_review, m_suggestions->service(), this);
    m_proposals->setLibrary(library);
    m_docks = new DockManager(this);
    m_docks->createDocks({m_review->paperList(), m_glossaryPanel, m_figures->imageStrip(),
                          m_intake->lookupPanel(), m_export->previewDock(), m_findings->problemsDock(),
                          m_team->historyPanel(), m_team->commentsPanel(), m_team->activityPanel(),
                          m_candidates->panel()});
}

void MainWindow::connectActions()
{
    const MainWindowActions *actions = m_actions;
    connect(actions->importGlossary(), &QAction::triggered, m_glossaryPanel,
            &GlossaryPanel::importInteractively);
    connect(actions->exportGlossary(), &QAction::triggered, m_glossaryPanel,
            &GlossaryPanel::exportInteractively);
    connect(actions->importPosts(), &QAction::triggered, m_intake, &IntakeController::importPublishedPosts);
    connect(actions->exportPost(), &QAction::triggered, m_export, &ExportController::exportPost);
    connect(actions->publishWeChat(), &QAction::triggered, m_export, &ExportController::publishToWeChat);
    connect(actions->quit(), &QAction::triggered, this, &QWidget::close);
    for (const Appearance::Theme theme :
         {Appearance::Theme::System, Appearance::Theme::Light, Appearance::Theme::Dark}) {
        connect(actions->themeAction(theme), &QAction::triggered, this, [theme] {
            Appearance::apply(theme);
            SettingsKeys::InterfaceTheme.setValue(Appearance::name(theme));
        });
    }
    connect(actions->newDigest(), &QAction::triggered, this, &MainWindow::newDigestForToday);
    connect(actions->editHeader(), &QAction::triggered, this, &MainWindow::editHeader);
    connect(actions->doneAndNext(), &QAction::triggered, m_review, &ReviewController::doneAndNext);
    connect(actions->nextUnfinished(), &QAction::triggered, m_review, &ReviewController::goToNextUnfinished);
    connect(actions->previousUnfinished(), &QAction::triggered, m_review,
            &ReviewController::goToPreviousUnfinished);
    connect(actions->removePapers(), &QAction::triggered, m_proposals, &ProposalsController::removeSelected);
    connect(actions->draftPaper(), &QAction::triggered, m_drafting,
            &DraftingController::draftCurrentPrepared);
    connect(actions->draftUnfinished(), &QAction::triggered, m_drafting,
            &DraftingController::draftUnfinishedPrepared);
    connect(actions->draftingSettings(), &QAction::triggered, m_drafting,
            &DraftingController::showSettingsDialog);
    m_drafting->setOfferActions(actions->acceptDraft(), actions->dismissDraft());
    connect(actions->morningRun(), &QAction::triggered, this, &MainWindow::editMorningRun);
    connect(actions->about(), &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    connect(actions->aboutQt(), &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::connectControllers()
{
    // What a controller asks of the window happens before the emit returns.
    connect(m_intake, &IntakeController::entryRequested, m_review, &ReviewController::setCurrentEntry);
    connect(m_findings, &FindingsController::entryRequested, m_review, &ReviewController::setCurrentEntry);
    connect(m_team, &TeamController::commentsChanged, m_findings, &FindingsController::checkNow);
    connect(m_review->paperList(), &PaperListPanel::assignRequested, m_team,
            [this](const QString &person, bool asReviewer) {
                m_team->assign(m_review->paperList()->selectedEntries(), person, asReviewer);
            });
    connect(m_assignments, &AssignmentController::assignmentRequested, this,
            [this](qint64 digestId, int position) {
                if (digestId != m_workspace->currentDigestId() && !openStoredDigest(digestId))
                    return;
                m_review->setCurrentEntry(position - 1);
                raise();
                activateWindow();
            });
    connect(m_intake, &IntakeController::digestNeeded, this, &MainWindow::newDigestForToday);
    connect(m_intake, &IntakeController::digestsChanged, this, &MainWindow::refreshDigestList);
    connect(m_review->paperList()->model(), &PaperListModel::papersDropped, m_intake,
            &IntakeController::addPapers);
    connect(m_export, &ExportController::digestExported, m_suggestions, &SuggestionsController::retrain);
    connect(m_export, &ExportController::publishingStarted, m_suggestions, &SuggestionsController::watch);
    connect(m_figures, &FiguresController::figuresChanged, m_export, &ExportController::refreshFigures);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Workspace"));
    toolBar->setObjectName(QStringLiteral("workspaceToolBar"));
    m_digestSwitcher = new QComboBox(toolBar);
    m_digestSwitcher->setObjectName(QStringLiteral("digestSwitcher"));
    m_digestSwitcher->setToolTip(tr("The digest to edit, by date"));
    m_digestSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_digestSwitcher->setMinimumContentsLength(24);
    connect(m_digestSwitcher, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
        const qint64 id = m_digestSwitcher->itemData(index).toLongLong();
        if (id != 0 && id != m_workspace->currentDigestId())
            openStoredDigest(id);
    });
    toolBar->addWidget(m_digestSwitcher);
    toolBar->addAction(m_actions->newDigest());
    toolBar->addSeparator();
    toolBar->addAction(m_actions->undo());
    toolBar->addAction(m_actions->redo());
    toolBar->addSeparator();
    toolBar->addAction(m_actions->previousUnfinished());
    toolBar->addAction(m_actions->doneAndNext());
    toolBar->addAction(m_actions->nextUnfinished());
    m_actions->viewMenu()->addAction(toolBar->toggleViewAction());
}

void MainWindow::connectDocument()
{
    DigestDocument *document = m_workspace->document();
    connect(document, &DigestDocument::contentChanged, m_statusBar,
            [this, document] { m_statusBar->setCounts(document->statusCounts()); });
    // The preview and the checks follow the digest a moment after the last change, never on every keystroke.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(350);
    connect(m_refreshTimer, &QTimer::timeout, m_export, &ExportController::refreshPreview);
    connect(m_refreshTimer, &QTimer::timeout, m_findings, &FindingsController::checkNow);
    connect(document, &DigestDocument::contentChanged, m_refreshTimer, QOverload<>::of(&QTimer::start));
    connect(document, &DigestDocument::digestReset, m_refreshTimer, QOverload<>::of(&QTimer::start));
    connect(document, &DigestDocument::headerChanged, this, &MainWindow::updateTitle);
    connect(document, &DigestDocument::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        if (modified && m_statusBar->saveState() == WindowStatusBar::SaveState::Saved)
            m_statusBar->setSaveState(WindowStatusBar::SaveState::Unsaved);
    });
}

void MainWindow::editMorningRun()
{
    // The timer runs the digestctl installed beside this program, on this library unless it is the default.
    ScheduleService schedule(ScheduleService::defaultUnitFolder(), QString());
    QStringList arguments;
    if (!m_scheduledLibrary.isEmpty())
        arguments << QStringLiteral("--db") << m_scheduledLibrary;
    schedule.setCommand(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("digestctl")),
                        arguments);
    MorningRunDialog dialog(&schedule, this);
    dialog.exec();
}

void MainWindow::openLibrary()
{
    Library *library = m_workspace->library();
    if (!library) {
        showLibraryError();
        return;
    }
    m_statusBar->setLibrary(tr("Library: %1").arg(library->location()));
    connectWorkspace();
    refreshDigestList();
    const qint64 latest = m_workspace->latestDigestId();
    if (latest != 0)
        openStoredDigest(latest);
}

void MainWindow::showLibraryError()
{
    const QString error = m_workspace->libraryError();
    m_statusBar->setLibrary(tr("Library not open"), error);
    m_statusBar->showMessage(error);
    // Said in a dialog too, once the window is up; window-modal, so nothing waits on it.
    QTimer::singleShot(0, this, [this, error] {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Library Not Opened"),
                                    tr("The library could not be opened, so nothing can be edited or "
                                       "saved until it is."),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("libraryErrorBox"));
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    m_actions->newDigest()->setEnabled(false);
    m_digestSwitcher->setEnabled(false);
    // Figures live in the library: without one there are none to show.
    m_docks->withdraw(QStringLiteral("figuresDock"));
}

void MainWindow::connectWorkspace()
{
    AutosaveController *autosave = m_workspace->autosave();
    connect(autosave, &AutosaveController::stateChanged, this,
            [this, autosave](AutosaveController::State state) {
                m_statusBar->setSaveState(WindowStatusBar::saveStateOf(state),
                                          state == AutosaveController::State::Failed ? autosave->lastError()
                                                                                     : QString());
            });
    // The dialog opens once the save that found the conflict has finished.
    connect(autosave, &AutosaveController::conflict, this, &MainWindow::showConflict, Qt::QueuedConnection);
    connect(m_editor, &EntryEditor::fieldEditingFinished, autosave, &AutosaveController::saveNow);
    // What the editor confirmed is offered again for the same authors.
    connect(m_editor, &EntryEditor::fieldEditingFinished, this, [this](int index, DigestEntry::Field field) {
        QString error;
        if (field == DigestEntry::Field::Affiliations && !m_workspace->rememberAffiliations(index, &error))
            m_statusBar->showMessage(error, 8000);
    });
    connect(m_workspace, &Workspace::digestListChanged, this, &MainWindow::refreshDigestList);
    connect(m_workspace, &Workspace::problem, this,
            [this](const QString &message) { m_statusBar->showMessage(message, 8000); });
    connect(m_editor, &EntryEditor::currentEntryChanged, this, [this] {
        m_editor->setAffiliationCompletions(m_workspace->affiliationCompletions(currentEntry()));
    });
}

bool MainWindow::openStoredDigest(qint64 digestId)
{
    if (!m_workspace->autosave())
        return false;
    QString error;
    if (!m_workspace->openStoredDigest(digestId, &error)) {
        m_statusBar->showMessage(error, 8000);
        return false;
    }
    updateTitle();
    const int index = m_digestSwitcher->findData(digestId);
    if (index >= 0 && index != m_digestSwitcher->currentIndex()) {
        const QSignalBlocker blocker(m_digestSwitcher);
        m_digestSwitcher->setCurrentIndex(index);
    }
    setCurrentEntry(m_workspace->document()->entryCount() > 0 ? 0 : -1);
    m_intake->lookupPanel()->setCurrentDigestId(digestId);
    m_export->refreshFigures();
    return true;
}

void MainWindow::refreshDigestList()
{
    if (!m_workspace->library())
        return;
    const qint64 current = m_workspace->currentDigestId();
    const QSignalBlocker blocker(m_digestSwitcher);
    m_digestSwitcher->clear();
    for (const Workspace::DigestChoice &choice : m_workspace->digestChoices())
        m_digestSwitcher->addItem(choice.label, choice.id);
    m_digestSwitcher->setCurrentIndex(m_digestSwitcher->findData(current));
}

void MainWindow::newDigestForToday()
{
    if (!m_workspace->library())
        return;
    // A new digest starts from the header and footer templates in the settings (the sample's by default).
    QString error;
    const qint64 id = m_workspace->createDigestForToday(&error);
    if (id == 0) {
        m_statusBar->showMessage(error, 8000);
        return;
    }
    openStoredDigest(id);
}

void MainWindow::showConflict(qint64 entryId, const DigestEntry &ours, const DigestEntry &theirs,
                              const DigestEntry &base)
{
    const int index = m_workspace->document()->indexOfEntryId(entryId);
    if (index < 0)
        return;
    setCurrentEntry(index);
    auto *dialog = new ConflictDialog(ours, theirs, base, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, entryId] {
        m_workspace->autosave()->resolveConflict(entryId, dialog->resolved());
    });
    dialog->open();
}

void MainWindow::editHeader()
{
    auto *dialog = new DigestHeaderDialog(m_workspace->document()->digest(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->useAsDefaults())
            dialog->saveDefaults();
        // One undo step; the autosave stores it at once (a failure shows in the save state).
        m_workspace->document()->setHeader(dialog->result());
    });
    dialog->open();
}

void MainWindow::openDigest(const Digest &digest)
{
    m_workspace->openUnstoredDigest(digest);
    updateTitle();
    m_statusBar->setSaveState(WindowStatusBar::SaveState::Saved);
    if (m_workspace->document()->entryCount() > 0)
        setCurrentEntry(0);
}

int MainWindow::currentEntry() const
{
    return m_review->currentEntry();
}

void MainWindow::setCurrentEntry(int row)
{
    m_review->setCurrentEntry(row);
}

void MainWindow::updateTitle()
{
    const QDate date = m_workspace->document()->digest().date();
    if (date.isValid())
        setWindowTitle(tr("Digest of %1[*]").arg(QLocale().toString(date, QLocale::ShortFormat)));
    else
        setWindowTitle(tr("Digest Studio"));
    setWindowModified(m_workspace->document()->isModified());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AutosaveController *autosave = m_workspace->autosave();
    if (autosave && !autosave->saveNow() && autosave->state() == AutosaveController::State::Failed) {
        const auto answer =
            PlainText::warning(this, tr("Changes Not Saved"),
                               tr("The last changes could not be saved:\n%1\n\nClose anyway and lose them?")
                                   .arg(autosave->lastError()),
                               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    m_docks->saveLayout(m_editor->splitter(), m_review->paperList()->view()->header());
    event->accept();
}

} // namespace DigestStudio
