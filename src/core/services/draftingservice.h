// The drafting workflow both faces call: a queue of entries drafted by the configured provider, with a
// concurrency limit, retries (429 honouring Retry-After, then backoff), a silence timeout and an overall
// deadline per request (all through the network's request scheduler), cancel and a token count.
#pragma once

#include "drafting/draftfields.h"
#include "drafting/draftsettings.h"
#include "model/glossaryterm.h"

#include <QHash>
#include <QObject>
#include <QVector>

#include <deque>
#include <memory>

class QNetworkAccessManager;

namespace DigestStudio {

class DigestEntry;
class RequestScheduler;
class Glossary;
class DraftJob;

class DraftingService final : public QObject
{
    Q_OBJECT

public:
    // Largest answer read from a drafting server (a stream included); past it the paper fails.
    static constexpr qint64 MaxAnswerBytes = 4 * 1024 * 1024;

    // `network` is not owned; requests go through its RequestScheduler.
    explicit DraftingService(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~DraftingService() override;

    void setSettings(const DraftSettings &settings);
    DraftSettings settings() const { return m_settings; }
    // Returns a ticket; runs asynchronously. The entry and the glossary are copied.
    int draft(const DigestEntry &entry, const Glossary &glossary);
    int draft(const DigestEntry &entry, const QVector<GlossaryTerm> &glossary);
    void cancel(int ticket);
    void cancelAll();
    int tokensUsedToday() const;
    // Queued or running tickets.
    int pending() const;

Q_SIGNALS:
    // The text that streamed in since the last signal, per field (think/reasoning removed, math restored),
    // for a preview: the fields so far are the sum of these, or `added` alone after `startOver`.
    void partialFields(int ticket, const DigestStudio::DraftFields &added, bool startOver);
    void drafted(int ticket, const DigestStudio::DraftFields &fields, const QString &model);
    void failed(int ticket, const QString &message); // in words; never contains the key
    // A 429 or 5xx answer: the paper is tried again after `waitMs` (Retry-After, else a doubling backoff).
    void retrying(int ticket, int status, int waitMs);
    void progress(int done, int total);
    void tokensUsedChanged(int tokensToday);

private:
    friend class DraftJob;
    void startQueued();
    void finishJob(DraftJob *job);
    void addTokens(int tokens);

    RequestScheduler *m_scheduler;
    DraftSettings m_settings;
    int m_nextTicket = 1;
    std::deque<DraftJob *> m_queue;
    QHash<int, DraftJob *> m_running;
    int m_done = 0;
    int m_total = 0;
};

} // namespace DigestStudio
