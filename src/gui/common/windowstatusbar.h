// The main window's status bar: whether the open digest is saved, how many of its papers are in each status,
// and which library the window works on.
#pragma once

#include "document/autosavecontroller.h"

#include <QStatusBar>
#include <QVector>

class QLabel;
class QProgressBar;
class QToolButton;

namespace DigestStudio {

class WindowStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    enum class SaveState { NothingOpen, Saved, Unsaved, Saving, Conflict, Failed };

    explicit WindowStatusBar(QWidget *parent = nullptr);

    // What the autosave's state means here.
    static SaveState saveStateOf(AutosaveController::State state);

    SaveState saveState() const { return m_saveState; }
    // `detail` is the failure for Failed (shown), else a tooltip.
    void setSaveState(SaveState state, const QString &detail = QString());
    // "Saved", "Not saved: …".
    QString saveStateText() const;
    // Papers per status, indexed by DigestEntry::Status.
    void setCounts(const QVector<int> &counts);
    // "12 papers: 3 draft, …".
    QString countsText() const;
    void setLibrary(const QString &text, const QString &toolTip = QString());

    // Machine drafts: `done` of `total` papers (the progress and Cancel hide when nothing runs).
    void setDraftProgress(int done, int total);
    // "Drafting 3 of 10 papers", or empty.
    QString draftProgressText() const;
    // The last drafting failure in words (kept until the next run), or the note that all went well.
    void setDraftNote(const QString &note);
    QString draftNote() const;
    // Tokens the drafting model used today.
    void setTokensToday(int tokens);
    QString tokensText() const;

Q_SIGNALS:
    // The Cancel button beside the drafting progress.
    void cancelDraftingRequested();

private:
    void createDraftingWidgets();

    QLabel *m_saveLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_libraryLabel = nullptr;
    QLabel *m_draftLabel = nullptr;
    QProgressBar *m_draftProgress = nullptr;
    QToolButton *m_cancelDrafting = nullptr;
    QLabel *m_draftNote = nullptr;
    QLabel *m_tokensLabel = nullptr;
    SaveState m_saveState = SaveState::NothingOpen;
    QString m_saveDetail;
    QVector<int> m_counts{0, 0, 0};
};

} // namespace DigestStudio
