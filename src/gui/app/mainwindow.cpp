#include "app/mainwindow.h"

#include "app/appearance.h"
#include "app/mainwindowactions.h"
#include "app/windowstatusbar.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/digestheaderdialog.h"
#include "docks/glossarypanel.h"
#include "docks/lookuppanel.h"
#include "docks/paperlistpanel.h"
#include "docks/previewdock.h"
#include "docks/problemsdock.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "document/entryfigures.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "editor/imagestrip.h"
#include "model/tagtable.h"
#include "models/paperlistmodel.h"
#include "services/arxivservice.h"
#include "services/launchconfig.h"
#include "services/preferences.h"
#include "services/settingskeys.h"
#include "storage/library.h"
#include "text/spellchecker.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace DigestStudio {

MainWindow::MainWindow(const QString &libraryLocation, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(libraryLocation, this))
    , m_library(m_workspace->library())
    , m_document(m_workspace->document())
    , m_autosave(m_workspace->autosave())
{
    setObjectName(QStringLiteral("MainWindow"));
    m_arxivService = new ArxivService(LaunchConfig::application(), m_library, this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/digest-studio.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);

    createEditor();
    createPaperDock();
    createGlossaryDock();
    createFiguresDock();
    createLookupDock();
    createPreviewDock();
    createProblemsDock();
    createActions();
    createStatusBar();
    connectDocument();
    connectLookups();
    createDrafting();
    connectSuggestions();

    updateTitle();
    updateCounts();
    setSaveState(SaveState::NothingOpen);
    fitToScreen();
    readSettings();
    openLibrary();
}

MainWindow::~MainWindow()
{
    // The editor's highlighters use the spell checker: the editor goes first.
    delete m_editor;
    m_editor = nullptr;
}

void MainWindow::createEditor()
{
    m_editor = new EntryEditor(this);
    m_editor->setDocument(m_document);
    m_editor->setGlossary(m_workspace->glossary());
    m_editor->setTags(Preferences::tagTable(QSettings()).tags());
    if (SettingsKeys::WorkspaceSpellCheck.value()) {
        m_spell = std::make_unique<SpellChecker>(SettingsKeys::WorkspaceSpellDictionary.value());
        m_editor->setSpellChecker(m_spell.get());
    }
    setCentralWidget(m_editor);
}

void MainWindow::createActions()
{
    m_actions = new MainWindowActions(m_document->undoStack(), this);
    m_actions->createMenus(
        menuBar(), {m_paperDock, m_glossaryDock, m_figuresDock, m_lookupDock, m_previewDock, m_problemsDock});
    m_paperList->view()->addAction(m_actions->removePapers());
    m_paperList->setRemoveAction(m_actions->removePapers());
    createToolBar();
    connectActions();
}

void MainWindow::connectActions()
{
    const MainWindowActions *actions = m_actions;
    connect(actions->importGlossary(), &QAction::triggered, m_glossaryPanel,
            &GlossaryPanel::importInteractively);
    connect(actions->exportGlossary(), &QAction::triggered, m_glossaryPanel,
            &GlossaryPanel::exportInteractively);
    connect(actions->importPosts(), &QAction::triggered, this, &MainWindow::importPublishedPosts);
    connect(actions->exportPost(), &QAction::triggered, this, &MainWindow::exportPost);
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
    connect(actions->publishWeChat(), &QAction::triggered, this, &MainWindow::publishToWeChat);
    connect(actions->doneAndNext(), &QAction::triggered, this, &MainWindow::doneAndNext);
    connect(actions->nextUnfinished(), &QAction::triggered, this, &MainWindow::goToNextUnfinished);
    connect(actions->previousUnfinished(), &QAction::triggered, this, &MainWindow::goToPreviousUnfinished);
    connect(actions->removePapers(), &QAction::triggered, this, &MainWindow::removeSelectedPapers);
    connect(actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(actions->aboutQt(), &QAction::triggered, qApp, &QApplication::aboutQt);
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

void MainWindow::createStatusBar()
{
    m_statusBar = new WindowStatusBar(this);
    setStatusBar(m_statusBar);
}

void MainWindow::connectDocument()
{
    connect(m_document, &DigestDocument::contentChanged, this, &MainWindow::updateCounts);
    // The preview and the checks follow the digest a moment after the last change, never on every keystroke.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(350);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        m_previewDock->setDigest(m_document->digest());
        checkNow();
    });
    connect(m_document, &DigestDocument::contentChanged, m_refreshTimer, QOverload<>::of(&QTimer::start));
    connect(m_document, &DigestDocument::digestReset, m_refreshTimer, QOverload<>::of(&QTimer::start));
    connect(m_document, &DigestDocument::headerChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &EntryEditor::currentEntryChanged, this, &MainWindow::updateFindingMarks);
    connect(m_document, &DigestDocument::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        if (modified && m_statusBar->saveState() == SaveState::Saved)
            setSaveState(SaveState::Unsaved);
    });
}

void MainWindow::fitToScreen()
{
    // A first start fits the screen, at 200 % scale too; later ones restore the remembered geometry.
    QSize size(1440, 900);
    if (QScreen *current = screen())
        size = size.boundedTo(current->availableGeometry().size() * 0.92);
    resize(size);
    resizeDocks({m_paperDock, m_lookupDock},
                {fontMetrics().averageCharWidth() * 48, fontMetrics().averageCharWidth() * 40},
                Qt::Horizontal);
    resizeDocks({m_paperDock, m_glossaryDock}, {3, 2}, Qt::Vertical);
}

void MainWindow::openLibrary()
{
    if (!m_library) {
        showLibraryError();
        return;
    }
    m_statusBar->setLibrary(tr("Library: %1").arg(m_library->location()));
    connectWorkspace();
    connectFigures();
    refreshDigestList();
    const qint64 latest = m_workspace->latestDigestId();
    if (latest != 0)
        openStoredDigest(latest);
}

void MainWindow::showLibraryError()
{
    const QString error = m_workspace->libraryError();
    m_statusBar->setLibrary(tr("Library not open"), error);
    statusBar()->showMessage(error);
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
    m_figuresDock->hide();
    m_figuresDock->toggleViewAction()->setEnabled(false);
}

void MainWindow::connectWorkspace()
{
    connect(m_autosave, &AutosaveController::stateChanged, this, [this](AutosaveController::State state) {
        setSaveState(WindowStatusBar::saveStateOf(state),
                     state == AutosaveController::State::Failed ? m_autosave->lastError() : QString());
    });
    // The dialog opens once the save that found the conflict has finished.
    connect(m_autosave, &AutosaveController::conflict, this, &MainWindow::showConflict, Qt::QueuedConnection);
    connect(m_editor, &EntryEditor::fieldEditingFinished, m_autosave, &AutosaveController::saveNow);
    connect(m_editor, &EntryEditor::fieldEditingFinished, this, [this](int index, DigestEntry::Field field) {
        if (field == DigestEntry::Field::Affiliations)
            rememberAffiliations(index);
    });
    connect(m_workspace, &Workspace::digestListChanged, this, &MainWindow::refreshDigestList);
    connect(m_workspace, &Workspace::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_editor, &EntryEditor::currentEntryChanged, this, [this] {
        loadImages();
        updateAffiliationCompletions();
    });
}

void MainWindow::connectFigures()
{
    // Figures come from the strip (paste, drop) and from the editor's fields (paste or drop of an image).
    EntryFigures *figures = m_workspace->figures();
    const auto addImages = [this, figures](const QVector<QByteArray> &images, const QStringList &types) {
        figures->add(currentEntry(), images, types);
    };
    connect(m_imageStrip, &ImageStrip::imagesAdded, this, addImages);
    connect(m_editor, &EntryEditor::imagesPasted, this, addImages);
    const auto refused = [this](const QString &why) { statusBar()->showMessage(why, 8000); };
    connect(m_imageStrip, &ImageStrip::imagesRefused, this, refused);
    connect(m_editor, &EntryEditor::imagesRefused, this, refused);
    connect(m_imageStrip, &ImageStrip::imagesRemoved, this,
            [this, figures](const QVector<qint64> &ids) { figures->remove(currentEntry(), ids); });
    connect(m_imageStrip, &ImageStrip::imagesReordered, this,
            [this, figures](const QVector<qint64> &ids) { figures->reorder(currentEntry(), ids); });
    // Changes, their undo and redo: the strip shows the current entry's figures, the preview every first one.
    connect(figures, &EntryFigures::figuresChanged, this, [this](int row) {
        if (row == currentEntry())
            loadImages();
        else
            exportFigures();
    });
}

bool MainWindow::openStoredDigest(qint64 digestId)
{
    if (!m_autosave)
        return false;
    QString error;
    if (!m_workspace->openStoredDigest(digestId, &error)) {
        statusBar()->showMessage(error, 8000);
        return false;
    }
    updateTitle();
    const int index = m_digestSwitcher->findData(digestId);
    if (index >= 0 && index != m_digestSwitcher->currentIndex()) {
        const QSignalBlocker blocker(m_digestSwitcher);
        m_digestSwitcher->setCurrentIndex(index);
    }
    setCurrentEntry(m_document->entryCount() > 0 ? 0 : -1);
    m_lookupPanel->setCurrentDigestId(digestId);
    exportFigures();
    return true;
}

void MainWindow::refreshDigestList()
{
    if (!m_library)
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
    if (!m_library)
        return;
    // A new digest starts from the header and footer templates in the settings (the sample's by default).
    QString error;
    const qint64 id = m_workspace->createDigestForToday(&error);
    if (id == 0) {
        statusBar()->showMessage(error, 8000);
        return;
    }
    openStoredDigest(id);
}

void MainWindow::showConflict(qint64 entryId, const DigestEntry &ours, const DigestEntry &theirs)
{
    const int index = m_document->indexOfEntryId(entryId);
    if (index < 0)
        return;
    setCurrentEntry(index);
    auto *dialog = new ConflictDialog(ours, theirs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, entryId] { m_autosave->resolveConflict(entryId, dialog->resolved()); });
    dialog->open();
}

void MainWindow::loadImages()
{
    const int row = currentEntry();
    if (!m_library || row < 0 || m_document->entry(row).id() == 0) {
        m_imageStrip->setImages({}, {});
        return;
    }
    QVector<qint64> ids;
    QVector<QImage> images;
    for (const EntryImage &image : m_workspace->figures()->images(row)) {
        ids.append(image.id);
        images.append(QImage::fromData(image.data));
    }
    m_imageStrip->setImages(ids, images);
    exportFigures();
}

void MainWindow::rememberAffiliations(int index)
{
    // What the editor confirmed is offered again for the same authors.
    QString error;
    if (!m_workspace->rememberAffiliations(index, &error))
        statusBar()->showMessage(error, 8000);
}

void MainWindow::updateAffiliationCompletions()
{
    m_editor->setAffiliationCompletions(m_workspace->affiliationCompletions(currentEntry()));
}

void MainWindow::createPaperDock()
{
    m_paperList = new PaperListPanel(m_document, this);
    connect(m_paperList, &PaperListPanel::currentEntryChanged, m_editor, &EntryEditor::setCurrentEntry);
    connect(m_paperList->model(), &PaperListModel::papersDropped, this,
            [this](const QStringList &ids, int row) { addPapers(ids, row); });
    connect(m_paperList, &PaperListPanel::tagRequested, this, &MainWindow::tagSelectedPapers);
    connect(m_paperList, &PaperListPanel::statusRequested, this, &MainWindow::setSelectedStatus);
    m_paperDock = new QDockWidget(tr("Papers"), this);
    m_paperDock->setObjectName(QStringLiteral("paperDock"));
    m_paperDock->setWidget(m_paperList);
    addDockWidget(Qt::LeftDockWidgetArea, m_paperDock);
}

void MainWindow::createGlossaryDock()
{
    m_glossaryPanel = new GlossaryPanel(m_workspace->glossary(), this);
    connect(m_glossaryPanel, &GlossaryPanel::renderingRequested, this, [this](const QString &chinese) {
        FieldEdit *target = m_editor->lastFocusedField();
        if (!target || !m_editor->isEnabled())
            return;
        target->setFocus();
        target->insertPlainText(chinese);
    });
    m_glossaryDock = new QDockWidget(tr("Glossary"), this);
    m_glossaryDock->setObjectName(QStringLiteral("glossaryDock"));
    m_glossaryDock->setWidget(m_glossaryPanel);
    // Below the paper list by default: the editor keeps the full width between the left column and the edge.
    addDockWidget(Qt::LeftDockWidgetArea, m_glossaryDock);
    splitDockWidget(m_paperDock, m_glossaryDock, Qt::Vertical);
}

void MainWindow::createFiguresDock()
{
    m_imageStrip = new ImageStrip(this);
    m_figuresDock = new QDockWidget(tr("Figures"), this);
    m_figuresDock->setObjectName(QStringLiteral("figuresDock"));
    m_figuresDock->setWidget(m_imageStrip);
    // With the glossary by default: the editor keeps its height on small (or 200 %) screens.
    addDockWidget(Qt::LeftDockWidgetArea, m_figuresDock);
    tabifyDockWidget(m_glossaryDock, m_figuresDock);
    m_glossaryDock->raise();
}

void MainWindow::createLookupDock()
{
    // The listing's categories and cross-list choice come with the service, from the launch configuration.
    m_lookupPanel = new LookupPanel(m_arxivService->intake(), m_arxivService->listing(), this);
    connect(m_lookupPanel, &LookupPanel::papersChosen, this, &MainWindow::addLookedUpPapers);
    m_lookupDock = new QDockWidget(tr("arXiv Lookup"), this);
    m_lookupDock->setObjectName(QStringLiteral("lookupDock"));
    m_lookupDock->setWidget(m_lookupPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_lookupDock);
}

void MainWindow::createPreviewDock()
{
    m_previewDock = new PreviewDock(this);
    m_previewDock->setObjectName(QStringLiteral("previewDock"));
    connect(m_previewDock, &PreviewDock::copied, this,
            [this](const QString &what) { statusBar()->showMessage(tr("Copied %1").arg(what), 4000); });
    connect(m_previewDock, &PreviewDock::saved, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Saved %1").arg(path), 6000); });
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    tabifyDockWidget(m_lookupDock, m_previewDock);
    m_lookupDock->raise();
}

void MainWindow::createProblemsDock()
{
    m_problemsDock = new ProblemsDock(this);
    connect(m_problemsDock, &ProblemsDock::findingsChanged, this, &MainWindow::updateFindingMarks);
    connect(m_problemsDock, &ProblemsDock::findingActivated, this, &MainWindow::showFinding);
    connect(m_problemsDock, &ProblemsDock::fixRequested, this, &MainWindow::applyFix);
    addDockWidget(Qt::RightDockWidgetArea, m_problemsDock);
    tabifyDockWidget(m_previewDock, m_problemsDock);
    m_lookupDock->raise();
}

void MainWindow::editHeader()
{
    auto *dialog = new DigestHeaderDialog(m_document->digest(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->useAsDefaults())
            dialog->saveDefaults();
        // One undo step; the autosave stores it at once (a failure shows in the save state).
        m_document->setHeader(dialog->result());
    });
    dialog->open();
}

void MainWindow::checkNow()
{
    m_problemsDock->setContext(m_workspace->checkContext());
    m_problemsDock->checkNow();
}

void MainWindow::updateFindingMarks()
{
    const int row = currentEntry();
    m_editor->setFindings(row >= 0 ? m_problemsDock->findingsFor(row) : QVector<Finding>());
}

void MainWindow::showFinding(const Finding &finding)
{
    if (finding.entry < 0 || finding.entry >= m_document->entryCount())
        return;
    setCurrentEntry(finding.entry);
    if (!finding.hasField)
        return;
    FieldEdit *edit = m_editor->fieldEdit(finding.field);
    if (!edit)
        return;
    edit->setFocus();
    QTextCursor cursor = edit->textCursor();
    const int length = edit->document()->characterCount() - 1;
    cursor.setPosition(qBound(0, finding.start, length));
    cursor.setPosition(qBound(0, finding.start + finding.length, length), QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
}

void MainWindow::applyFix(const Finding &finding)
{
    m_document->applyFix(finding);
}

void MainWindow::exportFigures()
{
    // The preview saves figures beside the post as numbered files; it reads them from here.
    EntryFigures *figures = m_workspace->figures();
    m_previewDock->setFigures(figures ? figures->firstFigureFiles() : QHash<QString, QString>());
}

void MainWindow::openDigest(const Digest &digest)
{
    m_workspace->openUnstoredDigest(digest);
    updateTitle();
    setSaveState(SaveState::Saved);
    if (m_document->entryCount() > 0)
        setCurrentEntry(0);
}

int MainWindow::currentEntry() const
{
    return m_editor->currentEntry();
}

void MainWindow::setCurrentEntry(int row)
{
    if (row < 0 || row >= m_document->entryCount())
        row = -1;
    m_paperList->showEntry(row);
    m_editor->setCurrentEntry(row);
}

QList<int> MainWindow::selectedEntries() const
{
    return m_paperList->selectedEntries();
}

void MainWindow::doneAndNext()
{
    const int row = currentEntry();
    if (row < 0)
        return;
    const DigestEntry::Status status = m_document->entry(row).status();
    if (status == DigestEntry::Status::Draft)
        m_document->setStatus({row}, DigestEntry::Status::Translated);
    else if (status == DigestEntry::Status::Translated)
        m_document->setStatus({row}, DigestEntry::Status::Reviewed);
    const int next = m_document->nextUnfinished(row);
    if (next >= 0 && next != row)
        setCurrentEntry(next);
    else
        statusBar()->showMessage(tr("Every paper is reviewed."), 4000);
}

void MainWindow::goToNextUnfinished()
{
    const int next = m_document->nextUnfinished(currentEntry() < 0 ? -1 : currentEntry(), true);
    if (next >= 0)
        setCurrentEntry(next);
    else
        statusBar()->showMessage(tr("Every paper is reviewed."), 4000);
}

void MainWindow::goToPreviousUnfinished()
{
    const int from = currentEntry() < 0 ? m_document->entryCount() : currentEntry();
    const int previous = m_document->nextUnfinished(from, false);
    if (previous >= 0)
        setCurrentEntry(previous);
    else
        statusBar()->showMessage(tr("Every paper is reviewed."), 4000);
}

void MainWindow::removeSelectedPapers()
{
    const QList<int> rows = selectedEntries();
    if (rows.isEmpty())
        return;
    const int first = rows.first();
    m_document->removeEntries(rows);
    setCurrentEntry(qMin(first, m_document->entryCount() - 1));
}

void MainWindow::tagSelectedPapers(const QString &tag)
{
    m_document->setTag(selectedEntries(), tag);
}

void MainWindow::setSelectedStatus(int status)
{
    m_document->setStatus(selectedEntries(), static_cast<DigestEntry::Status>(status));
}

void MainWindow::updateCounts()
{
    m_statusBar->setCounts(m_document->statusCounts());
}

void MainWindow::updateTitle()
{
    const QDate date = m_document->digest().date();
    if (date.isValid())
        setWindowTitle(tr("Digest of %1[*]").arg(QLocale().toString(date, QLocale::ShortFormat)));
    else
        setWindowTitle(tr("Digest Studio"));
    setWindowModified(m_document->isModified());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = SettingsKeys::MainWindowGeometry.value(settings);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = SettingsKeys::MainWindowState.value(settings);
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = SettingsKeys::WorkspaceEditorSplitter.value(settings);
    if (!splitter.isEmpty())
        m_editor->splitter()->restoreState(splitter);
    const QByteArray header = SettingsKeys::WorkspacePaperListHeader.value(settings);
    if (!header.isEmpty())
        m_paperList->view()->header()->restoreState(header);
}

void MainWindow::writeSettings()
{
    QSettings settings;
    SettingsKeys::MainWindowGeometry.setValue(settings, saveGeometry());
    SettingsKeys::MainWindowState.setValue(settings, saveState());
    SettingsKeys::WorkspaceEditorSplitter.setValue(settings, m_editor->splitter()->saveState());
    SettingsKeys::WorkspacePaperListHeader.setValue(settings, m_paperList->view()->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_autosave && !m_autosave->saveNow() && m_autosave->state() == AutosaveController::State::Failed) {
        const auto answer =
            QMessageBox::warning(this, tr("Changes Not Saved"),
                                 tr("The last changes could not be saved:\n%1\n\nClose anyway and lose them?")
                                     .arg(m_autosave->lastError()),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    writeSettings();
    event->accept();
}

} // namespace DigestStudio
