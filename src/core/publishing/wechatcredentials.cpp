#include "publishing/wechatcredentials.h"

#include "services/secretstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace DigestStudio {

namespace {

struct CachedToken
{
    QString token;
    QDateTime expires;
};

QMutex &tokenMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, CachedToken> &tokens()
{
    static QHash<QString, CachedToken> map;
    return map;
}

QString cacheKey(const QString &appId, const QString &api)
{
    return appId + QLatin1Char('\n') + api;
}

} // namespace

bool WeChatCredentials::save(const WeChatCredentials &credentials, QString *error)
{
    SecretStore keychain;
    return keychain.write(QStringLiteral("wechat-appid"), credentials.appId, error) &&
           keychain.write(QStringLiteral("wechat-secret"), credentials.secret, error);
}

WeChatCredentials WeChatCredentials::resolve(const QProcessEnvironment &environment, QString *error)
{
    WeChatCredentials credentials;
    credentials.appId = environment.value(QStringLiteral("DIGEST_WECHAT_APPID")).trimmed();
    credentials.secret = environment.value(QStringLiteral("DIGEST_WECHAT_SECRET")).trimmed();
    if (!credentials.isComplete()) {
        SecretStore keychain;
        QString keychainError;
        if (credentials.appId.isEmpty())
            credentials.appId = keychain.read(QStringLiteral("wechat-appid"), &keychainError).trimmed();
        if (credentials.secret.isEmpty())
            credentials.secret = keychain.read(QStringLiteral("wechat-secret"), &keychainError).trimmed();
    }
    if (!credentials.isComplete() && error)
        *error = missingText();
    return credentials;
}

QString WeChatCredentials::missingText()
{
    return QCoreApplication::translate(
        "DigestStudio::WeChatCredentials",
        "The WeChat AppID and AppSecret are not set: enter them in the publish dialog (they are kept in the "
        "keychain) or give them in $DIGEST_WECHAT_APPID and $DIGEST_WECHAT_SECRET (the Official Account "
        "platform shows them under 设置与开发 → 基本配置).");
}

QString WeChatCredentials::cachedToken(const QString &appId, const QString &api)
{
    QMutexLocker lock(&tokenMutex());
    const auto it = tokens().constFind(cacheKey(appId, api));
    if (it == tokens().constEnd() || QDateTime::currentDateTimeUtc().addSecs(60) >= it->expires)
        return QString();
    return it->token;
}

void WeChatCredentials::storeToken(const QString &appId, const QString &api, const QString &token,
                                   const QDateTime &expires)
{
    QMutexLocker lock(&tokenMutex());
    tokens().insert(cacheKey(appId, api), {token, expires});
}

void WeChatCredentials::forgetToken(const QString &appId, const QString &api)
{
    QMutexLocker lock(&tokenMutex());
    tokens().remove(cacheKey(appId, api));
}

void WeChatCredentials::forgetAllTokens()
{
    QMutexLocker lock(&tokenMutex());
    tokens().clear();
}

} // namespace DigestStudio
