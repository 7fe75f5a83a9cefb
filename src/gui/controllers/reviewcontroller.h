// The review workflow over the paper list: which paper is shown, Done and Next (Ctrl+Return), the next and
// previous unfinished paper, and removing, tagging and marking the papers selected in the list.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace DigestStudio {

class DigestDocument;
class EntryEditor;
class PaperListPanel;
class WindowStatusBar;

class ReviewController final : public QObject
{
    Q_OBJECT

public:
    // Makes the paper list (a child of `window`, docked by the DockManager). None owned.
    ReviewController(DigestDocument *document, EntryEditor *editor, WindowStatusBar *statusBar,
                     QWidget *window);

    PaperListPanel *paperList() const { return m_paperList; }
    // Delete in the paper list (and the last item of its context menu).
    void setRemoveAction(QAction *action);

    // The digest row shown in the editor, -1 when none.
    int currentEntry() const;
    // Shows `row` in the list and the editor (-1, or a row that is not there: none).
    void setCurrentEntry(int row);
    // The digest rows selected in the paper list, ascending.
    QList<int> selectedEntries() const;

public Q_SLOTS:
    // The current paper's status one step on (draft → translated → reviewed), then the next unfinished one; a
    // proposal of the morning run is kept in the same undo step.
    void doneAndNext();
    void goToNextUnfinished();
    void goToPreviousUnfinished();
    void removeSelectedPapers();
    void tagSelectedPapers(const QString &tag);
    void setSelectedStatus(int status);

private:
    // Shows `row`, or says that every paper is reviewed when there is none to go to.
    void goTo(int row);

    DigestDocument *m_document;
    EntryEditor *m_editor;
    WindowStatusBar *m_statusBar;
    PaperListPanel *m_paperList;
};

} // namespace DigestStudio
