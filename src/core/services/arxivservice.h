// The arXiv side both faces run on: one network manager and one ArxivClient set up from the launch
// configuration, with the paper intake and today's listing over them.
#pragma once

#include "services/launchconfig.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace DigestStudio {

class ArxivClient;
class ListingService;
class PaperIntake;
class PaperStore;

class ArxivService final : public QObject
{
    Q_OBJECT

public:
    // `store` (the library; not owned, may be null) answers for known papers and keeps the ones looked up.
    explicit ArxivService(const LaunchConfig &config, PaperStore *store = nullptr, QObject *parent = nullptr);
    ~ArxivService() override;

    // Points `client` at the configured endpoints, with the configured politeness, timeout, retries and
    // batch size; retries back off from the interval, so a short test interval also retries quickly.
    static void configure(ArxivClient *client, const LaunchConfig &config);

    const LaunchConfig &config() const { return m_config; }
    QNetworkAccessManager *network() const { return m_network.get(); }
    ArxivClient *client() const { return m_client.get(); }
    PaperIntake *intake() const { return m_intake.get(); }
    ListingService *listing() const { return m_listing.get(); }

private:
    LaunchConfig m_config;
    // Destroyed in reverse: the services, then the client (it aborts its request), then the network.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ArxivClient> m_client;
    std::unique_ptr<PaperIntake> m_intake;
    std::unique_ptr<ListingService> m_listing;
};

} // namespace DigestStudio
