// MainWindow, continued: machine drafts. The controller does the work; here it is wired to the actions, the
// settings (LaunchConfig and the keychain) and the settings dialog.
#include "app/draftingcontroller.h"
#include "app/mainwindow.h"

#include "dialogs/draftingsettingsdialog.h"
#include "document/digestdocument.h"
#include "editor/draftsuggestionpanel.h"
#include "editor/entryeditor.h"
#include "services/arxivservice.h"
#include "services/draftkey.h"
#include "services/launchconfig.h"
#include "services/secretstore.h"
#include "services/settingskeys.h"

#include <QAction>
#include <QHostAddress>
#include <QInputDialog>
#include <QSettings>

namespace DigestStudio {

namespace {

// A server on this machine (Ollama, llama.cpp, a test's loopback) needs no key.
bool isLocal(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

// The launch configuration again, with the saved settings as they are now (the dialog may have changed them);
// what an option gave at launch still wins.
DraftSettings currentDraftSettings()
{
    const LaunchConfig launched = LaunchConfig::application();
    LaunchConfig now;
    now.resolve({}, QProcessEnvironment::systemEnvironment(), QSettings());
    for (const auto &key : {SettingsKeys::DraftUrl, SettingsKeys::DraftModel}) {
        if (launched.source(key.name()) == LaunchConfig::Source::Option)
            now.set(key.name(), launched.value(key));
    }
    DraftSettings settings = now.draftSettings();
    settings.apiKey = DraftKey::resolve(settings.provider);
    return settings;
}

} // namespace

void MainWindow::createDrafting()
{
    m_drafting = new DraftingController(m_document, m_editor, m_statusBar, m_arxivService->network(), this);
    m_drafting->setGlossary(m_workspace->glossary());
    m_drafting->setSettings(currentDraftSettings());
    const MainWindowActions *actions = m_actions;
    connect(actions->draftPaper(), &QAction::triggered, this, [this] {
        if (currentEntry() >= 0 && prepareDrafting())
            m_drafting->draftCurrent();
    });
    connect(actions->draftUnfinished(), &QAction::triggered, this, [this] {
        if (prepareDrafting())
            m_drafting->draftUnfinished();
    });
    connect(actions->acceptDraft(), &QAction::triggered, m_drafting, &DraftingController::acceptOffer);
    connect(actions->dismissDraft(), &QAction::triggered, m_drafting, &DraftingController::dismissOffer);
    connect(actions->draftingSettings(), &QAction::triggered, this, &MainWindow::showDraftingSettings);
    // Accept and Dismiss (Esc) act only while the shown paper has a draft offered (or a failure to dismiss).
    connect(m_drafting, &DraftingController::offerChanged, this, [this] {
        const DraftSuggestionPanel::Mode mode = m_editor->draftPanel()->mode();
        m_actions->acceptDraft()->setEnabled(mode == DraftSuggestionPanel::Mode::Offered);
        m_actions->dismissDraft()->setEnabled(mode == DraftSuggestionPanel::Mode::Offered ||
                                              mode == DraftSuggestionPanel::Mode::Failed);
    });
}

bool MainWindow::prepareDrafting()
{
    DraftSettings settings = currentDraftSettings();
    if (settings.apiKey.isEmpty() && !isLocal(settings.baseUrl) && !m_draftKeyAsked) {
        SecretStore secrets;
        m_draftKeyAsked = true;
        bool ok = false;
        const QString where = secrets.keychainAvailable()
                                  ? tr("It is kept in the system keychain.")
                                  : tr("No system keychain is running: it is kept for this session only.");
        const QString key =
            QInputDialog::getText(this, tr("Drafting Key"),
                                  tr("The API key for %1.\n%2").arg(settings.baseUrl.host(), where),
                                  QLineEdit::Password, QString(), &ok)
                .trimmed();
        if (!ok)
            return false;
        QString error;
        if (!key.isEmpty() && !secrets.write(DraftKey::secretName(settings.provider), key, &error))
            m_statusBar->setDraftNote(error);
        settings.apiKey = key;
    }
    m_drafting->setSettings(settings);
    return true;
}

void MainWindow::showDraftingSettings()
{
    SecretStore secrets;
    DraftingSettingsDialog dialog(&secrets, m_arxivService->network(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_draftKeyAsked = false;
    m_drafting->setSettings(currentDraftSettings());
}

} // namespace DigestStudio
