#include "services/arxivservice.h"

#include "arxiv/arxivlane.h"
#include "arxiv/arxivlistingclient.h"
#include "arxiv/arxivlookupclient.h"
#include "arxiv/arxivsearchclient.h"
#include "arxiv/openalexclient.h"
#include "services/listingservice.h"
#include "services/paperintake.h"
#include "services/secretstore.h"
#include "services/settingskeys.h"
#include "util/requestscheduler.h"

#include <QNetworkAccessManager>

namespace DigestStudio {

ArxivService::ArxivService(const LaunchConfig &config, PaperStore *store, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_scheduler(RequestScheduler::of(m_network.get()))
    , m_lookup(std::make_unique<ArxivLookupClient>(m_scheduler))
    , m_search(std::make_unique<ArxivSearchClient>(m_scheduler))
    , m_listingClient(std::make_unique<ArxivListingClient>(m_scheduler))
    , m_openAlex(std::make_unique<OpenAlexClient>(m_scheduler))
    , m_intake(std::make_unique<PaperIntake>(m_lookup.get(), m_search.get(), store))
    , m_listing(std::make_unique<ListingService>(m_listingClient.get()))
{
    configure(config);
    m_listing->setDefaultCategories(config.listingCategories());
    m_listing->setCrossListsByDefault(config.listingCrossLists());
    // Affiliations a listing names fill in for papers the API has none for, whoever fetched it.
    connect(m_listingClient.get(), &ArxivListingClient::finished, m_intake.get(),
            [this](quint64, const ArxivListingResult &fetched) { m_intake->rememberListing(fetched); });
}

ArxivService::~ArxivService() = default;

void ArxivService::configure(const LaunchConfig &config)
{
    namespace K = SettingsKeys;
    m_config = config;
    const int timeoutMs = config.value(K::ArxivTimeoutMs);
    const int maxRetries = config.value(K::ArxivMaxRetries);
    m_scheduler->setLane(ArxivLane::name(), ArxivLane::lane(config.arxivIntervalMs(), timeoutMs, maxRetries));
    m_scheduler->setLane(OpenAlexClient::laneName(), OpenAlexClient::lane(timeoutMs, maxRetries));
    m_lookup->setApiUrl(config.arxivApiUrl());
    m_lookup->setBatchSize(config.value(K::ArxivBatchSize));
    m_search->setApiUrl(config.arxivApiUrl());
    m_listingClient->setListingUrl(config.arxivListingUrl());
    m_openAlex->setUrl(QUrl(config.value(K::OpenAlexUrl)));
    // The key lives in the keychain ($DIGEST_OPENALEX_API_KEY first); asked only when OpenAlex is on.
    if (config.value(K::OpenAlexEnabled)) {
        SecretStore secrets;
        m_openAlex->setApiKey(
            secrets.resolve(QString::fromLatin1(SecretStore::OpenAlexApiKey), "DIGEST_OPENALEX_API_KEY"));
    }
}

} // namespace DigestStudio
