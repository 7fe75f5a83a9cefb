#include "services/launchconfig.h"

#include "services/secretstore.h"
#include "services/settingskeys.h"
#include "util/appinfo.h"
#include "util/secrettext.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

#include <limits>
#include <optional>

namespace DigestStudio {

namespace {

using Kind = LaunchConfig::Kind;

template<typename T>
LaunchConfig::Setting row(const SettingsKey<T> &key, Kind kind, const char *option = "",
                          const char *environment = "", const char *valueName = "", const char *help = "")
{
    return {key.name(),
            QVariant::fromValue(key.defaultValue()),
            kind,
            QString::fromLatin1(option),
            QString::fromLatin1(environment),
            QString::fromLatin1(valueName),
            QString::fromUtf8(help)};
}

QString describe(const QVariant &value)
{
    return value.userType() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                      : value.toString();
}

// A URL; one that keys travel to must not carry a key itself nor send it in clear text to another machine.
QVariant checkedUrl(const QString &text, bool carriesSecrets, QString *problem)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.isRelative()) {
        *problem = QStringLiteral("is not a URL");
        return QVariant();
    }
    if (carriesSecrets && SecretText::keyInUrl(text)) {
        *problem =
            QStringLiteral("holds what looks like a key; keys belong in the keychain or the environment, "
                           "never in a URL or the settings file");
        return QVariant();
    }
    if (carriesSecrets && SecretText::isCleartext(url)) {
        *problem =
            QStringLiteral("would send keys in clear text: use https:// (http:// only to this machine: "
                           "localhost, 127.0.0.1, ::1)");
        return QVariant();
    }
    return text;
}

// A JSON object (or nothing) without a key in it: it is merged into every request and kept in the settings.
QVariant checkedJsonObject(const QString &text, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!text.isEmpty() && (error.error != QJsonParseError::NoError || !document.isObject())) {
        *problem = QStringLiteral("is not a JSON object");
        return QVariant();
    }
    const QString key = SecretText::keyInJson(document.object());
    if (!key.isEmpty()) {
        *problem =
            QStringLiteral("holds what looks like a key (the member ") + key +
            QStringLiteral("); keys belong in the keychain or the environment, never in the settings file");
        return QVariant();
    }
    return text;
}

// The refused value as a message may show it: a location or URL without its password and query, nothing of a
// value refused for holding a key.
QString shownValue(const LaunchConfig::Setting &setting, const QVariant &raw, const QString &problem)
{
    if (problem.contains(QLatin1String("looks like a key")))
        return QString();
    const QString value = describe(raw);
    const bool url =
        setting.kind == Kind::Url || setting.kind == Kind::SecretUrl || setting.kind == Kind::Location;
    return QStringLiteral(": ") + (url ? SecretText::url(value.trimmed()) : value);
}

// A saved value that says nothing: absent, or blank text (a list saved empty is a choice, not blank).
bool isBlank(const QVariant &value)
{
    return !value.isValid() ||
           (value.userType() != QMetaType::QStringList && value.toString().trimmed().isEmpty());
}

} // namespace

const QVector<LaunchConfig::Setting> &LaunchConfig::settings()
{
    namespace K = SettingsKeys;
    static const QVector<Setting> table{
        row(K::LibraryLocation, Kind::Location, "db", "DIGEST_DB", "LOCATION",
            "the library: SQLite file path or postgresql://user:pass@host:port/db"),
        row(K::ArxivApiUrl, Kind::Url, "arxiv-api", "DIGEST_ARXIV_API", "URL", "arXiv API endpoint"),
        row(K::ArxivIntervalMs, Kind::Milliseconds, "arxiv-interval-ms", "DIGEST_ARXIV_INTERVAL_MS", "N",
            "milliseconds between arXiv requests"),
        row(K::ArxivListingUrl, Kind::Url, "arxiv-listing-url", "DIGEST_ARXIV_LISTING_URL", "URL",
            "base URL of arXiv's daily listings, to which the categories are appended"),
        row(K::ArxivSiteUrl, Kind::Url, "arxiv-site", "DIGEST_ARXIV_SITE", "URL",
            "the site papers are read from in full: SITE/html/ID, else SITE/pdf/ID"),
        row(K::FulltextDeadlineSeconds, Kind::Positive, "fulltext-timeout", "DIGEST_FULLTEXT_TIMEOUT_S", "S",
            "seconds one paper's full-text read may take in all (page, PDF, retries)"),
        row(K::WeChatApiUrl, Kind::SecretUrl, "wechat-api", "DIGEST_WECHAT_API", "URL",
            "WeChat Official Account API (publish wechat)"),
        row(K::WeChatDeadlineSeconds, Kind::Positive, "wechat-timeout", "DIGEST_WECHAT_TIMEOUT_S", "S",
            "seconds one WeChat API call may take in all, its retries included"),
        row(K::ArxivTimeoutMs, Kind::Positive),
        row(K::ArxivMaxRetries, Kind::Count),
        row(K::ArxivBatchSize, Kind::Positive),
        row(K::ArxivListingCategories, Kind::List),
        row(K::ArxivListingCrossLists, Kind::Flag),
        row(K::OpenAlexEnabled, Kind::Flag),
        row(K::OpenAlexUrl, Kind::SecretUrl),
        row(K::DraftUrl, Kind::SecretUrl, "llm-url", "DIGEST_LLM_URL", "URL",
            "OpenAI-compatible base URL of the drafting model (DeepL: its API URL)"),
        row(K::DraftModel, Kind::Text, "llm-model", "DIGEST_LLM_MODEL", "NAME", "the drafting model"),
        row(K::DraftDeadlineSeconds, Kind::Positive, "llm-timeout", "DIGEST_LLM_TIMEOUT_S", "S",
            "seconds one drafting request may take in all, its retries included, however the server "
            "trickles"),
        row(K::DraftProvider, Kind::Text, "", "DIGEST_LLM_PROVIDER"),
        row(K::DraftTemperature, Kind::Number),
        row(K::DraftMaxTokens, Kind::Positive),
        row(K::DraftConcurrency, Kind::Positive),
        row(K::DraftTimeoutMs, Kind::Positive),
        row(K::DraftMaxRetries, Kind::Count),
        row(K::DraftExtraJson, Kind::JsonObject),
        row(K::DraftDeepLGlossaryId, Kind::Text),
    };
    return table;
}

QString LaunchConfig::helpText(const Setting &setting)
{
    QString fallback = describe(setting.defaultValue);
    if (setting.kind == Kind::Location && fallback.isEmpty())
        fallback = AppInfo::defaultLibraryLocation();
    else if (fallback.isEmpty())
        fallback = QStringLiteral("none");
    QString text = setting.help + QStringLiteral(" (default: ");
    if (!setting.environment.isEmpty())
        text += QLatin1Char('$') + setting.environment + QStringLiteral(", else ");
    return text + QStringLiteral("the GUI's saved setting, else ") + fallback + QLatin1Char(')');
}

QList<QCommandLineOption> LaunchConfig::commandLineOptions()
{
    QList<QCommandLineOption> options;
    for (const Setting &setting : settings()) {
        if (!setting.option.isEmpty())
            options.append(QCommandLineOption(setting.option, helpText(setting), setting.valueName));
    }
    return options;
}

QHash<QString, QString> LaunchConfig::optionValues(const QCommandLineParser &parser)
{
    QHash<QString, QString> values;
    for (const Setting &setting : settings()) {
        if (!setting.option.isEmpty() && parser.isSet(setting.option))
            values.insert(setting.option, parser.value(setting.option));
    }
    return values;
}

QVariant LaunchConfig::convert(const Setting &setting, const QVariant &raw, QString *problem)
{
    const QString text = raw.toString().trimmed();
    switch (setting.kind) {
    case Kind::Text:
        return raw.toString();
    case Kind::Location:
        if (text.isEmpty())
            *problem = QStringLiteral("is empty: it needs a file path or postgresql:// location");
        return text.isEmpty() ? QVariant() : QVariant(text);
    case Kind::Url:
    case Kind::SecretUrl:
        return checkedUrl(text, setting.kind == Kind::SecretUrl, problem);
    case Kind::Milliseconds:
    case Kind::Count:
    case Kind::Positive: {
        bool ok = false;
        const int number = text.toInt(&ok);
        const int least = setting.kind == Kind::Positive ? 1 : 0;
        if (ok && number >= least)
            return number;
        *problem = setting.kind == Kind::Milliseconds ? QStringLiteral("is not a number of milliseconds")
                   : least == 0                       ? QStringLiteral("is not a whole number of 0 or more")
                                                      : QStringLiteral("is not a whole number of 1 or more");
        return QVariant();
    }
    case Kind::List: {
        static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
        const QStringList parts = raw.userType() == QMetaType::QStringList
                                      ? raw.toStringList()
                                      : text.split(separators, Qt::SkipEmptyParts);
        QStringList words;
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                words.append(part.trimmed());
        }
        return words;
    }
    case Kind::Flag: {
        const QString word = text.toLower();
        if (raw.userType() == QMetaType::Bool)
            return raw.toBool();
        if (word == QLatin1String("true") || word == QLatin1String("yes") || word == QLatin1String("on") ||
            word == QLatin1String("1"))
            return true;
        if (word == QLatin1String("false") || word == QLatin1String("no") || word == QLatin1String("off") ||
            word == QLatin1String("0"))
            return false;
        *problem = QStringLiteral("is not true or false");
        return QVariant();
    }
    case Kind::Number: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok && number >= 0)
            return number;
        *problem = QStringLiteral("is not a number of 0 or more");
        return QVariant();
    }
    case Kind::JsonObject:
        return checkedJsonObject(text, problem);
    }
    return QVariant();
}

void LaunchConfig::take(const Setting &setting, const QVariant &raw, Source source, const QString &name)
{
    QString problem;
    const QVariant value = convert(setting, raw, &problem);
    if (!problem.isEmpty()) {
        m_errors.append(name + QLatin1Char(' ') + problem + shownValue(setting, raw, problem));
        return;
    }
    m_values.insert(setting.key, value);
    m_sources.insert(setting.key, source);
}

bool LaunchConfig::resolve(const QHash<QString, QString> &options, const QProcessEnvironment &environment,
                           const QSettings &saved)
{
    m_errors.clear();
    for (const Setting &setting : settings()) {
        // Empty variables and empty saved values count as not set (`DIGEST_DB= digestctl ...`); an option
        // given empty is a mistake and said.
        if (!setting.option.isEmpty() && options.contains(setting.option)) {
            take(setting, options.value(setting.option), Source::Option,
                 QStringLiteral("--") + setting.option);
        } else if (!setting.environment.isEmpty() && !environment.value(setting.environment).isEmpty()) {
            take(setting, environment.value(setting.environment), Source::Environment, setting.environment);
        } else if (!isBlank(saved.value(setting.key))) {
            take(setting, saved.value(setting.key), Source::Setting,
                 QStringLiteral("the saved setting ") + setting.key + QStringLiteral(" (in ") +
                     saved.fileName() + QLatin1Char(')'));
        } else {
            m_values.remove(setting.key);
            m_sources.remove(setting.key);
        }
    }
    return m_errors.isEmpty();
}

void LaunchConfig::moveSecretsToKeychain(QSettings &saved)
{
    const QString legacyKey = SettingsKeys::LegacyOpenAlexApiKey.name();
    if (!saved.contains(legacyKey))
        return;
    SecretStore secrets;
    QString error;
    if (!secrets.migrateFromSettings(saved, legacyKey, QString::fromLatin1(SecretStore::OpenAlexApiKey),
                                     &error))
        qWarning("The OpenAlex key stays in the settings file for now: %s", qPrintable(error));
}

void LaunchConfig::set(const QString &key, const QVariant &value)
{
    m_values.insert(key, value);
    m_sources.insert(key, Source::Option);
}

QString LaunchConfig::libraryLocation() const
{
    const QString location = value(SettingsKeys::LibraryLocation);
    return location.isEmpty() ? AppInfo::defaultLibraryLocation() : location;
}

QUrl LaunchConfig::arxivApiUrl() const
{
    return QUrl(value(SettingsKeys::ArxivApiUrl));
}

int LaunchConfig::arxivIntervalMs() const
{
    return value(SettingsKeys::ArxivIntervalMs);
}

QUrl LaunchConfig::arxivListingUrl() const
{
    return QUrl(value(SettingsKeys::ArxivListingUrl));
}

QUrl LaunchConfig::arxivSiteUrl() const
{
    return QUrl(value(SettingsKeys::ArxivSiteUrl));
}

int LaunchConfig::fulltextDeadlineMs() const
{
    return deadlineMs(value(SettingsKeys::FulltextDeadlineSeconds));
}

QUrl LaunchConfig::wechatApiUrl() const
{
    return QUrl(value(SettingsKeys::WeChatApiUrl));
}

int LaunchConfig::wechatDeadlineMs() const
{
    return deadlineMs(value(SettingsKeys::WeChatDeadlineSeconds));
}

int LaunchConfig::deadlineMs(int seconds)
{
    constexpr int most = std::numeric_limits<int>::max() / 1000; // about 24 days, in milliseconds an int
    return qBound(1, seconds, most) * 1000;
}

QStringList LaunchConfig::listingCategories() const
{
    return value(SettingsKeys::ArxivListingCategories);
}

bool LaunchConfig::listingCrossLists() const
{
    return value(SettingsKeys::ArxivListingCrossLists);
}

DraftSettings LaunchConfig::draftSettings() const
{
    namespace K = SettingsKeys;
    DraftSettings settings;
    settings.provider = value(K::DraftProvider).trimmed().toLower();
    settings.baseUrl = QUrl(value(K::DraftUrl));
    // The default URL is a local OpenAI-compatible server; DeepL without a URL of its own means its free API.
    if (settings.provider == QLatin1String("deepl") && source(K::DraftUrl.name()) == Source::Default)
        settings.baseUrl = QUrl(QStringLiteral("https://api-free.deepl.com"));
    settings.model = value(K::DraftModel).trimmed();
    settings.temperature = value(K::DraftTemperature);
    settings.maxTokens = value(K::DraftMaxTokens);
    settings.concurrency = value(K::DraftConcurrency);
    settings.timeoutMs = value(K::DraftTimeoutMs);
    settings.deadlineMs = deadlineMs(value(K::DraftDeadlineSeconds));
    settings.maxRetries = value(K::DraftMaxRetries);
    settings.extraJson = QJsonDocument::fromJson(value(K::DraftExtraJson).toUtf8()).object();
    settings.deeplGlossaryId = value(K::DraftDeepLGlossaryId).trimmed();
    return settings;
}

} // namespace DigestStudio
