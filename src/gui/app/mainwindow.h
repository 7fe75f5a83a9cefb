// The main window: the paper list, the entry editor, the glossary dock and the workspace of one library.
#pragma once

#include "checks/finding.h"
#include "model/digest.h"
#include "model/paper.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QTemporaryDir;
class QTimer;
class QTreeView;

namespace DigestStudio {

class ArxivClient;
class ArxivService;
class AutosaveController;
class LookupPanel;
class PreviewDock;
class ProblemsDock;
class DigestDocument;
class EntryEditor;
class Glossary;
class GlossaryPanel;
class GlossarySync;
class ImageStrip;
class Library;
class PaperFilterProxyModel;
class PaperListModel;
class SpellChecker;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class SaveState { NothingOpen, Saved, Unsaved, Saving, Conflict, Failed };

    // `libraryLocation` is the SQLite path or postgresql:// location the window works on; it is opened (and
    // created when new) at once, and the latest digest shown. When it cannot be opened the window says why
    // and works on nothing.
    explicit MainWindow(const QString &libraryLocation, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString libraryLocation() const { return m_libraryLocation; }

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *digestMenu() const { return m_digestMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }

    // Null when the library could not be opened (libraryError() says why).
    Library *library() const { return m_library.get(); }
    QString libraryError() const { return m_libraryError; }
    AutosaveController *autosave() const { return m_autosave; }
    QComboBox *digestSwitcher() const { return m_digestSwitcher; }
    QAction *newDigestAction() const { return m_newDigest; }
    DigestDocument *document() const { return m_document; }
    Glossary *glossary() const { return m_glossary; }
    EntryEditor *entryEditor() const { return m_editor; }
    PaperListModel *paperModel() const { return m_model; }
    PaperFilterProxyModel *paperProxy() const { return m_proxy; }
    QTreeView *paperView() const { return m_paperView; }
    QLineEdit *paperFilter() const { return m_filterEdit; }
    GlossaryPanel *glossaryPanel() const { return m_glossaryPanel; }
    // The current entry's figures (a dock, shown when a library is open).
    ImageStrip *imageStrip() const { return m_imageStrip; }
    QAction *doneAndNextAction() const { return m_doneAndNext; }
    QAction *nextUnfinishedAction() const { return m_nextUnfinished; }
    QAction *previousUnfinishedAction() const { return m_previousUnfinished; }
    QAction *removePapersAction() const { return m_removePapers; }
    // The arXiv client behind the lookup panel and dropped ids (settings applied; main() may point it
    // elsewhere).
    ArxivClient *arxivClient() const { return m_arxiv; }
    LookupPanel *lookupPanel() const { return m_lookupPanel; }
    PreviewDock *previewDock() const { return m_previewDock; }
    ProblemsDock *problemsDock() const { return m_problemsDock; }
    // Runs the pre-flight checks on the open digest now (they also run shortly after every change).
    void checkNow();
    // Digest ▸ Header and Footer…: the legend, attribution, summary label and footer of the open digest.
    void editHeader();
    QAction *editHeaderAction() const { return m_editHeader; }

    // Shows a digest that is not stored (replacing the one open, its undo history included).
    void openDigest(const Digest &digest);
    // Opens a stored digest (saving the open one first). False with a message in the status bar on failure.
    bool openStoredDigest(qint64 digestId);
    // The digest row shown in the editor, -1 when none.
    int currentEntry() const;
    void setCurrentEntry(int row);
    // The digest rows selected in the paper list, ascending.
    QList<int> selectedEntries() const;

    SaveState savingState() const { return m_saveState; }
    void setSaveState(SaveState state, const QString &detail = QString());
    // The status bar's texts, e.g. for tests: "Saved", "12 papers: 3 draft, ...".
    QString saveStateText() const;
    QString countsText() const;

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

Q_SIGNALS:
    // Papers were added by id only (the library did not know them): their metadata is to be looked up.
    void lookupRequested(const QStringList &arxivIds);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void openLibrary();
    void showConflict(qint64 entryId, const DigestEntry &ours, const DigestEntry &theirs);
    void loadImages();
    void updateAffiliationCompletions();
    void rememberAffiliations(int index);
    void createPaperDock();
    void createGlossaryDock();
    void createFiguresDock();
    void createLookupDock();
    void createPreviewDock();
    void createProblemsDock();
    void addLookedUpPapers(const QVector<Paper> &papers);
    void fillPlaceholders(const QVector<Paper> &papers);
    void showFinding(const Finding &finding);
    void applyFix(const Finding &finding);
    void updateFindingMarks();
    void exportFigures();
    void showPaperContextMenu(const QPoint &pos);
    void updateCounts();
    void updateTitle();
    void readSettings();
    void writeSettings();

    QString m_libraryLocation;
    std::unique_ptr<Library> m_library;
    QString m_libraryError;
    AutosaveController *m_autosave = nullptr;
    GlossarySync *m_glossarySync = nullptr;
    QComboBox *m_digestSwitcher = nullptr;
    QAction *m_newDigest = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_digestMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QLabel *m_libraryLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
    QLabel *m_countsLabel = nullptr;

    DigestDocument *m_document = nullptr;
    Glossary *m_glossary = nullptr;
    std::unique_ptr<SpellChecker> m_spell;
    PaperListModel *m_model = nullptr;
    PaperFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_paperView = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QCheckBox *m_unfinishedOnly = nullptr;
    EntryEditor *m_editor = nullptr;
    GlossaryPanel *m_glossaryPanel = nullptr;
    QDockWidget *m_paperDock = nullptr;
    QDockWidget *m_glossaryDock = nullptr;
    QDockWidget *m_figuresDock = nullptr;
    ImageStrip *m_imageStrip = nullptr;
    ArxivService *m_arxivService = nullptr; // the network, the arXiv client, paper intake and listing
    ArxivClient *m_arxiv = nullptr;
    QVector<quint64> m_placeholderLookups; // lookups whose papers fill entries added by id only
    LookupPanel *m_lookupPanel = nullptr;
    QDockWidget *m_lookupDock = nullptr;
    PreviewDock *m_previewDock = nullptr;
    ProblemsDock *m_problemsDock = nullptr;
    QTimer *m_refreshTimer = nullptr; // preview and checks follow edits after a short pause
    std::unique_ptr<QTemporaryDir> m_figureDir;

    QAction *m_doneAndNext = nullptr;
    QAction *m_nextUnfinished = nullptr;
    QAction *m_previousUnfinished = nullptr;
    QAction *m_removePapers = nullptr;
    QAction *m_editHeader = nullptr;
    SaveState m_saveState = SaveState::NothingOpen;
    QString m_saveDetail;
};

} // namespace DigestStudio
