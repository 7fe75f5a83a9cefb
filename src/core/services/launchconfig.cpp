#include "services/launchconfig.h"

#include "services/secretstore.h"
#include "services/settingskeys.h"
#include "util/appinfo.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

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
        row(K::WeChatApiUrl, Kind::Url, "wechat-api", "DIGEST_WECHAT_API", "URL",
            "WeChat Official Account API (publish wechat)"),
        row(K::ArxivTimeoutMs, Kind::Positive),
        row(K::ArxivMaxRetries, Kind::Count),
        row(K::ArxivBatchSize, Kind::Positive),
        row(K::ArxivListingCategories, Kind::List),
        row(K::ArxivListingCrossLists, Kind::Flag),
        row(K::OpenAlexEnabled, Kind::Flag),
        row(K::OpenAlexUrl, Kind::Url),
        row(K::DraftUrl, Kind::Url, "llm-url", "DIGEST_LLM_URL", "URL",
            "OpenAI-compatible base URL of the drafting model (DeepL: its API URL)"),
        row(K::DraftModel, Kind::Text, "llm-model", "DIGEST_LLM_MODEL", "NAME", "the drafting model"),
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
    case Kind::Url: {
        const QUrl url(text, QUrl::StrictMode);
        if (url.isValid() && !url.scheme().isEmpty() && !url.isRelative())
            return text;
        *problem = QStringLiteral("is not a URL");
        return QVariant();
    }
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
    case Kind::JsonObject: {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (text.isEmpty() || (error.error == QJsonParseError::NoError && document.isObject()))
            return text;
        *problem = QStringLiteral("is not a JSON object");
        return QVariant();
    }
    }
    return QVariant();
}

void LaunchConfig::take(const Setting &setting, const QVariant &raw, Source source, const QString &name)
{
    QString problem;
    const QVariant value = convert(setting, raw, &problem);
    if (!problem.isEmpty()) {
        m_errors.append(name + QLatin1Char(' ') + problem + QStringLiteral(": ") + describe(raw));
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

QUrl LaunchConfig::wechatApiUrl() const
{
    return QUrl(value(SettingsKeys::WeChatApiUrl));
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
    settings.maxRetries = value(K::DraftMaxRetries);
    settings.extraJson = QJsonDocument::fromJson(value(K::DraftExtraJson).toUtf8()).object();
    settings.deeplGlossaryId = value(K::DraftDeepLGlossaryId).trimmed();
    return settings;
}

} // namespace DigestStudio
