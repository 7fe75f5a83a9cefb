// The WeChat Official Account's AppID and AppSecret: where they come from ($DIGEST_WECHAT_APPID and
// $DIGEST_WECHAT_SECRET, then the keychain entries), and the access token kept between calls until it
// expires.
#pragma once

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>

namespace DigestStudio {

struct WeChatCredentials
{
    QString appId;
    QString secret; // never logged, never in a message, never in the settings file

    bool isComplete() const { return !appId.isEmpty() && !secret.isEmpty(); }

    // The one place AppID and AppSecret are resolved: `environment` first, then the keychain entries
    // `wechat-appid` and `wechat-secret` (SecretStore). `error` says what is missing.
    static WeChatCredentials resolve(const QProcessEnvironment &environment, QString *error = nullptr);
    // Stores both in the keychain (`wechat-appid`, `wechat-secret`); false and `error` when it refused.
    static bool save(const WeChatCredentials &credentials, QString *error = nullptr);
    // What to do when they are missing, in words.
    static QString missingText();

    // The access token is a secret too: it is kept in this process's memory and in the keychain entry
    // `wechat-token:APPID@API` (SecretStore, with its expiry; never in the settings), so that the next
    // process reuses it instead of asking WeChat again (a forced refresh is limited to 20 a day). Used until
    // a minute before it expires; forgotten on a token error.
    static QString cachedToken(const QString &appId, const QString &api);
    static void storeToken(const QString &appId, const QString &api, const QString &token,
                           const QDateTime &expires);
    static void forgetToken(const QString &appId, const QString &api);
    static void forgetAllTokens();      // tests: memory and the entries this process wrote
    static void forgetTokensInMemory(); // tests: as a new process starts
};

} // namespace DigestStudio
