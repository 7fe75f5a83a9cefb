#include "services/wechatcredentials.h"

#include "services/secretstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

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

// A token is used until a minute before it expires.
bool fresh(const CachedToken &cached)
{
    return !cached.token.isEmpty() && cached.expires.isValid() &&
           QDateTime::currentDateTimeUtc().addSecs(60) < cached.expires;
}

// One keychain entry per AppID and API (`wechat-token:APPID@API`) holds the token with its expiry, so that
// the next process (the next `digestctl publish`) uses it instead of asking WeChat again, and two accounts
// (or two test servers) never take each other's.
QString keychainName(const QString &appId, const QString &api)
{
    return QString::fromLatin1(SecretStore::WeChatToken) + QLatin1Char(':') + appId + QLatin1Char('@') + api;
}

// The entries this process wrote (forgetAllTokens removes them; the keychain cannot list them).
QSet<QString> &writtenEntries()
{
    static QSet<QString> names;
    return names;
}

CachedToken readStored(const QString &appId, const QString &api)
{
    SecretStore keychain;
    const QJsonObject o = QJsonDocument::fromJson(keychain.read(keychainName(appId, api)).toUtf8()).object();
    if (o.value(QStringLiteral("appid")).toString() != appId ||
        o.value(QStringLiteral("api")).toString() != api)
        return CachedToken();
    return {o.value(QStringLiteral("token")).toString(),
            QDateTime::fromString(o.value(QStringLiteral("expires")).toString(), Qt::ISODate)};
}

} // namespace

bool WeChatCredentials::save(const WeChatCredentials &credentials, QString *error)
{
    SecretStore keychain;
    return keychain.write(QString::fromLatin1(SecretStore::WeChatAppId), credentials.appId, error) &&
           keychain.write(QString::fromLatin1(SecretStore::WeChatSecret), credentials.secret, error);
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
            credentials.appId =
                keychain.read(QString::fromLatin1(SecretStore::WeChatAppId), &keychainError).trimmed();
        if (credentials.secret.isEmpty())
            credentials.secret =
                keychain.read(QString::fromLatin1(SecretStore::WeChatSecret), &keychainError).trimmed();
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

// The mutex guards the memory only: a keychain call runs a local event loop, which must not hold it.
QString WeChatCredentials::cachedToken(const QString &appId, const QString &api)
{
    {
        QMutexLocker lock(&tokenMutex());
        const auto it = tokens().constFind(cacheKey(appId, api));
        if (it != tokens().constEnd() && fresh(*it))
            return it->token;
    }
    const CachedToken stored = readStored(appId, api);
    if (!fresh(stored))
        return QString();
    QMutexLocker lock(&tokenMutex());
    tokens().insert(cacheKey(appId, api), stored);
    return stored.token;
}

void WeChatCredentials::storeToken(const QString &appId, const QString &api, const QString &token,
                                   const QDateTime &expires)
{
    {
        QMutexLocker lock(&tokenMutex());
        tokens().insert(cacheKey(appId, api), {token, expires});
        writtenEntries().insert(keychainName(appId, api));
    }
    QJsonObject o;
    o.insert(QStringLiteral("appid"), appId);
    o.insert(QStringLiteral("api"), api);
    o.insert(QStringLiteral("token"), token);
    o.insert(QStringLiteral("expires"), expires.toUTC().toString(Qt::ISODate));
    // A keychain that refuses only costs the next process one stable_token call.
    SecretStore().write(keychainName(appId, api),
                        QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

void WeChatCredentials::forgetToken(const QString &appId, const QString &api)
{
    {
        QMutexLocker lock(&tokenMutex());
        tokens().remove(cacheKey(appId, api));
    }
    if (!readStored(appId, api).token.isEmpty())
        SecretStore().remove(keychainName(appId, api));
}

void WeChatCredentials::forgetAllTokens()
{
    QSet<QString> names;
    {
        QMutexLocker lock(&tokenMutex());
        tokens().clear();
        names.swap(writtenEntries());
    }
    SecretStore keychain;
    for (const QString &name : names)
        keychain.remove(name);
}

void WeChatCredentials::forgetTokensInMemory()
{
    QMutexLocker lock(&tokenMutex());
    tokens().clear();
}

} // namespace DigestStudio
