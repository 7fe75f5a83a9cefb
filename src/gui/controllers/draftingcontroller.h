// The window's side of machine drafts: sends papers to the DraftingService, streams the text into the
// editor's suggestion panel, fills empty Chinese fields as one undo step each, offers drafts beside a
// person's text, and reports progress, failures and tokens in the status bar. The settings come from the
// launch configuration and the keychain; a missing key is asked for once; Drafting Settings… changes them.
#pragma once

#include "drafting/draftfields.h"
#include "drafting/draftsettings.h"
#include "services/launchconfig.h"

#include <QHash>
#include <QObject>

class QAction;
class QNetworkAccessManager;

namespace DigestStudio {

class DigestDocument;
class DraftingService;
class EntryEditor;
class Glossary;
class WindowStatusBar;

class DraftingController final : public QObject
{
    Q_OBJECT

public:
    // None owned; they outlive the controller (the window's children and its one network access manager).
    DraftingController(DigestDocument *document, EntryEditor *editor, WindowStatusBar *statusBar,
                       QNetworkAccessManager *network, QObject *parent = nullptr);
    ~DraftingController() override;

    void setGlossary(const Glossary *glossary) { m_glossary = glossary; }
    // The window's launch configuration: the settings are its drafting settings, with the saved ones as they
    // are when a draft starts (what an option gave still wins) and the key from the environment or keychain.
    void setLaunchConfig(const LaunchConfig &config);
    // When the provider is not on this machine and no key is known, asks for one (once a session); a key
    // typed there is kept in the keychain, or for this session only when none runs. False when refused.
    bool prepare();
    // Accept and Dismiss: enabled only while the shown paper has a draft offered (or a failure to dismiss).
    void setOfferActions(QAction *accept, QAction *dismiss);
    void setSettings(const DraftSettings &settings);
    DraftSettings settings() const { return m_settings; }
    DraftingService *service() const { return m_service; }
    // The settings for reading author blocks (FulltextController): drafting's, with their key; a provider of
    // "none" when a key is needed and none is known (nobody is asked for one in the background).
    DraftSettings blockReadingSettings() const;
    // The name a draft is marked with: the model, or the provider when no model is named (DeepL).
    QString modelName() const;

    // Drafts these rows of the document (rows already drafting are skipped). Returns how many were queued.
    int draftRows(const QList<int> &rows);
    // The rows a "Draft all unfinished" sends: not reviewed, and the Chinese title or summary still empty.
    QList<int> unfinishedRows() const;
    bool isDrafting() const { return !m_jobs.isEmpty(); }
    bool isDrafting(int row) const;
    // The draft offered beside a person's text in this row (empty when none).
    DraftFields offer(int row) const;

public Q_SLOTS:
    // Digest ▸ Draft This Paper and Draft All Unfinished: prepare(), then draft.
    void draftCurrentPrepared();
    void draftUnfinishedPrepared();
    // Digest ▸ Drafting Settings…: the provider form; the new settings apply at once.
    void showSettingsDialog();
    void draftCurrent();
    void draftUnfinished();
    // The shown entry's offered draft replaces the person's text (one undo step), marked drafted_by.
    void acceptOffer();
    // The shown entry's offered draft (or failure note) goes away; the person's text stays.
    void dismissOffer();
    void cancelAll();

Q_SIGNALS:
    // An offer or failure appeared or went for the shown entry (the window enables Accept and Dismiss).
    void offerChanged();

private:
    // Jobs, offers and failures are kept by the entry's key in the document (DigestDocument::entryUid), never
    // by paper id: entries without an arXiv id all have "", and rows move.
    struct Job
    {
        quint64 uid = 0;
        DraftFields fieldsSoFar;
    };
    struct Offer
    {
        QString model;
        DraftFields fields;
        DraftFields against; // the person's text the draft was offered beside
    };

    quint64 shownUid() const;
    // How a message names the paper of `row` beside its number: its arXiv id, or its link when it has none.
    QString paperName(int row) const;
    // An offer stands only beside the text it was made against: changed, it is withdrawn, saying why.
    void withdrawStaleOffer(int row);
    void onPartialFields(int ticket, const DraftFields &added, bool startOver);
    void onDrafted(int ticket, const DraftFields &fields, const QString &model);
    void onFailed(int ticket, const QString &message);
    void onRetrying(int ticket, int status, int waitMs);
    void onProgress(int done, int total);
    void refreshPanel();
    void forgetAll();
    // The launch configuration again, with the saved settings as they are now.
    DraftSettings currentSettings() const;

    DigestDocument *m_document;
    EntryEditor *m_editor;
    WindowStatusBar *m_statusBar;
    const Glossary *m_glossary = nullptr;
    QNetworkAccessManager *m_network; // not owned
    DraftingService *m_service;
    DraftSettings m_settings;
    LaunchConfig m_launched;
    bool m_keyAsked = false; // the session asked for a key once; not again after a refusal
    QAction *m_acceptAction = nullptr;
    QAction *m_dismissAction = nullptr;
    QHash<int, Job> m_jobs;             // by ticket
    QHash<quint64, Offer> m_offers;     // by entry key
    QHash<quint64, QString> m_failures; // by entry key
    int m_failedInRun = 0;
};

} // namespace DigestStudio
