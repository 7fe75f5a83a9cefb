#include "services/draftkey.h"

namespace DigestStudio {

QString DraftKey::secretName(const QString &provider)
{
    return provider == QLatin1String("deepl") ? QStringLiteral("deepl-api-key")
                                              : QStringLiteral("llm-api-key");
}

QString DraftKey::resolve(const QString &provider, const QProcessEnvironment &environment, QString *error)
{
    Q_UNUSED(provider)
    if (error)
        error->clear();
    return environment.value(QString::fromLatin1(EnvironmentVariable)).trimmed();
}

} // namespace DigestStudio
