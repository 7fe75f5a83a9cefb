#include "services/draftkey.h"

#include "services/secretstore.h"

namespace DigestStudio {

QString DraftKey::secretName(const QString &provider)
{
    return provider == QLatin1String("deepl") ? QStringLiteral("deepl-api-key")
                                              : QStringLiteral("llm-api-key");
}

QString DraftKey::resolve(const QString &provider, const QProcessEnvironment &environment, QString *error)
{
    if (error)
        error->clear();
    const QString fromEnvironment = environment.value(QString::fromLatin1(EnvironmentVariable)).trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Then the system keychain (or what this session was told when no keychain runs).
    SecretStore secrets;
    return secrets.read(secretName(provider), error).trimmed();
}

} // namespace DigestStudio
