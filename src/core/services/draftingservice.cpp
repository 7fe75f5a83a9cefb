#include "services/draftingservice.h"

#include "model/digestentry.h"
#include "model/glossary.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace DigestStudio {

DraftingService::DraftingService(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<DigestStudio::DraftFields>();
}

DraftingService::~DraftingService() = default;

void DraftingService::setSettings(const DraftSettings &settings)
{
    m_settings = settings;
}

int DraftingService::draft(const DigestEntry &entry, const Glossary &glossary)
{
    return draft(entry, glossary.terms());
}

int DraftingService::draft(const DigestEntry &, const QVector<GlossaryTerm> &)
{
    const int ticket = m_nextTicket++;
    QTimer::singleShot(0, this, [this, ticket] { Q_EMIT failed(ticket, tr("Drafting is not built yet.")); });
    return ticket;
}

void DraftingService::cancel(int) {}

void DraftingService::cancelAll() {}

int DraftingService::tokensUsedToday() const
{
    return m_tokensToday;
}

int DraftingService::pending() const
{
    return static_cast<int>(m_queue.size()) + m_running.size();
}

void DraftingService::startQueued() {}

void DraftingService::finishJob(DraftJob *) {}

void DraftingService::addTokens(int tokens)
{
    m_tokensToday += tokens;
}

} // namespace DigestStudio
