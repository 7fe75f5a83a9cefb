// What comes into the window's library: papers added by arXiv id (dropped or pasted links, the lookup panel's
// choices), entries added by id only filled in from arXiv when the answer comes, newer versions marked, and
// published posts imported as digests (File ▸ Import Published Posts…). All through the paper-intake and
// post-import services digestctl uses too.
#pragma once

#include "model/paper.h"

#include <QObject>
#include <QStringList>
#include <QVector>

class QWidget;

namespace DigestStudio {

class ArxivService;
class ImportPostsDialog;
class LookupPanel;
class WindowStatusBar;
class Workspace;

class IntakeController final : public QObject
{
    Q_OBJECT

public:
    // Makes the lookup panel (a child of `window`, docked by the DockManager). None owned.
    IntakeController(Workspace *workspace, ArxivService *arxiv, WindowStatusBar *statusBar, QWidget *window);

    LookupPanel *lookupPanel() const { return m_lookupPanel; }

public Q_SLOTS:
    // Adds papers by arXiv id at `row` (-1: the end); ids already in the digest are skipped with a message,
    // ids the library does not know are added at once and looked up.
    void addPapers(const QStringList &arxivIds, int row = -1);
    // File ▸ Import Published Posts…: asks for files, then the import dialog.
    void importPublishedPosts();

public:
    // The import dialog for `files` (window-modal, deletes itself on close); the window imports and undoes.
    ImportPostsDialog *openImportDialog(const QStringList &files);

Q_SIGNALS:
    // Papers were added by id only (the library did not know them): their metadata is being looked up.
    void lookupRequested(const QStringList &arxivIds);
    // Connected directly: the window shows this row of the digest.
    void entryRequested(int row);
    // Connected directly: papers were chosen with no digest open; the window opens a new one for today.
    void digestNeeded();
    // Digests were imported or their import undone: the window's list of digests changed.
    void digestsChanged();

private:
    void addLookedUpPapers(const QVector<Paper> &papers);
    void fillPlaceholders(const QVector<Paper> &papers);
    void markNewerVersion(const Paper &paper);

    Workspace *m_workspace;
    ArxivService *m_arxiv;
    WindowStatusBar *m_statusBar;
    QWidget *m_window;
    LookupPanel *m_lookupPanel;
    QVector<quint64> m_placeholderLookups; // lookups whose papers fill entries added by id only
};

} // namespace DigestStudio
