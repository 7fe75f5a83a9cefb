// The window's side of machine drafts: sends papers to the DraftingService, streams the text into the
// editor's suggestion panel, fills empty Chinese fields as one undo step each, offers drafts beside a
// person's text, and reports progress, failures and tokens in the status bar.
#pragma once

#include "drafting/draftfields.h"
#include "drafting/draftsettings.h"

#include <QHash>
#include <QObject>

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
    void setSettings(const DraftSettings &settings);
    DraftSettings settings() const { return m_settings; }
    DraftingService *service() const { return m_service; }
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
    struct Job
    {
        QString arxivId;
        DraftFields fieldsSoFar;
    };
    struct Offer
    {
        QString model;
        DraftFields fields;
    };

    int rowOf(const QString &arxivId) const;
    QString shownArxivId() const;
    void onPartialFields(int ticket, const DraftFields &fieldsSoFar);
    void onDrafted(int ticket, const DraftFields &fields, const QString &model);
    void onFailed(int ticket, const QString &message);
    void onRetrying(int ticket, int status, int waitMs);
    void onProgress(int done, int total);
    void refreshPanel();
    void forgetAll();

    DigestDocument *m_document;
    EntryEditor *m_editor;
    WindowStatusBar *m_statusBar;
    const Glossary *m_glossary = nullptr;
    QNetworkAccessManager *m_network; // not owned
    DraftingService *m_service;
    DraftSettings m_settings;
    QHash<int, Job> m_jobs; // by ticket
    QHash<QString, Offer> m_offers;
    QHash<QString, QString> m_failures;
    int m_failedInRun = 0;
};

} // namespace DigestStudio
