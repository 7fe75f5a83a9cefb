#include "controllers/draftingcontroller.h"

#include "common/windowstatusbar.h"
#include "dialogs/draftingsettingsdialog.h"
#include "document/digestdocument.h"
#include "drafting/draftapplier.h"
#include "drafting/draftrules.h"
#include "editor/draftsuggestionpanel.h"
#include "editor/entryeditor.h"
#include "services/draftingservice.h"
#include "services/draftkey.h"
#include "services/secretstore.h"
#include "services/settingskeys.h"
#include "text/glossary.h"

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

} // namespace

DraftingController::DraftingController(DigestDocument *document, EntryEditor *editor,
                                       WindowStatusBar *statusBar, QNetworkAccessManager *network,
                                       QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_editor(editor)
    , m_statusBar(statusBar)
    , m_network(network)
    , m_service(new DraftingService(m_network, this))
{
    setObjectName(QStringLiteral("draftingController"));
    connect(m_service, &DraftingService::partialFields, this, &DraftingController::onPartialFields);
    connect(m_service, &DraftingService::drafted, this, &DraftingController::onDrafted);
    connect(m_service, &DraftingService::failed, this, &DraftingController::onFailed);
    connect(m_service, &DraftingService::retrying, this, &DraftingController::onRetrying);
    connect(m_service, &DraftingService::progress, this, &DraftingController::onProgress);
    connect(m_service, &DraftingService::tokensUsedChanged, m_statusBar, &WindowStatusBar::setTokensToday);
    connect(m_statusBar, &WindowStatusBar::cancelDraftingRequested, this, &DraftingController::cancelAll);
    connect(m_editor, &EntryEditor::currentEntryChanged, this, &DraftingController::refreshPanel);
    connect(m_editor->draftPanel(), &DraftSuggestionPanel::acceptRequested, this,
            &DraftingController::acceptOffer);
    connect(m_editor->draftPanel(), &DraftSuggestionPanel::dismissRequested, this,
            &DraftingController::dismissOffer);
    // Another digest opened: what ran for the old one has nowhere to go.
    connect(m_document, &DigestDocument::digestReset, this, [this] {
        cancelAll();
        forgetAll();
    });
    // An offer no longer stands beside text the person has since changed: they chose.
    connect(m_document, &DigestDocument::entryChanged, this, [this](int index, DigestEntry::Field field) {
        if (DigestEntry::isChineseField(field))
            withdrawStaleOffer(index);
    });
    m_statusBar->setTokensToday(m_service->tokensUsedToday());
}

DraftingController::~DraftingController() = default;

void DraftingController::setLaunchConfig(const LaunchConfig &config)
{
    m_launched = config;
    setSettings(currentSettings());
}

DraftSettings DraftingController::currentSettings() const
{
    // The dialog may have changed the saved settings since the launch; what an option gave still wins.
    LaunchConfig now;
    now.resolve({}, QProcessEnvironment::systemEnvironment(), QSettings());
    for (const auto &key : {SettingsKeys::DraftUrl, SettingsKeys::DraftModel}) {
        if (m_launched.source(key.name()) == LaunchConfig::Source::Option)
            now.set(key.name(), m_launched.value(key));
    }
    DraftSettings settings = now.draftSettings();
    settings.apiKey = DraftKey::resolve(settings.provider);
    return settings;
}

DraftSettings DraftingController::blockReadingSettings() const
{
    // The settings drafting holds (resolved at launch, after the settings dialog and after a key was asked
    // for): a background read never touches the keychain.
    DraftSettings settings = m_settings;
    if (settings.apiKey.isEmpty() && !isLocal(settings.baseUrl))
        settings.provider = QStringLiteral("none");
    return settings;
}

bool DraftingController::prepare()
{
    DraftSettings settings = currentSettings();
    if (settings.apiKey.isEmpty() && !isLocal(settings.baseUrl) && !m_keyAsked) {
        SecretStore secrets;
        m_keyAsked = true;
        bool ok = false;
        const QString where = secrets.keychainAvailable()
                                  ? tr("It is kept in the system keychain.")
                                  : tr("No system keychain is running: it is kept for this session only.");
        const QString key =
            QInputDialog::getText(m_editor->window(), tr("Drafting Key"),
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
    setSettings(settings);
    return true;
}

void DraftingController::showSettingsDialog()
{
    SecretStore secrets;
    DraftingSettingsDialog dialog(&secrets, m_network, m_editor->window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_keyAsked = false;
    setSettings(currentSettings());
}

void DraftingController::draftCurrentPrepared()
{
    if (m_editor->currentEntry() >= 0 && prepare())
        draftCurrent();
}

void DraftingController::draftUnfinishedPrepared()
{
    if (prepare())
        draftUnfinished();
}

void DraftingController::setOfferActions(QAction *accept, QAction *dismiss)
{
    m_acceptAction = accept;
    m_dismissAction = dismiss;
    connect(accept, &QAction::triggered, this, &DraftingController::acceptOffer);
    connect(dismiss, &QAction::triggered, this, &DraftingController::dismissOffer);
    connect(this, &DraftingController::offerChanged, this, [this] {
        const DraftSuggestionPanel::Mode mode = m_editor->draftPanel()->mode();
        m_acceptAction->setEnabled(mode == DraftSuggestionPanel::Mode::Offered);
        m_dismissAction->setEnabled(mode == DraftSuggestionPanel::Mode::Offered ||
                                    mode == DraftSuggestionPanel::Mode::Failed);
    });
}

void DraftingController::setSettings(const DraftSettings &settings)
{
    m_settings = settings;
    m_service->setSettings(settings);
}

QString DraftingController::modelName() const
{
    if (!m_settings.model.isEmpty())
        return m_settings.model;
    return m_settings.provider == QLatin1String("deepl") ? QStringLiteral("DeepL") : m_settings.provider;
}

quint64 DraftingController::shownUid() const
{
    return m_document->entryUid(m_editor->currentEntry());
}

QString DraftingController::paperName(int row) const
{
    if (row < 0 || row >= m_document->entryCount())
        return QString();
    const DigestEntry &entry = m_document->entry(row);
    return entry.arxivId().isEmpty() ? entry.link() : entry.arxivId();
}

bool DraftingController::isDrafting(int row) const
{
    const quint64 uid = m_document->entryUid(row);
    for (const Job &job : m_jobs) {
        if (uid != 0 && job.uid == uid)
            return true;
    }
    return false;
}

DraftFields DraftingController::offer(int row) const
{
    return m_offers.value(m_document->entryUid(row)).fields;
}

QList<int> DraftingController::unfinishedRows() const
{
    QList<int> rows;
    for (int row : DraftRules::unfinished(m_document->digest().entries()))
        rows.append(row);
    return rows;
}

int DraftingController::draftRows(const QList<int> &rows)
{
    if (!isDrafting())
        m_failedInRun = 0;
    const QVector<GlossaryTerm> terms = m_glossary ? m_glossary->terms() : QVector<GlossaryTerm>();
    int queued = 0;
    for (int row : rows) {
        if (row < 0 || row >= m_document->entryCount() || isDrafting(row))
            continue;
        const quint64 uid = m_document->entryUid(row);
        m_failures.remove(uid);
        const int ticket = m_service->draft(m_document->entry(row), terms);
        m_jobs.insert(ticket, {uid, DraftFields()});
        ++queued;
    }
    if (queued > 0)
        m_statusBar->setDraftNote(QString());
    refreshPanel();
    return queued;
}

void DraftingController::draftCurrent()
{
    draftRows({m_editor->currentEntry()});
}

void DraftingController::draftUnfinished()
{
    if (draftRows(unfinishedRows()) == 0)
        m_statusBar->setDraftNote(tr("No unfinished paper lacks a Chinese title or summary."));
}

void DraftingController::onPartialFields(int ticket, const DraftFields &added, bool startOver)
{
    auto it = m_jobs.find(ticket);
    if (it == m_jobs.end())
        return;
    // Only the new text travels and is appended: a long stream costs in proportion to its length.
    if (startOver) {
        it->fieldsSoFar = added;
    } else {
        it->fieldsSoFar.zhTitle += added.zhTitle;
        it->fieldsSoFar.zhShortTitle += added.zhShortTitle;
        it->fieldsSoFar.zhSummary += added.zhSummary;
    }
    if (it->uid != shownUid())
        return;
    DraftSuggestionPanel *panel = m_editor->draftPanel();
    if (startOver || panel->mode() != DraftSuggestionPanel::Mode::Streaming)
        panel->showStreaming(modelName(), it->fieldsSoFar);
    else
        panel->appendStreaming(added);
}

void DraftingController::onDrafted(int ticket, const DraftFields &fields, const QString &model)
{
    // A late answer of a cancelled job (or one for another digest) has no job left: it changes nothing.
    if (!m_jobs.contains(ticket))
        return;
    const Job job = m_jobs.take(ticket);
    const int row = m_document->indexOfUid(job.uid);
    if (row < 0)
        return; // the entry left the digest meanwhile
    // Applied to the entry as it is now: what a person typed while the draft streamed stays.
    DigestEntry drafted = m_document->entry(row);
    const DraftOutcome outcome = DraftApplier::apply(&drafted, fields, model, false);
    // A paper with a Chinese title and summary is translated, waiting for review (Ctrl+Return reviews it).
    DraftRules::settleStatus(&drafted, outcome);
    if (!outcome.filled.isEmpty())
        m_document->applyDraft(row, drafted);
    if (!outcome.suggestions.isEmpty()) {
        const DigestEntry &now = m_document->entry(row);
        m_offers.insert(job.uid, {model, outcome.suggestions,
                                  DraftFields{now.zhTitle(), now.zhShortTitle(), now.zhSummary()}});
    }
    refreshPanel();
}

void DraftingController::onFailed(int ticket, const QString &message)
{
    if (!m_jobs.contains(ticket))
        return;
    const Job job = m_jobs.take(ticket);
    const int row = m_document->indexOfUid(job.uid);
    if (row < 0)
        return;
    m_failures.insert(job.uid, message);
    ++m_failedInRun;
    m_statusBar->setDraftNote(tr("Paper %1 (%2): %3").arg(row + 1).arg(paperName(row), message));
    refreshPanel();
}

void DraftingController::onRetrying(int ticket, int status, int waitMs)
{
    const auto it = m_jobs.constFind(ticket);
    if (it == m_jobs.constEnd())
        return;
    const QString why = status == 429 ? tr("the server limits the rate (HTTP 429)")
                                      : tr("the server had a problem (HTTP %1)").arg(status);
    const int row = m_document->indexOfUid(it->uid);
    if (row < 0)
        return;
    m_statusBar->setDraftNote(tr("Paper %1 (%2): %3; trying again in %4 s.")
                                  .arg(row + 1)
                                  .arg(paperName(row), why)
                                  .arg(qMax(1, (waitMs + 999) / 1000)));
}

void DraftingController::onProgress(int done, int total)
{
    m_statusBar->setDraftProgress(done, total);
    if (total > 0 && done >= total && m_failedInRun > 1)
        m_statusBar->setDraftNote(
            tr("%n paper(s) could not be drafted; each says why in the editor.", nullptr, m_failedInRun));
}

void DraftingController::acceptOffer()
{
    const quint64 uid = shownUid();
    const auto it = m_offers.constFind(uid);
    if (uid == 0 || it == m_offers.constEnd())
        return;
    const int row = m_editor->currentEntry();
    DigestEntry accepted = m_document->entry(row);
    // The person chose the machine's text: it replaces theirs and is marked as machine text again.
    DraftApplier::apply(&accepted, it->fields, it->model, true);
    accepted.setDraftedBy(it->model);
    m_offers.remove(uid);
    m_document->applyDraft(row, accepted);
    refreshPanel();
}

void DraftingController::withdrawStaleOffer(int row)
{
    const auto it = m_offers.find(m_document->entryUid(row));
    if (it == m_offers.end())
        return;
    const DigestEntry &entry = m_document->entry(row);
    if (it->against.zhTitle == entry.zhTitle() && it->against.zhShortTitle == entry.zhShortTitle() &&
        it->against.zhSummary == entry.zhSummary())
        return;
    m_offers.erase(it);
    m_statusBar->setDraftNote(tr("Paper %1: the machine draft was withdrawn, you changed the text it was "
                                 "offered beside. Draft the paper again to get a new one.")
                                  .arg(row + 1));
    if (row == m_editor->currentEntry())
        refreshPanel();
}

void DraftingController::dismissOffer()
{
    const quint64 uid = shownUid();
    m_offers.remove(uid);
    m_failures.remove(uid);
    refreshPanel();
}

void DraftingController::cancelAll()
{
    if (m_jobs.isEmpty())
        return;
    m_service->cancelAll();
    m_jobs.clear();
    m_statusBar->setDraftProgress(0, 0);
    m_statusBar->setDraftNote(tr("Drafting cancelled; finished drafts stay."));
    refreshPanel();
}

void DraftingController::forgetAll()
{
    m_offers.clear();
    m_failures.clear();
    refreshPanel();
}

void DraftingController::refreshPanel()
{
    DraftSuggestionPanel *panel = m_editor->draftPanel();
    const quint64 uid = shownUid();
    for (const Job &job : qAsConst(m_jobs)) {
        if (uid != 0 && job.uid == uid) {
            panel->showStreaming(modelName(), job.fieldsSoFar);
            Q_EMIT offerChanged();
            return;
        }
    }
    if (m_offers.contains(uid))
        panel->showOffer(m_offers.value(uid).model, m_offers.value(uid).fields);
    else if (m_failures.contains(uid))
        panel->showFailure(m_failures.value(uid));
    else
        panel->hideSuggestion();
    Q_EMIT offerChanged();
}

} // namespace DigestStudio
