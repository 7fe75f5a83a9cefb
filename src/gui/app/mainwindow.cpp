#include "app/mainwindow.h"

#include "app/appearance.h"
#include "arxiv/arxivclient.h"
#include "arxiv/arxivid.h"
#include "arxiv/entrydefaults.h"
#include "checks/checkcontext.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/digestheaderdialog.h"
#include "docks/glossarypanel.h"
#include "docks/lookuppanel.h"
#include "docks/previewdock.h"
#include "docks/problemsdock.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "editor/imagestrip.h"
#include "formats/exportoptions.h"
#include "model/glossary.h"
#include "model/tagtable.h"
#include "models/paperfilterproxymodel.h"
#include "models/paperlistmodel.h"
#include "models/roles.h"
#include "services/glossarysync.h"
#include "storage/library.h"
#include "text/spellchecker.h"
#include "util/settingskeys.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace DigestStudio {

MainWindow::MainWindow(const QString &libraryLocation, QWidget *parent)
    : QMainWindow(parent)
    , m_libraryLocation(libraryLocation)
    , m_document(new DigestDocument(this))
    , m_glossary(new Glossary(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // Opened first: the lookup panel and the checks read it. What fails is said by openLibrary() below.
    LibraryError openError;
    m_library = Library::open(m_libraryLocation, &openError);
    if (!m_library)
        m_libraryError = openError.message;
    m_network = new QNetworkAccessManager(this);
    m_arxiv = new ArxivClient(m_network, this);
    m_arxiv->applySettings();
    m_arxiv->setStore(m_library.get());
    setWindowIcon(QIcon(QStringLiteral(":/icons/digest-studio.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);

    m_editor = new EntryEditor(this);
    m_editor->setDocument(m_document);
    m_editor->setGlossary(m_glossary);
    m_editor->setTags(TagTable::fromSettings().tags());
    if (SettingsKeys::WorkspaceSpellCheck.value()) {
        m_spell = std::make_unique<SpellChecker>(SettingsKeys::WorkspaceSpellDictionary.value());
        m_editor->setSpellChecker(m_spell.get());
    }
    setCentralWidget(m_editor);

    createPaperDock();
    createGlossaryDock();
    createFiguresDock();
    createLookupDock();
    createPreviewDock();
    createProblemsDock();
    createMenus();

    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(QStringLiteral("saveStateLabel"));
    m_saveLabel->setContentsMargins(4, 0, 16, 0);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_libraryLabel = new QLabel(this);
    statusBar()->addWidget(m_saveLabel);
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_libraryLabel);

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
    connect(m_editor, &EntryEditor::currentEntryChanged, this, &MainWindow::updateFindingMarks);
    // Papers dropped or pasted by id only are looked up; what comes back fills their empty fields.
    connect(this, &MainWindow::lookupRequested, this, [this](const QStringList &ids) {
        QVector<ArxivId> parsed;
        for (const QString &id : ids)
            parsed.append(ArxivId::parse(id));
        m_placeholderLookups.append(m_arxiv->lookup(parsed));
        statusBar()->showMessage(
            tr("Looking up %n paper(s) on arXiv…", nullptr, static_cast<int>(ids.size())));
    });
    connect(m_arxiv, &ArxivClient::lookupFinished, this,
            [this](quint64 operation, const ArxivClient::LookupResult &result) {
                if (!m_placeholderLookups.removeOne(operation))
                    return;
                fillPlaceholders(result.papers);
                QStringList problems;
                for (const ArxivId &id : result.invalid)
                    problems.append(tr("arXiv refused %1: %2").arg(id.input(), id.error()));
                if (!result.missing.isEmpty())
                    problems.append(
                        tr("not found on arXiv: %1").arg(result.missing.join(QStringLiteral(", "))));
                if (!result.error.isEmpty())
                    problems.append(tr("could not look up %1: %2")
                                        .arg(result.failed.join(QStringLiteral(", ")), result.error));
                if (problems.isEmpty())
                    statusBar()->showMessage(
                        tr("Looked up %n paper(s).", nullptr, static_cast<int>(result.papers.size())), 6000);
                else
                    statusBar()->showMessage(problems.join(QStringLiteral("; ")));
            });
    connect(m_arxiv, &ArxivClient::newerVersionFound, this, [this](const Paper &paper, int) {
        DigestDocument::Markers markers = m_document->markers(paper.id());
        markers.newestVersion = qMax(markers.newestVersion, paper.version());
        m_document->setMarkers(paper.id(), markers);
    });
    connect(m_document, &DigestDocument::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        if (modified && m_saveState == SaveState::Saved)
            setSaveState(SaveState::Unsaved);
    });

    updateTitle();
    updateCounts();
    setSaveState(SaveState::NothingOpen);
    // A first start fits the screen, at 200 % scale too; later ones restore the remembered geometry.
    QSize size(1440, 900);
    if (QScreen *current = screen())
        size = size.boundedTo(current->availableGeometry().size() * 0.92);
    resize(size);
    resizeDocks({m_paperDock, m_lookupDock},
                {fontMetrics().averageCharWidth() * 48, fontMetrics().averageCharWidth() * 40},
                Qt::Horizontal);
    resizeDocks({m_paperDock, m_glossaryDock}, {3, 2}, Qt::Vertical);
    readSettings();
    openLibrary();
}

MainWindow::~MainWindow()
{
    // The editor's highlighters use the spell checker, the controllers the library: they go first.
    delete m_editor;
    m_editor = nullptr;
    delete m_autosave;
    m_autosave = nullptr;
    delete m_glossarySync;
    m_glossarySync = nullptr;
}

void MainWindow::openLibrary()
{
    if (!m_library) {
        m_libraryLabel->setText(tr("Library not open"));
        m_libraryLabel->setToolTip(m_libraryError);
        statusBar()->showMessage(m_libraryError);
        // Said in a dialog too, once the window is up; window-modal, so nothing waits on it.
        QTimer::singleShot(0, this, [this] {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Library Not Opened"),
                                        tr("The library could not be opened, so nothing can be edited or "
                                           "saved until it is."),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("libraryErrorBox"));
            box->setInformativeText(m_libraryError);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
        m_newDigest->setEnabled(false);
        m_digestSwitcher->setEnabled(false);
        // Figures live in the library: without one there are none to show.
        m_figuresDock->hide();
        m_figuresDock->toggleViewAction()->setEnabled(false);
        return;
    }
    m_libraryLabel->setText(tr("Library: %1").arg(m_library->location()));
    m_autosave = new AutosaveController(m_library.get(), m_document, this);
    m_autosave->setDelay(qBound(50, SettingsKeys::WorkspaceAutosaveDelayMs.value(), 1000));
    connect(m_autosave, &AutosaveController::stateChanged, this, [this](AutosaveController::State state) {
        switch (state) {
        case AutosaveController::State::NothingOpen:
            setSaveState(SaveState::NothingOpen);
            break;
        case AutosaveController::State::Saved:
            setSaveState(SaveState::Saved);
            break;
        case AutosaveController::State::Pending:
            setSaveState(SaveState::Unsaved);
            break;
        case AutosaveController::State::Saving:
            setSaveState(SaveState::Saving);
            break;
        case AutosaveController::State::Conflict:
            setSaveState(SaveState::Conflict);
            break;
        case AutosaveController::State::Failed:
            setSaveState(SaveState::Failed, m_autosave->lastError());
            break;
        }
    });
    // The dialog opens once the save that found the conflict has finished.
    connect(m_autosave, &AutosaveController::conflict, this, &MainWindow::showConflict, Qt::QueuedConnection);
    connect(m_editor, &EntryEditor::fieldEditingFinished, m_autosave, &AutosaveController::saveNow);
    connect(m_editor, &EntryEditor::fieldEditingFinished, this, [this](int index, DigestEntry::Field field) {
        if (field == DigestEntry::Field::Affiliations)
            rememberAffiliations(index);
    });
    connect(m_library.get(), &Library::digestChanged, this, [this] { refreshDigestList(); });

    m_glossarySync = new GlossarySync(m_library.get(), m_glossary, this);
    connect(m_glossarySync, &GlossarySync::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    ImageStrip *strip = m_imageStrip;
    connect(m_editor, &EntryEditor::currentEntryChanged, this, [this] {
        loadImages();
        updateAffiliationCompletions();
    });
    // Figures come from the strip (paste, drop) and from the editor's fields (paste or drop of an image).
    const auto addImages = [this](const QVector<QByteArray> &images, const QStringList &types) {
        const int row = currentEntry();
        if (row < 0)
            return;
        QString error;
        for (int i = 0; i < images.size(); ++i) {
            if (m_library->addImage(m_document->entry(row).id(), images.at(i), types.at(i), &error) == 0)
                statusBar()->showMessage(error, 8000);
        }
        loadImages();
    };
    connect(strip, &ImageStrip::imagesAdded, this, addImages);
    connect(m_editor, &EntryEditor::imagesPasted, this, addImages);
    connect(strip, &ImageStrip::imagesRemoved, this, [this](const QVector<qint64> &ids) {
        QString error;
        for (qint64 id : ids) {
            if (!m_library->removeImage(id, &error))
                statusBar()->showMessage(error, 8000);
        }
        loadImages();
    });
    connect(strip, &ImageStrip::imagesReordered, this, [this](const QVector<qint64> &ids) {
        const int row = currentEntry();
        QString error;
        if (row >= 0 && !m_library->reorderImages(m_document->entry(row).id(), ids, &error))
            statusBar()->showMessage(error, 8000);
        loadImages();
    });

    refreshDigestList();
    const qint64 latest = m_library->latestDigestId();
    if (latest != 0)
        openStoredDigest(latest);
}

bool MainWindow::openStoredDigest(qint64 digestId)
{
    if (!m_autosave)
        return false;
    QString error;
    if (!m_autosave->openDigest(digestId, &error)) {
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
    const qint64 current = m_autosave ? m_autosave->digestId() : 0;
    const QSignalBlocker blocker(m_digestSwitcher);
    m_digestSwitcher->clear();
    const QVector<DigestSummary> digests = m_library->digests();
    for (const DigestSummary &summary : digests) {
        QString label = QLocale().toString(summary.date, QLocale::ShortFormat);
        if (!summary.title.isEmpty())
            label += QStringLiteral(" · ") + summary.title;
        label += QLatin1Char(' ') + tr("(%n paper(s))", nullptr, summary.entryCount);
        m_digestSwitcher->addItem(label, summary.id);
    }
    const int index = m_digestSwitcher->findData(current);
    m_digestSwitcher->setCurrentIndex(index);
}

void MainWindow::newDigestForToday()
{
    if (!m_library)
        return;
    // A new digest starts from the header and footer templates in the settings (the sample's by default).
    Digest digest;
    digest.setDate(QDate::currentDate());
    ExportOptions::applyDefaultTemplates(&digest, QSettings());
    QString error;
    const qint64 id = m_library->createDigest(digest, &error);
    if (id == 0) {
        statusBar()->showMessage(error, 8000);
        return;
    }
    refreshDigestList();
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
    ImageStrip *strip = m_imageStrip;
    const int row = currentEntry();
    if (!m_library || row < 0 || m_document->entry(row).id() == 0) {
        strip->setImages({}, {});
        return;
    }
    QVector<qint64> ids;
    QVector<QImage> images;
    for (const EntryImage &image : m_library->images(m_document->entry(row).id())) {
        ids.append(image.id);
        images.append(QImage::fromData(image.data));
    }
    strip->setImages(ids, images);
    exportFigures();
}

void MainWindow::rememberAffiliations(int index)
{
    // What the editor confirmed is offered again for the same authors. Only when the line maps onto the
    // authors: one affiliation for all, or one per author in order.
    if (!m_library || index < 0 || index >= m_document->entryCount())
        return;
    const DigestEntry &entry = m_document->entry(index);
    Paper paper;
    if (!m_library->findPaper(entry.arxivId(), &paper) || paper.authors().isEmpty())
        return;
    QStringList parts;
    for (const QString &part : entry.affiliations().split(QStringLiteral(" & "), Qt::SkipEmptyParts))
        parts.append(part.trimmed());
    const QStringList authors = paper.authors();
    QStringList perAuthor;
    if (parts.size() == 1) {
        for (int i = 0; i < authors.size(); ++i)
            perAuthor.append(parts.first());
    } else if (parts.size() == authors.size()) {
        perAuthor = parts;
    } else {
        return;
    }
    QString error;
    if (!EntryDefaults::rememberAffiliations(m_library.get(), authors, perAuthor, &error))
        statusBar()->showMessage(error, 8000);
}

void MainWindow::updateAffiliationCompletions()
{
    // Affiliations remembered for this paper's authors, then those used elsewhere in the digest.
    QStringList candidates;
    const int row = currentEntry();
    if (m_library && row >= 0) {
        Paper paper;
        if (m_library->findPaper(m_document->entry(row).arxivId(), &paper)) {
            for (const QString &author : paper.authors()) {
                for (const QString &affiliation : m_library->rememberedAffiliations(author)) {
                    if (!candidates.contains(affiliation))
                        candidates.append(affiliation);
                }
            }
        }
    }
    for (const DigestEntry &entry : m_document->digest().entries()) {
        const QStringList parts = entry.affiliations().split(QStringLiteral(" & "), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty() && !candidates.contains(trimmed))
                candidates.append(trimmed);
        }
    }
    m_editor->setAffiliationCompletions(candidates);
}

void MainWindow::createPaperDock()
{
    m_model = new PaperListModel(m_document, this);
    m_proxy = new PaperFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    auto *panel = new QWidget(this);
    m_filterEdit = new QLineEdit(panel);
    m_filterEdit->setObjectName(QStringLiteral("paperFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter papers"));
    m_filterEdit->setClearButtonEnabled(true);
    m_unfinishedOnly = new QCheckBox(tr("Unfinished"), panel);
    m_unfinishedOnly->setToolTip(tr("Show only papers not yet reviewed"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &PaperFilterProxyModel::setFilterText);
    connect(m_unfinishedOnly, &QCheckBox::toggled, m_proxy, &PaperFilterProxyModel::setUnfinishedOnly);

    m_paperView = new QTreeView(panel);
    m_paperView->setObjectName(QStringLiteral("paperView"));
    m_paperView->setModel(m_proxy);
    m_paperView->setRootIsDecorated(false);
    m_paperView->setUniformRowHeights(true);
    m_paperView->setAllColumnsShowFocus(true);
    m_paperView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_paperView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_paperView->setDragDropMode(QAbstractItemView::DragDrop);
    m_paperView->setDefaultDropAction(Qt::MoveAction);
    m_paperView->setDropIndicatorShown(true);
    m_paperView->setDragDropOverwriteMode(false);
    m_paperView->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_paperView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PaperListModel::PositionColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaperListModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaperListModel::TagColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaperListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PaperListModel::ZhShortTitleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(PaperListModel::MarkersColumn, QHeaderView::ResizeToContents);
    header->resizeSection(PaperListModel::ZhShortTitleColumn, fontMetrics().averageCharWidth() * 14);
    connect(m_paperView, &QWidget::customContextMenuRequested, this, &MainWindow::showPaperContextMenu);
    connect(m_paperView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_editor->setCurrentEntry(current.isValid() ? current.data(Roles::EntryIndexRole).toInt()
                                                            : -1);
            });
    connect(m_model, &PaperListModel::papersDropped, this,
            [this](const QStringList &ids, int row) { addPapers(ids, row); });

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_unfinishedOnly);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filterRow);
    layout->addWidget(m_paperView);

    m_paperDock = new QDockWidget(tr("Papers"), this);
    m_paperDock->setObjectName(QStringLiteral("paperDock"));
    m_paperDock->setWidget(panel);
    addDockWidget(Qt::LeftDockWidgetArea, m_paperDock);
}

void MainWindow::createGlossaryDock()
{
    m_glossaryPanel = new GlossaryPanel(m_glossary, this);
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
    m_lookupPanel = new LookupPanel(m_arxiv, m_library.get(), this);
    m_lookupPanel->setListingCategories(SettingsKeys::ArxivListingCategories.value());
    m_lookupPanel->setIncludeCrossLists(SettingsKeys::ArxivListingCrossLists.value());
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
        refreshDigestList();
        updateTitle();
    });
    dialog->open();
}

void MainWindow::checkNow()
{
    CheckContext context;
    if (m_library) {
        context = CheckContext::fromLibrary(m_library.get(), m_document->digest());
    } else {
        context.digest = m_document->digest();
        context.settings = CheckSettings::fromSettings(QSettings());
    }
    context.glossary = m_glossary->terms();
    m_problemsDock->setContext(context);
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
    if (!finding.hasFix || !finding.hasField || finding.entry < 0 ||
        finding.entry >= m_document->entryCount())
        return;
    DigestEntry entry = m_document->entry(finding.entry);
    // The fix checks that its range still holds the text it was made for; an edit since then makes it a
    // no-op.
    if (!finding.applyFix(&entry))
        return;
    m_document->closeMergeWindow();
    m_document->setField(finding.entry, finding.field, entry.field(finding.field));
    m_document->closeMergeWindow();
}

void MainWindow::addLookedUpPapers(const QVector<Paper> &papers)
{
    // With nothing open yet, papers go into a new digest for today rather than nowhere.
    if (m_autosave && m_autosave->digestId() == 0 && !m_document->digest().date().isValid())
        newDigestForToday();
    EntryDefaults defaults = EntryDefaults::fromSettings();
    defaults.setStore(m_library.get());
    QVector<DigestEntry> entries;
    QStringList present;
    for (const Paper &paper : papers) {
        const bool known =
            std::any_of(m_document->digest().entries().cbegin(), m_document->digest().entries().cend(),
                        [&](const DigestEntry &e) { return e.arxivId() == paper.id(); });
        if (known)
            present.append(paper.id());
        else
            entries.append(defaults.entryFor(paper));
    }
    if (!present.isEmpty())
        statusBar()->showMessage(tr("Already in this digest: %1").arg(present.join(QStringLiteral(", "))),
                                 6000);
    if (entries.isEmpty())
        return;
    const int at = m_document->entryCount();
    m_document->addEntries(at, entries);
    setCurrentEntry(at);
}

void MainWindow::fillPlaceholders(const QVector<Paper> &papers)
{
    // Only empty fields are filled: whatever was typed meanwhile stays. One undo step for the lot.
    EntryDefaults defaults = EntryDefaults::fromSettings();
    defaults.setStore(m_library.get());
    bool began = false;
    for (const Paper &paper : papers) {
        for (int row = 0; row < m_document->entryCount(); ++row) {
            if (m_document->entry(row).arxivId() != paper.id())
                continue;
            const DigestEntry filled = defaults.entryFor(paper);
            for (int f = 0; f < DigestEntry::FieldCount; ++f) {
                const auto field = static_cast<DigestEntry::Field>(f);
                const QString value = filled.field(field);
                const QString current = m_document->entry(row).field(field);
                const bool placeholderLink = field == DigestEntry::Field::Link && current == value;
                if (value.isEmpty() || (!current.isEmpty()) || placeholderLink)
                    continue;
                if (!began) {
                    m_document->undoStack()->beginMacro(tr("Fill in papers from arXiv"));
                    began = true;
                }
                m_document->closeMergeWindow();
                m_document->setField(row, field, value);
            }
        }
    }
    if (began) {
        m_document->closeMergeWindow();
        m_document->undoStack()->endMacro();
    }
}

void MainWindow::exportFigures()
{
    // The preview saves figures beside the post as numbered files; it reads them from here.
    QHash<QString, QString> figures;
    if (m_library) {
        if (!m_figureDir)
            m_figureDir = std::make_unique<QTemporaryDir>();
        for (const DigestEntry &entry : m_document->digest().entries()) {
            if (entry.id() == 0)
                continue;
            const QVector<EntryImage> images = m_library->images(entry.id());
            if (images.isEmpty())
                continue;
            const EntryImage &first = images.first();
            const QString suffix =
                first.mimeType.section(QLatin1Char('/'), 1).section(QLatin1Char('+'), 0, 0);
            const QString path = m_figureDir->filePath(QString::number(first.id) + QLatin1Char('.') + suffix);
            QFile file(path);
            if (file.exists() ||
                (file.open(QIODevice::WriteOnly) && file.write(first.data) == first.data.size()))
                figures.insert(entry.arxivId(), path);
        }
    }
    m_previewDock->setFigures(figures);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *importGlossary =
        m_fileMenu->addAction(tr("&Import Glossary…"), m_glossaryPanel, &GlossaryPanel::importInteractively);
    importGlossary->setObjectName(QStringLiteral("importGlossaryAction"));
    QAction *exportGlossary =
        m_fileMenu->addAction(tr("&Export Glossary…"), m_glossaryPanel, &GlossaryPanel::exportInteractively);
    exportGlossary->setObjectName(QStringLiteral("exportGlossaryAction"));
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(QKeySequence::Redo);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_paperDock->toggleViewAction());
    m_viewMenu->addAction(m_glossaryDock->toggleViewAction());
    m_viewMenu->addAction(m_figuresDock->toggleViewAction());
    m_viewMenu->addAction(m_lookupDock->toggleViewAction());
    m_viewMenu->addAction(m_previewDock->toggleViewAction());
    m_viewMenu->addAction(m_problemsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    QMenu *themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    auto *themes = new QActionGroup(this);
    const std::pair<Appearance::Theme, QString> choices[] = {{Appearance::Theme::System, tr("&System")},
                                                             {Appearance::Theme::Light, tr("&Light")},
                                                             {Appearance::Theme::Dark, tr("&Dark")}};
    for (const auto &choice : choices) {
        QAction *action = themeMenu->addAction(choice.second);
        action->setCheckable(true);
        action->setChecked(Appearance::current() == choice.first);
        action->setObjectName(QStringLiteral("theme-") + Appearance::name(choice.first));
        themes->addAction(action);
        const Appearance::Theme theme = choice.first;
        connect(action, &QAction::triggered, this, [theme] {
            Appearance::apply(theme);
            SettingsKeys::InterfaceTheme.setValue(Appearance::name(theme));
        });
    }

    m_digestMenu = menuBar()->addMenu(tr("&Digest"));
    m_digestMenu->setObjectName(QStringLiteral("digestMenu"));
    m_newDigest = m_digestMenu->addAction(tr("New Digest for &Today"), this, &MainWindow::newDigestForToday);
    m_newDigest->setObjectName(QStringLiteral("newDigestAction"));
    m_newDigest->setShortcut(QKeySequence::New);
    m_editHeader = m_digestMenu->addAction(tr("&Header and Footer…"), this, &MainWindow::editHeader);
    m_editHeader->setObjectName(QStringLiteral("editHeaderAction"));
    m_digestMenu->addSeparator();
    m_doneAndNext = m_digestMenu->addAction(tr("&Done and Next"), this, &MainWindow::doneAndNext);
    m_doneAndNext->setObjectName(QStringLiteral("doneAndNextAction"));
    m_doneAndNext->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_doneAndNext->setToolTip(tr("Move the paper one step on (draft → translated → reviewed) and go to the "
                                 "next unfinished one"));
    m_nextUnfinished = m_digestMenu->addAction(tr("&Next Unfinished"), this, &MainWindow::goToNextUnfinished);
    m_nextUnfinished->setObjectName(QStringLiteral("nextUnfinishedAction"));
    m_nextUnfinished->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_previousUnfinished =
        m_digestMenu->addAction(tr("&Previous Unfinished"), this, &MainWindow::goToPreviousUnfinished);
    m_previousUnfinished->setObjectName(QStringLiteral("previousUnfinishedAction"));
    m_previousUnfinished->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_digestMenu->addSeparator();
    m_removePapers = new QAction(tr("&Remove Papers"), this);
    m_removePapers->setObjectName(QStringLiteral("removePapersAction"));
    m_removePapers->setShortcut(QKeySequence::Delete);
    // Delete removes papers only while the list has the focus; in a text field it deletes text.
    m_removePapers->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removePapers, &QAction::triggered, this, &MainWindow::removeSelectedPapers);
    m_paperView->addAction(m_removePapers);
    m_digestMenu->addAction(m_removePapers);
    for (QAction *action : {m_doneAndNext, m_nextUnfinished, m_previousUnfinished})
        action->setShortcutContext(Qt::WindowShortcut);

    QToolBar *toolBar = addToolBar(tr("Workspace"));
    toolBar->setObjectName(QStringLiteral("workspaceToolBar"));
    m_digestSwitcher = new QComboBox(toolBar);
    m_digestSwitcher->setObjectName(QStringLiteral("digestSwitcher"));
    m_digestSwitcher->setToolTip(tr("The digest to edit, by date"));
    m_digestSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_digestSwitcher->setMinimumContentsLength(24);
    connect(m_digestSwitcher, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
        const qint64 id = m_digestSwitcher->itemData(index).toLongLong();
        if (id != 0 && (!m_autosave || id != m_autosave->digestId()))
            openStoredDigest(id);
    });
    toolBar->addWidget(m_digestSwitcher);
    toolBar->addAction(m_newDigest);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(m_previousUnfinished);
    toolBar->addAction(m_doneAndNext);
    toolBar->addAction(m_nextUnfinished);
    m_viewMenu->addAction(toolBar->toggleViewAction());

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = m_helpMenu->addAction(tr("&About Digest Studio"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showPaperContextMenu(const QPoint &pos)
{
    const QList<int> rows = selectedEntries();
    if (rows.isEmpty())
        return;
    QMenu menu(this);
    QMenu *tagMenu = menu.addMenu(tr("&Tag as"));
    const TagTable table = TagTable::fromSettings();
    for (const QString &tag : table.tags()) {
        tagMenu->addAction(QStringLiteral("%1 - %2").arg(tag, table.chineseName(tag)), this,
                           [this, tag] { tagSelectedPapers(tag); });
    }
    tagMenu->addSeparator();
    tagMenu->addAction(tr("Other…"), this, [this] {
        bool ok = false;
        const QString tag =
            QInputDialog::getText(this, tr("Tag Papers"), tr("Tag:"), QLineEdit::Normal, QString(), &ok)
                .trimmed()
                .toUpper();
        if (ok && !tag.isEmpty())
            tagSelectedPapers(tag);
    });
    QMenu *statusMenu = menu.addMenu(tr("&Mark as"));
    statusMenu->addAction(QIcon(QStringLiteral(":/icons/status-draft.svg")), tr("Draft"), this,
                          [this] { setSelectedStatus(int(DigestEntry::Status::Draft)); });
    statusMenu->addAction(QIcon(QStringLiteral(":/icons/status-translated.svg")), tr("Translated"), this,
                          [this] { setSelectedStatus(int(DigestEntry::Status::Translated)); });
    statusMenu->addAction(QIcon(QStringLiteral(":/icons/status-reviewed.svg")), tr("Reviewed"), this,
                          [this] { setSelectedStatus(int(DigestEntry::Status::Reviewed)); });
    menu.addSeparator();
    menu.addAction(m_removePapers);
    menu.exec(m_paperView->viewport()->mapToGlobal(pos));
}

void MainWindow::openDigest(const Digest &digest)
{
    if (m_autosave)
        m_autosave->closeDigest();
    m_document->setDigest(digest);
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
    if (row < 0 || row >= m_document->entryCount()) {
        m_paperView->selectionModel()->clearCurrentIndex();
        m_editor->setCurrentEntry(-1);
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, PaperListModel::PositionColumn));
    if (!index.isValid()) {
        // Filtered out: show it anyway by clearing the filter.
        m_filterEdit->clear();
        m_unfinishedOnly->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, PaperListModel::PositionColumn));
    }
    m_paperView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_paperView->scrollTo(index);
    m_editor->setCurrentEntry(row);
}

QList<int> MainWindow::selectedEntries() const
{
    QList<int> rows;
    const QModelIndexList selected = m_paperView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.data(Roles::EntryIndexRole).toInt());
    std::sort(rows.begin(), rows.end());
    return rows;
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

void MainWindow::addPapers(const QStringList &arxivIds, int row)
{
    QVector<DigestEntry> entries;
    QStringList present;
    QStringList added;
    for (const QString &id : arxivIds) {
        bool known = false;
        for (const DigestEntry &entry : m_document->digest().entries())
            known = known || entry.arxivId() == id;
        if (known || added.contains(id)) {
            present.append(id);
            continue;
        }
        // A paper the library already holds starts complete; others by id, for the lookup to fill in.
        Paper paper;
        if (m_library && m_library->findPaper(id, &paper)) {
            EntryDefaults defaults = EntryDefaults::fromSettings();
            defaults.setStore(m_library.get());
            entries.append(defaults.entryFor(paper));
            continue;
        }
        DigestEntry entry;
        entry.setArxivId(id);
        entry.setLink(QStringLiteral("https://arxiv.org/abs/") + id);
        entries.append(entry);
        added.append(id);
    }
    if (!present.isEmpty())
        statusBar()->showMessage(tr("Already in this digest: %1").arg(present.join(QStringLiteral(", "))),
                                 6000);
    if (entries.isEmpty())
        return;
    const int at = row < 0 || row > m_document->entryCount() ? m_document->entryCount() : row;
    m_document->addEntries(at, entries);
    setCurrentEntry(at);
    if (!added.isEmpty())
        Q_EMIT lookupRequested(added);
}

void MainWindow::setSaveState(SaveState state, const QString &detail)
{
    m_saveState = state;
    m_saveDetail = detail;
    m_saveLabel->setText(saveStateText());
    m_saveLabel->setToolTip(detail);
    if (state == SaveState::Conflict || state == SaveState::Failed)
        m_saveLabel->setStyleSheet(QStringLiteral("color: #d03030; font-weight: bold;"));
    else
        m_saveLabel->setStyleSheet(QString());
}

QString MainWindow::saveStateText() const
{
    switch (m_saveState) {
    case SaveState::NothingOpen:
        return tr("No digest open");
    case SaveState::Saved:
        return tr("Saved");
    case SaveState::Unsaved:
        return tr("Not saved yet");
    case SaveState::Saving:
        return tr("Saving…");
    case SaveState::Conflict:
        return tr("Conflict");
    case SaveState::Failed:
        return tr("Not saved: %1").arg(m_saveDetail);
    }
    return QString();
}

QString MainWindow::countsText() const
{
    const QVector<int> counts = m_document->statusCounts();
    const int total = m_document->entryCount();
    if (total == 0)
        return tr("No papers");
    const int left = total - counts.at(static_cast<int>(DigestEntry::Status::Reviewed));
    return tr("%n paper(s): %1 draft, %2 translated, %3 reviewed", nullptr, total)
               .arg(counts.at(0))
               .arg(counts.at(1))
               .arg(counts.at(2)) +
           QStringLiteral(" — ") + tr("%n left", nullptr, left);
}

void MainWindow::updateCounts()
{
    m_countsLabel->setText(countsText());
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
        m_paperView->header()->restoreState(header);
}

void MainWindow::writeSettings()
{
    QSettings settings;
    SettingsKeys::MainWindowGeometry.setValue(settings, saveGeometry());
    SettingsKeys::MainWindowState.setValue(settings, saveState());
    SettingsKeys::WorkspaceEditorSplitter.setValue(settings, m_editor->splitter()->saveState());
    SettingsKeys::WorkspacePaperListHeader.setValue(settings, m_paperView->header()->saveState());
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
