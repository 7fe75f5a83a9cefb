// The drafting providers by id, as the FormatRegistry holds the formats.
#pragma once

#include "drafting/draftprovider.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace DigestStudio {

class DraftProviderRegistry final
{
public:
    // The registry with the built-in providers (openai, deepl).
    DraftProviderRegistry();
    static const DraftProviderRegistry &instance();

    // A provider with an id already registered replaces it.
    void add(std::unique_ptr<DraftProvider> provider);
    // nullptr when there is none with that id.
    const DraftProvider *provider(const QString &id) const;
    QStringList ids() const;

private:
    std::vector<std::unique_ptr<DraftProvider>> m_providers;
};

} // namespace DigestStudio
