#include "common/windowstatusbar.h"

#include "common/plaintext.h"
#include "model/digestentry.h"

#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <numeric>

namespace DigestStudio {

WindowStatusBar::WindowStatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    setObjectName(QStringLiteral("windowStatusBar"));
    // Every label here may show outside text (an error, a server's answer, a path): plain text only.
    m_saveLabel = PlainText::label(new QLabel(this));
    m_saveLabel->setObjectName(QStringLiteral("saveStateLabel"));
    m_saveLabel->setContentsMargins(4, 0, 16, 0);
    m_countsLabel = PlainText::label(new QLabel(this));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_libraryLabel = PlainText::label(new QLabel(this));
    m_libraryLabel->setObjectName(QStringLiteral("libraryLabel"));
    addWidget(m_saveLabel);
    addWidget(m_countsLabel, 1);
    createDraftingWidgets();
    addPermanentWidget(m_libraryLabel);
}

void WindowStatusBar::createDraftingWidgets()
{
    m_draftNote = PlainText::label(new QLabel(this));
    m_draftNote->setObjectName(QStringLiteral("draftNoteLabel"));
    m_draftNote->setMaximumWidth(520);
    m_draftLabel = PlainText::label(new QLabel(this));
    m_draftLabel->setObjectName(QStringLiteral("draftProgressLabel"));
    m_draftProgress = new QProgressBar(this);
    m_draftProgress->setObjectName(QStringLiteral("draftProgressBar"));
    m_draftProgress->setMaximumWidth(120);
    m_draftProgress->setTextVisible(false);
    m_cancelDrafting = new QToolButton(this);
    m_cancelDrafting->setObjectName(QStringLiteral("cancelDraftingButton"));
    m_cancelDrafting->setText(tr("Cancel"));
    m_cancelDrafting->setToolTip(tr("Stop the machine drafts still running; finished ones stay"));
    connect(m_cancelDrafting, &QToolButton::clicked, this, &WindowStatusBar::cancelDraftingRequested);
    m_tokensLabel = PlainText::label(new QLabel(this));
    m_tokensLabel->setObjectName(QStringLiteral("tokensLabel"));
    m_tokensLabel->setContentsMargins(8, 0, 8, 0);
    m_tokensLabel->setToolTip(tr("Tokens the drafting model reported using today"));
    addPermanentWidget(m_draftNote);
    addPermanentWidget(m_draftLabel);
    addPermanentWidget(m_draftProgress);
    addPermanentWidget(m_cancelDrafting);
    addPermanentWidget(m_tokensLabel);
    setDraftProgress(0, 0);
    setTokensToday(0);
}

void WindowStatusBar::setDraftProgress(int done, int total)
{
    const bool running = total > 0 && done < total;
    m_draftLabel->setText(running ? tr("Drafting: %1 of %n paper(s) done", nullptr, total).arg(done)
                                  : QString());
    m_draftProgress->setRange(0, qMax(total, 1));
    m_draftProgress->setValue(done);
    m_draftLabel->setVisible(running);
    m_draftProgress->setVisible(running);
    m_cancelDrafting->setVisible(running);
}

QString WindowStatusBar::draftProgressText() const
{
    return m_draftLabel->text();
}

void WindowStatusBar::setDraftNote(const QString &note)
{
    m_draftNote->setText(note);
    m_draftNote->setToolTip(PlainText::toolTip(note));
    m_draftNote->setVisible(!note.isEmpty());
}

QString WindowStatusBar::draftNote() const
{
    return m_draftNote->text();
}

void WindowStatusBar::setTokensToday(int tokens)
{
    m_tokensLabel->setText(tr("Tokens today: %L1").arg(tokens));
    m_tokensLabel->setVisible(tokens > 0);
}

QString WindowStatusBar::tokensText() const
{
    return m_tokensLabel->text();
}

WindowStatusBar::SaveState WindowStatusBar::saveStateOf(AutosaveController::State state)
{
    switch (state) {
    case AutosaveController::State::NothingOpen:
        return SaveState::NothingOpen;
    case AutosaveController::State::Saved:
        return SaveState::Saved;
    case AutosaveController::State::Pending:
        return SaveState::Unsaved;
    case AutosaveController::State::Saving:
        return SaveState::Saving;
    case AutosaveController::State::Conflict:
        return SaveState::Conflict;
    case AutosaveController::State::Failed:
        return SaveState::Failed;
    }
    return SaveState::NothingOpen;
}

void WindowStatusBar::setSaveState(SaveState state, const QString &detail)
{
    m_saveState = state;
    m_saveDetail = detail;
    m_saveLabel->setText(saveStateText());
    m_saveLabel->setToolTip(PlainText::toolTip(detail));
    if (state == SaveState::Conflict || state == SaveState::Failed)
        m_saveLabel->setStyleSheet(QStringLiteral("color: #d03030; font-weight: bold;"));
    else
        m_saveLabel->setStyleSheet(QString());
}

QString WindowStatusBar::saveStateText() const
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

void WindowStatusBar::setCounts(const QVector<int> &counts)
{
    m_counts = counts;
    m_counts.resize(3);
    m_countsLabel->setText(countsText());
}

QString WindowStatusBar::countsText() const
{
    const int total = std::accumulate(m_counts.cbegin(), m_counts.cend(), 0);
    if (total == 0)
        return tr("No papers");
    const int left = total - m_counts.at(static_cast<int>(DigestEntry::Status::Reviewed));
    return tr("%n paper(s): %1 draft, %2 translated, %3 reviewed", nullptr, total)
               .arg(m_counts.at(0))
               .arg(m_counts.at(1))
               .arg(m_counts.at(2)) +
           QStringLiteral(" — ") + tr("%n left", nullptr, left);
}

void WindowStatusBar::setLibrary(const QString &text, const QString &toolTip)
{
    m_libraryLabel->setText(text);
    m_libraryLabel->setToolTip(PlainText::toolTip(toolTip));
}

} // namespace DigestStudio
