#include "services/draftingservice.h"

#include "model/digestentry.h"
#include "services/draftjob.h"
#include "services/settingskeys.h"
#include "text/glossary.h"
#include "util/requestscheduler.h"

#include <QDate>
#include <QSettings>

namespace DigestStudio {

DraftingService::DraftingService(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_scheduler(RequestScheduler::of(network))
{
    qRegisterMetaType<DigestStudio::DraftFields>();
}

DraftingService::~DraftingService()
{
    for (DraftJob *job : m_queue)
        delete job;
    qDeleteAll(m_running);
}

void DraftingService::setSettings(const DraftSettings &settings)
{
    m_settings = settings;
    startQueued();
}

int DraftingService::draft(const DigestEntry &entry, const Glossary &glossary)
{
    return draft(entry, glossary.terms());
}

int DraftingService::draft(const DigestEntry &entry, const QVector<GlossaryTerm> &glossary)
{
    const int ticket = m_nextTicket++;
    auto *job = new DraftJob(ticket, entry, glossary, m_settings, m_scheduler, this);
    job->setMaxAnswerBytes(MaxAnswerBytes);
    connect(job, &DraftJob::partialFields, this, &DraftingService::partialFields);
    connect(job, &DraftJob::retrying, this, &DraftingService::retrying);
    connect(job, &DraftJob::finished, this, &DraftingService::finishJob, Qt::QueuedConnection);
    m_queue.push_back(job);
    ++m_total;
    Q_EMIT progress(m_done, m_total);
    startQueued();
    return ticket;
}

void DraftingService::cancel(int ticket)
{
    if (DraftJob *job = m_running.value(ticket)) {
        job->cancel();
        return;
    }
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if ((*it)->ticket() == ticket) {
            DraftJob *job = *it;
            m_queue.erase(it);
            m_running.insert(ticket, job); // finishJob() takes it from here
            job->cancel();
            return;
        }
    }
}

void DraftingService::cancelAll()
{
    while (!m_queue.empty())
        cancel(m_queue.front()->ticket());
    const QList<DraftJob *> running = m_running.values();
    for (DraftJob *job : running)
        job->cancel();
}

int DraftingService::tokensUsedToday() const
{
    const QSettings settings;
    return SettingsKeys::DraftTokensDay.value(settings) == QDate::currentDate().toString(Qt::ISODate)
               ? SettingsKeys::DraftTokensToday.value(settings)
               : 0;
}

int DraftingService::pending() const
{
    return static_cast<int>(m_queue.size()) + m_running.size();
}

void DraftingService::startQueued()
{
    const int limit = qMax(1, m_settings.concurrency);
    while (!m_queue.empty() && m_running.size() < limit) {
        DraftJob *job = m_queue.front();
        m_queue.pop_front();
        m_running.insert(job->ticket(), job);
        job->start();
    }
}

void DraftingService::finishJob(DraftJob *job)
{
    if (m_running.value(job->ticket()) != job)
        return;
    m_running.remove(job->ticket());
    addTokens(job->tokensUsed());
    ++m_done;
    if (job->succeeded()) {
        const QString model = m_settings.model.isEmpty() ? m_settings.provider : m_settings.model;
        Q_EMIT drafted(job->ticket(), job->fields(), model);
    } else {
        Q_EMIT failed(job->ticket(), job->error());
    }
    job->deleteLater();
    Q_EMIT progress(m_done, m_total);
    if (m_queue.empty() && m_running.isEmpty())
        m_done = m_total = 0; // the next batch counts from zero
    startQueued();
}

void DraftingService::addTokens(int tokens)
{
    if (tokens <= 0)
        return;
    // Kept in the settings, so that the count survives a restart and includes what digestctl used.
    const int today = tokensUsedToday() + tokens;
    QSettings settings;
    SettingsKeys::DraftTokensDay.setValue(settings, QDate::currentDate().toString(Qt::ISODate));
    SettingsKeys::DraftTokensToday.setValue(settings, today);
    Q_EMIT tokensUsedChanged(today);
}

} // namespace DigestStudio
