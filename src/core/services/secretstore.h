// Keys and other secrets in the system keychain (QtKeychain: Secret Service or KWallet), with environment
// overrides for scripts and a session-only memory when no keychain runs. Secrets never reach QSettings.
#pragma once

#include <QObject>
#include <QString>

class QProcessEnvironment;
class QSettings;

namespace DigestStudio {

class SecretStore final : public QObject
{
    Q_OBJECT

public:
    // The entries' names (shared with the other faces and branches).
    static constexpr const char *LlmApiKey = "llm-api-key";
    static constexpr const char *DeeplApiKey = "deepl-api-key";
    static constexpr const char *OpenAlexApiKey = "openalex-api-key";
    static constexpr const char *WeChatAppId = "wechat-appid";
    static constexpr const char *WeChatSecret = "wechat-secret";
    static constexpr const char *WeChatToken = "wechat-token";

    // The keychain service every entry is filed under.
    static QString serviceName();
    // How long one keychain call may take before the session memory is used instead.
    static constexpr int TimeoutMs = 10000;

    explicit SecretStore(QObject *parent = nullptr);

    // Synchronous helpers (a local event loop on the QtKeychain job, bounded by TimeoutMs). `error` says in
    // words what failed; it never holds the secret.
    QString read(const QString &name, QString *error = nullptr); // "" when absent
    bool write(const QString &name, const QString &secret, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);
    // False: no keychain answered, and secrets live in this process's memory only (the session fallback).
    bool keychainAvailable() const;
    // The environment variable first (e.g. DIGEST_LLM_API_KEY), then the keychain entry `name`.
    QString resolve(const QString &name, const char *environmentVariable, QString *error = nullptr);
    // The same with the environment given (digestctl's, a test's).
    QString resolve(const QString &name, const QProcessEnvironment &environment,
                    const char *environmentVariable, QString *error = nullptr);

    // Moves a secret an older version saved in `settings` under `settingsKey` into the keychain entry `name`
    // and removes it from the settings file (once; a later call finds nothing). False when the keychain
    // refused it; the setting then stays where it was, so nothing is lost.
    bool migrateFromSettings(QSettings &settings, const QString &settingsKey, const QString &name,
                             QString *error = nullptr);

    // Forgets what the keychain probe found and the session memory (tests).
    static void resetForTests();

private:
    enum class Operation { Read, Write, Remove };
    // Runs one keychain job; false when the keychain could not be reached (`reachable` false) or refused.
    bool runJob(Operation operation, const QString &name, QString *secret, bool *reachable, QString *error);
};

} // namespace DigestStudio
