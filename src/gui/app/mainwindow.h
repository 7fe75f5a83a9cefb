// The main window over the workspace of one library: the entry editor in the middle, the digest switcher, the
// status bar, and the wiring between the feature controllers that own the docks and the actions' behaviour
// (intake, review, drafting, export and publishing, figures, findings, suggestions, docks).
#pragma once

#include "model/digest.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QTimer;
class QUndoGroup;

namespace DigestStudio {

class ArxivService;
class AssignmentController;
class DigestEntry;
class DockManager;
class DraftingController;
class EntryEditor;
class ExportController;
class FiguresController;
class FigureCandidatesController;
class FulltextController;
class PresenceController;
class TeamController;
class FindingsController;
class GlossaryPanel;
class IntakeController;
class LaunchConfig;
class MainWindowActions;
class ReviewController;
class SpellChecker;
class ProposalsController;
class SuggestionsController;
class WindowStatusBar;
class Workspace;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // The window works on the library `config` names (option > environment > saved > default, resolved once
    // by main()): it is opened (and created when new) at once, and the latest digest shown. When it cannot be
    // opened the window says why and works on nothing. The arXiv, drafting and WeChat sides follow `config`.
    explicit MainWindow(const LaunchConfig &config, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a digest that is not stored (replacing the one open, its undo history included).
    void openDigest(const Digest &digest);
    // The digest row shown in the editor, -1 when none.
    int currentEntry() const;
    void setCurrentEntry(int row);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createEditor();
    void createControllers(const LaunchConfig &config);
    void createToolBar();
    void connectActions();
    void connectControllers();
    // Undo and Redo of the window: the digest's stack and the glossary panel's, by where the focus is.
    QUndoGroup *createUndoGroup();
    void connectDocument();
    void openLibrary();
    void showLibraryError();
    void connectWorkspace();
    // Opens a stored digest (saving the open one first). False with a message in the status bar on failure.
    bool openStoredDigest(qint64 digestId);
    // Reloads the digest switcher's list from the library.
    void refreshDigestList();
    // Creates an empty digest dated today in the library and opens it.
    void newDigestForToday();
    // Digest ▸ Header and Footer…: the legend, attribution, summary label and footer of the open digest.
    void editHeader();
    // Digest > Morning Run...: the schedule and numbers of digestctl prepare.
    void editMorningRun();
    void showConflict(qint64 entryId, const DigestEntry &ours, const DigestEntry &theirs,
                      const DigestEntry &base);
    void updateTitle();

    // A child created first: it goes after the window has closed (the views still read the digest then) and
    // before the widgets.
    Workspace *m_workspace;
    EntryEditor *m_editor = nullptr;
    std::unique_ptr<SpellChecker> m_spell;
    GlossaryPanel *m_glossaryPanel = nullptr;
    QComboBox *m_digestSwitcher = nullptr;
    WindowStatusBar *m_statusBar = nullptr;
    MainWindowActions *m_actions = nullptr;
    QTimer *m_refreshTimer = nullptr; // the preview and the checks follow edits after a short pause

    ArxivService *m_arxiv = nullptr; // the network, the arXiv client, paper intake and listing
    DockManager *m_docks = nullptr;
    ReviewController *m_review = nullptr;
    IntakeController *m_intake = nullptr;
    DraftingController *m_drafting = nullptr;
    ExportController *m_export = nullptr;
    FiguresController *m_figures = nullptr;
    FulltextController *m_fulltext = nullptr;
    FigureCandidatesController *m_candidates = nullptr;
    TeamController *m_team = nullptr;
    AssignmentController *m_assignments = nullptr;
    PresenceController *m_presence = nullptr; // goes before the library: it says "leave" on it
    FindingsController *m_findings = nullptr;
    SuggestionsController *m_suggestions = nullptr;
    ProposalsController *m_proposals = nullptr;
    QString m_scheduledLibrary; // the --db the morning run's timer passes; empty: the saved or default one
};

} // namespace DigestStudio
