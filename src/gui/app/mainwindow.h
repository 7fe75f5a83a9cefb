// The main window over the workspace of one library: the entry editor in the middle, the paper list,
// glossary, figures, lookup, preview and problems docks around it, and the wiring between them.
#pragma once

#include "app/mainwindowactions.h"
#include "app/windowstatusbar.h"
#include "checks/finding.h"
#include "docks/paperlistpanel.h"
#include "document/workspace.h"
#include "formats/exportoptions.h"
#include "model/digest.h"
#include "model/paper.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLineEdit;
class QTimer;
class QTreeView;

namespace DigestStudio {

class ArxivService;
class AutosaveController;
class DigestDocument;
class DraftingController;
class EntryEditor;
class Glossary;
class GlossaryPanel;
class ImageStrip;
class ImportPostsDialog;
class Library;
class LookupPanel;
class SuggestionService;
class PaperFilterProxyModel;
class PaperListModel;
class PreviewDock;
class ProblemsDock;
class SpellChecker;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    using SaveState = WindowStatusBar::SaveState;

    // `libraryLocation` is the SQLite path or postgresql:// location the window works on; it is opened (and
    // created when new) at once, and the latest digest shown. When it cannot be opened the window says why
    // and works on nothing.
    explicit MainWindow(const QString &libraryLocation, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString libraryLocation() const { return m_workspace->libraryLocation(); }
    // The library, the open digest and what keeps them in step.
    Workspace *workspace() const { return m_workspace; }
    // Every action and menu of the window.
    MainWindowActions *actions() const { return m_actions; }

    QMenu *fileMenu() const { return m_actions->fileMenu(); }
    QMenu *editMenu() const { return m_actions->editMenu(); }
    QMenu *viewMenu() const { return m_actions->viewMenu(); }
    QMenu *digestMenu() const { return m_actions->digestMenu(); }
    QMenu *helpMenu() const { return m_actions->helpMenu(); }

    // Null when the library could not be opened (libraryError() says why).
    Library *library() const { return m_library; }
    QString libraryError() const { return m_workspace->libraryError(); }
    AutosaveController *autosave() const { return m_autosave; }
    QComboBox *digestSwitcher() const { return m_digestSwitcher; }
    QAction *newDigestAction() const { return m_actions->newDigest(); }
    QAction *undoAction() const { return m_actions->undo(); }
    QAction *redoAction() const { return m_actions->redo(); }
    DigestDocument *document() const { return m_document; }
    Glossary *glossary() const { return m_workspace->glossary(); }
    EntryEditor *entryEditor() const { return m_editor; }
    PaperListModel *paperModel() const { return m_paperList->model(); }
    PaperFilterProxyModel *paperProxy() const { return m_paperList->proxy(); }
    QTreeView *paperView() const { return m_paperList->view(); }
    QLineEdit *paperFilter() const { return m_paperList->filterEdit(); }
    GlossaryPanel *glossaryPanel() const { return m_glossaryPanel; }
    // The current entry's figures (a dock, shown when a library is open).
    ImageStrip *imageStrip() const { return m_imageStrip; }
    QAction *doneAndNextAction() const { return m_actions->doneAndNext(); }
    QAction *nextUnfinishedAction() const { return m_actions->nextUnfinished(); }
    QAction *previousUnfinishedAction() const { return m_actions->previousUnfinished(); }
    QAction *removePapersAction() const { return m_actions->removePapers(); }
    // The arXiv side behind the lookup panel and dropped ids: clients, scheduler, intake and listing
    // (settings applied; a test may point it elsewhere).
    ArxivService *arxivService() const { return m_arxivService; }
    LookupPanel *lookupPanel() const { return m_lookupPanel; }
    PreviewDock *previewDock() const { return m_previewDock; }
    ProblemsDock *problemsDock() const { return m_problemsDock; }
    // Runs the pre-flight checks on the open digest now (they also run shortly after every change).
    void checkNow();
    // Digest ▸ Header and Footer…: the legend, attribution, summary label and footer of the open digest.
    void editHeader();
    // Publish ▸ To WeChat Draft Box: the dialog over a PublishingService (mainwindowpublish.cpp).
    void publishToWeChat();
    QAction *editHeaderAction() const { return m_actions->editHeader(); }

    // Shows a digest that is not stored (replacing the one open, its undo history included).
    void openDigest(const Digest &digest);
    // Opens a stored digest (saving the open one first). False with a message in the status bar on failure.
    bool openStoredDigest(qint64 digestId);
    // The digest row shown in the editor, -1 when none.
    int currentEntry() const;
    void setCurrentEntry(int row);
    // The digest rows selected in the paper list, ascending.
    QList<int> selectedEntries() const;

    SaveState savingState() const { return m_statusBar->saveState(); }
    void setSaveState(SaveState state, const QString &detail = QString())
    {
        m_statusBar->setSaveState(state, detail);
    }
    // The status bar's texts, e.g. for tests: "Saved", "12 papers: 3 draft, ...".
    QString saveStateText() const { return m_statusBar->saveStateText(); }
    QString countsText() const { return m_statusBar->countsText(); }
    WindowStatusBar *windowStatusBar() const { return m_statusBar; }
    // Machine drafts (Digest ▸ Draft This Paper, Draft All Unfinished, the suggestion panel).
    DraftingController *drafting() const { return m_drafting; }
    // Digest ▸ Drafting Settings…: the provider form; the new settings apply at once.
    void showDraftingSettings();
    // The drafting settings as launched (options, environment, saved) with the key (environment, keychain).
    // When the provider is not on this machine and no key is known, asks for one; a key typed there is kept
    // in the keychain, or for this session only when none runs.
    bool prepareDrafting();

public Q_SLOTS:
    void showAbout();
    // Ctrl+Return: the current entry's status one step on (draft → translated → reviewed), then the next
    // unfinished entry.
    void doneAndNext();
    void goToNextUnfinished();
    void goToPreviousUnfinished();
    void removeSelectedPapers();
    void tagSelectedPapers(const QString &tag);
    void setSelectedStatus(int status);
    // Adds papers by arXiv id at `row` (-1: the end); ids already in the digest are skipped with a message.
    void addPapers(const QStringList &arxivIds, int row = -1);
    // Creates an empty digest dated today in the library and opens it.
    void newDigestForToday();
    // Reloads the digest switcher's list from the library.
    void refreshDigestList();
    // File ▸ Import Published Posts…: asks for files, then the import dialog.
    void importPublishedPosts();
    // The import dialog for `files` (window-modal, deletes itself on close); the window imports and undoes.
    ImportPostsDialog *openImportDialog(const QStringList &files);
    // File ▸ Export…: the export dialog, then exportTo().
    void exportPost();
    // After an export: the paths written in the status bar, with the untouched machine drafts if any.
    void announceExport(const QStringList &written);
    // Exports the open digest (with the entries' first figures) to `target`; false with `error`.
    bool exportTo(const QString &formatId, const ExportOptions &options, const QString &target,
                  QStringList *written, QString *error);

Q_SIGNALS:
    // Papers were added by id only (the library did not know them): their metadata is to be looked up.
    void lookupRequested(const QStringList &arxivIds);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createEditor();
    void createActions();
    void connectActions();
    void createToolBar();
    void createStatusBar();
    void connectDocument();
    // In mainwindowintake.cpp: adding papers by id or from the lookup panel, filling them in from arXiv.
    void connectLookups();
    // In mainwindowdrafting.cpp: the drafting controller, its actions and settings.
    void createDrafting();
    void fitToScreen();
    void openLibrary();
    void showLibraryError();
    void connectWorkspace();
    void connectFigures();
    void showConflict(qint64 entryId, const DigestEntry &ours, const DigestEntry &theirs);
    void loadImages();
    void updateAffiliationCompletions();
    void rememberAffiliations(int index);
    void createPaperDock();
    void createGlossaryDock();
    void createFiguresDock();
    void createLookupDock();
    // The suggestions: stored listings and exports retrain them; progress in the status bar.
    void connectSuggestions();
    void createPreviewDock();
    void createProblemsDock();
    void addLookedUpPapers(const QVector<Paper> &papers);
    void fillPlaceholders(const QVector<Paper> &papers);
    void showFinding(const Finding &finding);
    void applyFix(const Finding &finding);
    void updateFindingMarks();
    void exportFigures();
    void updateCounts();
    void updateTitle();
    void readSettings();
    void writeSettings();

    // A child created first: it goes after the window has closed (the views still read the digest then) and
    // before the widgets.
    Workspace *m_workspace;
    // Owned by the workspace; the library and the autosave are null when the library could not be opened.
    Library *m_library = nullptr;
    DigestDocument *m_document = nullptr;
    AutosaveController *m_autosave = nullptr;
    MainWindowActions *m_actions = nullptr;
    QComboBox *m_digestSwitcher = nullptr;
    WindowStatusBar *m_statusBar = nullptr;

    std::unique_ptr<SpellChecker> m_spell;
    PaperListPanel *m_paperList = nullptr;
    EntryEditor *m_editor = nullptr;
    GlossaryPanel *m_glossaryPanel = nullptr;
    QDockWidget *m_paperDock = nullptr;
    QDockWidget *m_glossaryDock = nullptr;
    QDockWidget *m_figuresDock = nullptr;
    ImageStrip *m_imageStrip = nullptr;
    ArxivService *m_arxivService = nullptr; // the network, the arXiv clients, paper intake and listing
    QVector<quint64> m_placeholderLookups;  // lookups whose papers fill entries added by id only
    LookupPanel *m_lookupPanel = nullptr;
    SuggestionService *m_suggestions = nullptr;
    QDockWidget *m_lookupDock = nullptr;
    PreviewDock *m_previewDock = nullptr;
    ProblemsDock *m_problemsDock = nullptr;
    QTimer *m_refreshTimer = nullptr; // preview and checks follow edits after a short pause
    DraftingController *m_drafting = nullptr;
    bool m_draftKeyAsked = false; // the session asked for a key once; not again after a refusal
};

} // namespace DigestStudio
