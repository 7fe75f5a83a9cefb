#include "services/connectiontest.h"

#include "model/digestentry.h"
#include "services/draftingservice.h"

#include <QNetworkAccessManager>

namespace DigestStudio {

ConnectionTest::ConnectionTest(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_service(new DraftingService(network, this))
{
    connect(m_service, &DraftingService::drafted, this,
            [this](int ticket, const DraftFields &fields, const QString &model) {
                if (ticket != m_ticket)
                    return;
                m_ticket = 0;
                Q_EMIT finished(
                    true, tr("Connected: %1 drafted a sample title (%2).")
                              .arg(model.isEmpty() ? tr("the provider") : model, fields.zhTitle.left(40)));
            });
    connect(m_service, &DraftingService::failed, this, [this](int ticket, const QString &message) {
        if (ticket != m_ticket)
            return;
        m_ticket = 0;
        Q_EMIT finished(false, message);
    });
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(const DraftSettings &settings)
{
    cancel();
    DraftSettings once = settings;
    once.concurrency = 1;
    once.maxRetries = 0; // a test says what happened at once rather than waiting out a rate limit
    m_service->setSettings(once);
    DigestEntry sample;
    sample.setArxivId(QStringLiteral("1706.03762"));
    sample.setTag(QStringLiteral("CL"));
    sample.setTitle(QStringLiteral("Attention Is All You Need"));
    sample.setAbstract(QStringLiteral("We propose a new simple network architecture, the Transformer, based "
                                      "solely on attention mechanisms."));
    m_ticket = m_service->draft(sample, QVector<GlossaryTerm>());
}

void ConnectionTest::cancel()
{
    if (m_ticket != 0)
        m_service->cancel(m_ticket);
    m_ticket = 0;
}

} // namespace DigestStudio
