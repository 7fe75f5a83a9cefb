// The one place where the drafting provider's key is found: $DIGEST_LLM_API_KEY for scripts and CI (the
// keychain path joins here through SecretStore). The key is never a saved setting and never shown.
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace DigestStudio {

class DraftKey final
{
public:
    // The environment variable scripts set.
    static constexpr const char *EnvironmentVariable = "DIGEST_LLM_API_KEY";
    // The keychain entry of `provider` ("llm-api-key", or "deepl-api-key" for DeepL).
    static QString secretName(const QString &provider);
    // The key for `provider`; empty when none is set (local servers need none). `error` says why a
    // lookup failed, without the key.
    static QString resolve(const QString &provider,
                           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                           QString *error = nullptr);
};

} // namespace DigestStudio
