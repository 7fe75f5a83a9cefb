#include "services/arxivservice.h"

#include "arxiv/arxivclient.h"
#include "services/listingservice.h"
#include "services/paperintake.h"
#include "services/secretstore.h"
#include "services/settingskeys.h"

#include <QNetworkAccessManager>

namespace DigestStudio {

ArxivService::ArxivService(const LaunchConfig &config, PaperStore *store, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<ArxivClient>(m_network.get()))
    , m_intake(std::make_unique<PaperIntake>(m_client.get(), store))
    , m_listing(std::make_unique<ListingService>(m_client.get()))
{
    configure(m_client.get(), config);
    m_client->setStore(store);
    m_listing->setDefaultCategories(config.listingCategories());
    m_listing->setCrossListsByDefault(config.listingCrossLists());
}

ArxivService::~ArxivService() = default;

void ArxivService::configure(ArxivClient *client, const LaunchConfig &config)
{
    namespace K = SettingsKeys;
    client->setApiUrl(config.arxivApiUrl());
    client->setListingUrl(config.arxivListingUrl());
    client->setIntervalMs(config.arxivIntervalMs());
    client->setBackoffMs(qMax(config.arxivIntervalMs(), 100));
    client->setTimeoutMs(config.value(K::ArxivTimeoutMs));
    client->setMaxRetries(config.value(K::ArxivMaxRetries));
    client->setBatchSize(config.value(K::ArxivBatchSize));
    client->setOpenAlexUrl(QUrl(config.value(K::OpenAlexUrl)));
    // The key lives in the keychain ($DIGEST_OPENALEX_API_KEY first); asked only when OpenAlex is on.
    if (config.value(K::OpenAlexEnabled)) {
        SecretStore secrets;
        client->setOpenAlexApiKey(
            secrets.resolve(QString::fromLatin1(SecretStore::OpenAlexApiKey), "DIGEST_OPENALEX_API_KEY"));
    }
}

} // namespace DigestStudio
