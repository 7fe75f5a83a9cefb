#include "controllers/aliasoffercontroller.h"

#include "common/windowstatusbar.h"
#include "document/aliascommand.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "editor/aliasofferbar.h"
#include "editor/entryeditor.h"
#include "services/aliasoffer.h"
#include "services/fulltextservice.h"

#include <QUndoStack>

namespace DigestStudio {

AliasOfferController::AliasOfferController(Workspace *workspace, EntryEditor *editor,
                                           WindowStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_statusBar(statusBar)
    , m_bar(new AliasOfferBar(editor))
{
    setObjectName(QStringLiteral("aliasOfferController"));
    editor->addBanner(m_bar);
    connect(editor, &EntryEditor::fieldEdited, this, &AliasOfferController::onFieldEdited);
    connect(editor, &EntryEditor::currentEntryChanged, m_bar, &QWidget::hide);
    connect(m_bar, &AliasOfferBar::rememberRequested, this, &AliasOfferController::remember);
}

void AliasOfferController::onFieldEdited(int index, DigestEntry::Field field, const QString &before)
{
    if (field != DigestEntry::Field::Affiliations || !m_workspace->library())
        return;
    const QString after = m_workspace->document()->entry(index).affiliations();
    const AliasOffer offer =
        AliasOffer::fromEdit(before, after, FulltextService::aliasMap(m_workspace->library()));
    if (offer.isValid())
        m_bar->offer(offer.longName(), offer.shortName());
}

void AliasOfferController::remember(const QString &longName, const QString &shortName)
{
    Library *library = m_workspace->library();
    if (!library)
        return;
    auto command = std::make_unique<AliasCommand>(library, longName, shortName);
    QString error;
    if (!command->apply(&error)) {
        m_statusBar->showMessage(tr("The alias was not remembered: %1").arg(error), 8000);
        return;
    }
    m_workspace->document()->undoStack()->push(command.release());
    m_statusBar->showMessage(tr("Remembered “%1” for “%2”").arg(shortName, longName), 5000);
}

} // namespace DigestStudio
