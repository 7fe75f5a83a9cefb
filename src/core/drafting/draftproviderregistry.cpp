#include "drafting/draftproviderregistry.h"

#include "drafting/deeplprovider.h"
#include "drafting/openaiprovider.h"

namespace DigestStudio {

DraftProviderRegistry::DraftProviderRegistry()
{
    add(std::make_unique<OpenAiProvider>());
    add(std::make_unique<DeepLProvider>());
}

const DraftProviderRegistry &DraftProviderRegistry::instance()
{
    static const DraftProviderRegistry registry;
    return registry;
}

void DraftProviderRegistry::add(std::unique_ptr<DraftProvider> provider)
{
    for (auto &existing : m_providers) {
        if (existing->id() == provider->id()) {
            existing = std::move(provider);
            return;
        }
    }
    m_providers.push_back(std::move(provider));
}

const DraftProvider *DraftProviderRegistry::provider(const QString &id) const
{
    for (const auto &provider : m_providers) {
        if (provider->id() == id)
            return provider.get();
    }
    return nullptr;
}

QStringList DraftProviderRegistry::ids() const
{
    QStringList ids;
    for (const auto &provider : m_providers)
        ids.append(provider->id());
    return ids;
}

} // namespace DigestStudio
