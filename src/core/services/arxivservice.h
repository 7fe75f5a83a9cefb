// The arXiv side both faces run on: one network manager and its request scheduler, one client per endpoint
// (lookup, search, listing, OpenAlex) set up from the launch configuration, with the paper intake and today's
// listing over them.
#pragma once

#include "services/launchconfig.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace DigestStudio {

class ArxivListingClient;
class ArxivLookupClient;
class ArxivSearchClient;
class ListingService;
class OpenAlexClient;
class PaperIntake;
class PaperStore;
class RequestScheduler;

class ArxivService final : public QObject
{
    Q_OBJECT

public:
    // `store` (the library; not owned, may be null) answers for known papers and keeps the ones looked up.
    explicit ArxivService(const LaunchConfig &config, PaperStore *store = nullptr, QObject *parent = nullptr);
    ~ArxivService() override;

    // The configured endpoints, politeness (the arXiv lane's spacing, one connection), silence timeout,
    // retries and batch size; retries back off from the interval, so a short test interval also retries
    // quickly. The OpenAlex key is read from the keychain only when OpenAlex is on.
    void configure(const LaunchConfig &config);

    const LaunchConfig &config() const { return m_config; }
    QNetworkAccessManager *network() const { return m_network.get(); }
    RequestScheduler *scheduler() const { return m_scheduler; }
    ArxivLookupClient *lookupClient() const { return m_lookup.get(); }
    ArxivSearchClient *searchClient() const { return m_search.get(); }
    ArxivListingClient *listingClient() const { return m_listingClient.get(); }
    OpenAlexClient *openAlexClient() const { return m_openAlex.get(); }
    PaperIntake *intake() const { return m_intake.get(); }
    ListingService *listing() const { return m_listing.get(); }

private:
    LaunchConfig m_config;
    // Destroyed in reverse: the services, then the clients (they drop their requests), then the network
    // (and its scheduler).
    std::unique_ptr<QNetworkAccessManager> m_network;
    RequestScheduler *m_scheduler; // the network's
    std::unique_ptr<ArxivLookupClient> m_lookup;
    std::unique_ptr<ArxivSearchClient> m_search;
    std::unique_ptr<ArxivListingClient> m_listingClient;
    std::unique_ptr<OpenAlexClient> m_openAlex;
    std::unique_ptr<PaperIntake> m_intake;
    std::unique_ptr<ListingService> m_listing;
};

} // namespace DigestStudio
