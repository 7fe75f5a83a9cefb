// LaunchConfig: option > environment > saved setting > default for every launch setting, bad values named
// by where they came from, and the options the GUI's parser gets.
#include "services/draftkey.h"
#include "services/launchconfig.h"
#include "services/settingskeys.h"
#include "util/appinfo.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;
using Source = LaunchConfig::Source;

class TestLaunchConfig final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh INI file holding `values`, as the GUI would have saved them.
    QString savedFile(const QVariantHash &values = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files));
        QSettings settings(path, QSettings::IniFormat);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            settings.setValue(it.key(), it.value());
        settings.sync();
        return path;
    }

    static LaunchConfig resolved(const QHash<QString, QString> &options, const QProcessEnvironment &env,
                                 const QString &file, bool *ok = nullptr)
    {
        LaunchConfig config;
        const bool resolvedOk = config.resolve(options, env, QSettings(file, QSettings::IniFormat));
        if (ok)
            *ok = resolvedOk;
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppInfo::applyIdentity();
    }

    void nothingGivenMeansTheDefaults()
    {
        bool ok = false;
        const LaunchConfig config = resolved({}, QProcessEnvironment(), savedFile(), &ok);
        QVERIFY(ok);
        QCOMPARE(config.libraryLocation(), AppInfo::defaultLibraryLocation());
        QCOMPARE(config.arxivApiUrl(), QUrl(SettingsKeys::ArxivApiUrl.defaultValue()));
        QCOMPARE(config.arxivIntervalMs(), SettingsKeys::ArxivIntervalMs.defaultValue());
        QCOMPARE(config.arxivListingUrl(), QUrl(SettingsKeys::ArxivListingUrl.defaultValue()));
        QCOMPARE(config.listingCategories(), SettingsKeys::ArxivListingCategories.defaultValue());
        QCOMPARE(config.listingCrossLists(), false);
        QCOMPARE(config.value(SettingsKeys::ArxivTimeoutMs), SettingsKeys::ArxivTimeoutMs.defaultValue());
        QCOMPARE(config.source(SettingsKeys::ArxivApiUrl.name()), Source::Default);
    }

    void precedence_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QStringList>("values"); // saved, environment, option
        const QStringList urls{QStringLiteral("http://127.0.0.1:1/saved"),
                               QStringLiteral("http://127.0.0.1:1/env"),
                               QStringLiteral("http://127.0.0.1:1/option")};
        QTest::newRow("library") << SettingsKeys::LibraryLocation.name() << QStringLiteral("db")
                                 << QStringLiteral("DIGEST_DB")
                                 << QStringList{QStringLiteral("/saved.sqlite"),
                                                QStringLiteral("/env.sqlite"),
                                                QStringLiteral("/option.sqlite")};
        QTest::newRow("api") << SettingsKeys::ArxivApiUrl.name() << QStringLiteral("arxiv-api")
                             << QStringLiteral("DIGEST_ARXIV_API") << urls;
        QTest::newRow("interval") << SettingsKeys::ArxivIntervalMs.name()
                                  << QStringLiteral("arxiv-interval-ms")
                                  << QStringLiteral("DIGEST_ARXIV_INTERVAL_MS")
                                  << QStringList{QStringLiteral("1200"), QStringLiteral("40"),
                                                 QStringLiteral("0")};
        QTest::newRow("listing") << SettingsKeys::ArxivListingUrl.name()
                                 << QStringLiteral("arxiv-listing-url")
                                 << QStringLiteral("DIGEST_ARXIV_LISTING_URL") << urls;
    }

    void precedence()
    {
        QFETCH(QString, key);
        QFETCH(QString, option);
        QFETCH(QString, variable);
        QFETCH(QStringList, values);
        QProcessEnvironment env;
        env.insert(variable, values.at(1));
        const QString saved = savedFile({{key, values.at(0)}});
        const QHash<QString, QString> options{{option, values.at(2)}};

        struct Layer
        {
            QHash<QString, QString> options;
            QProcessEnvironment env;
            QString file;
            Source source;
            QString value;
        };
        const QVector<Layer> layers{
            {{}, QProcessEnvironment(), savedFile(), Source::Default, QString()},
            {{}, QProcessEnvironment(), saved, Source::Setting, values.at(0)},
            {{}, env, saved, Source::Environment, values.at(1)},
            {options, env, saved, Source::Option, values.at(2)},
        };
        for (const Layer &layer : layers) {
            bool ok = false;
            const LaunchConfig config = resolved(layer.options, layer.env, layer.file, &ok);
            QVERIFY2(ok, qPrintable(config.errors().join(QLatin1Char('\n'))));
            QCOMPARE(config.source(key), layer.source);
            if (layer.source == Source::Default)
                continue;
            const QString got =
                key == SettingsKeys::ArxivIntervalMs.name()   ? QString::number(config.arxivIntervalMs())
                : key == SettingsKeys::LibraryLocation.name() ? config.libraryLocation()
                : key == SettingsKeys::ArxivApiUrl.name()     ? config.arxivApiUrl().toString()
                                                              : config.arxivListingUrl().toString();
            QCOMPARE(got, layer.value);
        }
    }

    void settingsWithoutOptionsComeFromTheSavedOnes()
    {
        const QString file =
            savedFile({{QStringLiteral("Arxiv/timeoutMs"), 1500},
                       {QStringLiteral("Arxiv/maxRetries"), 0},
                       {QStringLiteral("Arxiv/batchSize"), 7},
                       {QStringLiteral("Arxiv/listingCategories"),
                        QStringList{QStringLiteral("cs.RO"), QStringLiteral("eess.AS")}},
                       {QStringLiteral("Arxiv/listingCrossLists"), true},
                       {QStringLiteral("OpenAlex/url"), QStringLiteral("http://127.0.0.1:1/oa")},
                       {QStringLiteral("OpenAlex/apiKey"), QStringLiteral("k")}});
        bool ok = false;
        const LaunchConfig config = resolved({}, QProcessEnvironment(), file, &ok);
        QVERIFY(ok);
        QCOMPARE(config.value(SettingsKeys::ArxivTimeoutMs), 1500);
        QCOMPARE(config.value(SettingsKeys::ArxivMaxRetries), 0);
        QCOMPARE(config.value(SettingsKeys::ArxivBatchSize), 7);
        QCOMPARE(config.listingCategories(),
                 (QStringList{QStringLiteral("cs.RO"), QStringLiteral("eess.AS")}));
        QVERIFY(config.listingCrossLists());
        QCOMPARE(config.value(SettingsKeys::OpenAlexUrl), QStringLiteral("http://127.0.0.1:1/oa"));
        // The OpenAlex key is a secret: never taken from the settings file (SecretStore moves it out).
        QCOMPARE(config.source(QStringLiteral("OpenAlex/apiKey")), Source::Default);
        for (const LaunchConfig::Setting &setting : LaunchConfig::settings())
            QVERIFY(setting.key != QStringLiteral("OpenAlex/apiKey"));
        QCOMPARE(config.source(SettingsKeys::ArxivBatchSize.name()), Source::Setting);
    }

    void listsAndFlagsWrittenByHand()
    {
        QSettings settings(savedFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("Arxiv/listingCategories"), QStringLiteral("cs.LG, math  hep-th"));
        settings.setValue(QStringLiteral("Arxiv/listingCrossLists"), QStringLiteral("yes"));
        LaunchConfig config;
        QVERIFY(config.resolve({}, QProcessEnvironment(), settings));
        QCOMPARE(config.listingCategories(),
                 (QStringList{QStringLiteral("cs.LG"), QStringLiteral("math"), QStringLiteral("hep-th")}));
        QVERIFY(config.listingCrossLists());
    }

    void badValuesAreNamedWhereTheyCameFrom_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("option url") << QStringLiteral("arxiv-api") << QString() << QString()
                                    << QStringLiteral("nowhere")
                                    << QStringLiteral("--arxiv-api is not a URL: nowhere");
        QTest::newRow("option listing url")
            << QStringLiteral("arxiv-listing-url") << QString() << QString() << QStringLiteral("rss/")
            << QStringLiteral("--arxiv-listing-url is not a URL: rss/");
        QTest::newRow("option empty library")
            << QStringLiteral("db") << QString() << QString() << QString() << QStringLiteral("--db is empty");
        QTest::newRow("negative interval variable")
            << QString() << QStringLiteral("DIGEST_ARXIV_INTERVAL_MS") << QString() << QStringLiteral("-5")
            << QStringLiteral("DIGEST_ARXIV_INTERVAL_MS is not a number of milliseconds: -5");
        QTest::newRow("listing url variable")
            << QString() << QStringLiteral("DIGEST_ARXIV_LISTING_URL") << QString() << QStringLiteral("::")
            << QStringLiteral("DIGEST_ARXIV_LISTING_URL is not a URL: ::");
        QTest::newRow("saved interval")
            << QString() << QString() << QStringLiteral("Arxiv/intervalMs") << QStringLiteral("soon")
            << QStringLiteral("the saved setting Arxiv/intervalMs (in ");
        QTest::newRow("saved batch size")
            << QString() << QString() << QStringLiteral("Arxiv/batchSize") << QStringLiteral("0")
            << QStringLiteral("is not a whole number of 1 or more: 0");
        QTest::newRow("saved flag") << QString() << QString() << QStringLiteral("Arxiv/listingCrossLists")
                                    << QStringLiteral("maybe")
                                    << QStringLiteral("is not true or false: maybe");
    }

    void badValuesAreNamedWhereTheyCameFrom()
    {
        QFETCH(QString, option);
        QFETCH(QString, variable);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QHash<QString, QString> options;
        if (!option.isEmpty())
            options.insert(option, value);
        QProcessEnvironment env;
        if (!variable.isEmpty())
            env.insert(variable, value);
        const QString file = key.isEmpty() ? savedFile() : savedFile({{key, value}});
        bool ok = true;
        const LaunchConfig config = resolved(options, env, file, &ok);
        QVERIFY(!ok);
        QCOMPARE(config.errors().size(), 1);
        QVERIFY2(config.errors().first().contains(message), qPrintable(config.errors().first()));
        if (!key.isEmpty())
            QVERIFY2(config.errors().first().contains(file), qPrintable(config.errors().first()));
    }

    void aBadValueKeepsItsDefaultAndTheOthersResolve()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DIGEST_ARXIV_INTERVAL_MS"), QStringLiteral("soon"));
        env.insert(QStringLiteral("DIGEST_ARXIV_API"), QStringLiteral("http://127.0.0.1:9/api"));
        bool ok = true;
        const LaunchConfig config = resolved({}, env, savedFile(), &ok);
        QVERIFY(!ok);
        QCOMPARE(config.arxivIntervalMs(), SettingsKeys::ArxivIntervalMs.defaultValue());
        QCOMPARE(config.arxivApiUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/api")));
    }

    void emptyVariablesAndSavedTextCountAsUnset()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DIGEST_DB"), QString());
        bool ok = false;
        const LaunchConfig config =
            resolved({}, env, savedFile({{QStringLiteral("Library/location"), QString()}}), &ok);
        QVERIFY(ok);
        QCOMPARE(config.libraryLocation(), AppInfo::defaultLibraryLocation());
    }

    void theGuiParserGetsTheSameOptions()
    {
        QCommandLineParser parser;
        parser.addOptions(LaunchConfig::commandLineOptions());
        QVERIFY(parser.parse({QStringLiteral("digest-studio"), QStringLiteral("--db"),
                              QStringLiteral("/x.sqlite"),
                              QStringLiteral("--arxiv-listing-url=http://127.0.0.1:2/rss/")}));
        const QHash<QString, QString> options = LaunchConfig::optionValues(parser);
        QCOMPARE(options.size(), 2);
        LaunchConfig config;
        QVERIFY(config.resolve(options, QProcessEnvironment(), QSettings(savedFile(), QSettings::IniFormat)));
        QCOMPARE(config.libraryLocation(), QStringLiteral("/x.sqlite"));
        QCOMPARE(config.arxivListingUrl(), QUrl(QStringLiteral("http://127.0.0.1:2/rss/")));
        QStringList names;
        for (const QCommandLineOption &option : LaunchConfig::commandLineOptions())
            names += option.names();
        QCOMPARE(names, (QStringList{QStringLiteral("db"), QStringLiteral("arxiv-api"),
                                     QStringLiteral("arxiv-interval-ms"), QStringLiteral("arxiv-listing-url"),
                                     QStringLiteral("arxiv-site"), QStringLiteral("fulltext-timeout"),
                                     QStringLiteral("wechat-api"), QStringLiteral("wechat-timeout"),
                                     QStringLiteral("llm-url"), QStringLiteral("llm-model"),
                                     QStringLiteral("llm-timeout")}));
    }

    // The drafting rows: option > variable > saved setting > default; the key is never a setting.
    void draftSettings()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DIGEST_LLM_URL"), QStringLiteral("http://127.0.0.1:8/v1"));
        env.insert(QStringLiteral("DIGEST_LLM_MODEL"), QStringLiteral("qwen-plus"));
        env.insert(QStringLiteral("DIGEST_LLM_API_KEY"), QStringLiteral("sk-env"));
        const QString file = savedFile({{QStringLiteral("Drafting/model"), QStringLiteral("saved-model")},
                                        {QStringLiteral("Drafting/temperature"), QStringLiteral("0.7")},
                                        {QStringLiteral("Drafting/concurrency"), 2},
                                        {QStringLiteral("Drafting/extraJson"),
                                         QStringLiteral("{\"thinking\":{\"type\":\"disabled\"}}")}});
        bool ok = false;
        LaunchConfig config =
            resolved({{QStringLiteral("llm-model"), QStringLiteral("deepseek-chat")}}, env, file, &ok);
        QVERIFY(ok);
        DraftSettings s = config.draftSettings();
        QCOMPARE(s.provider, QStringLiteral("openai"));
        QCOMPARE(s.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8/v1")));
        QCOMPARE(s.model, QStringLiteral("deepseek-chat"));
        QCOMPARE(s.temperature, 0.7);
        QCOMPARE(s.concurrency, 2);
        QCOMPARE(s.maxTokens, SettingsKeys::DraftMaxTokens.defaultValue());
        QCOMPARE(
            s.extraJson.value(QStringLiteral("thinking")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("disabled"));
        QVERIFY(s.apiKey.isEmpty()); // DraftKey::resolve() finds it, not the configuration
        QCOMPARE(DraftKey::resolve(s.provider, env), QStringLiteral("sk-env"));
        QCOMPARE(DraftKey::resolve(s.provider, QProcessEnvironment()), QString());

        // DeepL without a URL of its own: its free API, not the local default.
        env = QProcessEnvironment();
        env.insert(QStringLiteral("DIGEST_LLM_PROVIDER"), QStringLiteral("deepl"));
        s = resolved({}, env, savedFile(), &ok).draftSettings();
        QCOMPARE(s.provider, QStringLiteral("deepl"));
        QCOMPARE(s.baseUrl, QUrl(QStringLiteral("https://api-free.deepl.com")));
        QCOMPARE(DraftKey::secretName(s.provider), QStringLiteral("deepl-api-key"));

        // Bad values are named and keep their defaults.
        config = resolved({}, QProcessEnvironment(),
                          savedFile({{QStringLiteral("Drafting/extraJson"), QStringLiteral("[1]")},
                                     {QStringLiteral("Drafting/temperature"), QStringLiteral("-1")}}),
                          &ok);
        QVERIFY(!ok);
        QCOMPARE(config.errors().size(), 2);
        QVERIFY(
            config.errors().join(QLatin1Char('\n')).contains(QStringLiteral("is not a JSON object: [1]")));
        QVERIFY(
            config.errors().join(QLatin1Char('\n')).contains(QStringLiteral("is not a number of 0 or more")));
        QVERIFY(config.draftSettings().extraJson.isEmpty());
    }

    // The overall deadlines of a drafting request and of a WeChat call: option > variable > saved setting >
    // default (180 s and 120 s), in seconds, and nothing that is not a whole number of 1 or more.
    void deadlines_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<int>("defaultSeconds");
        QTest::newRow("drafting") << QStringLiteral("llm-timeout") << QStringLiteral("DIGEST_LLM_TIMEOUT_S")
                                  << QStringLiteral("Drafting/deadlineSeconds") << 180;
        QTest::newRow("WeChat") << QStringLiteral("wechat-timeout")
                                << QStringLiteral("DIGEST_WECHAT_TIMEOUT_S")
                                << QStringLiteral("WeChat/deadlineSeconds") << 120;
    }

    void deadlines()
    {
        QFETCH(QString, option);
        QFETCH(QString, variable);
        QFETCH(QString, saved);
        QFETCH(int, defaultSeconds);
        const bool drafting = option == QLatin1String("llm-timeout");
        const auto deadline = [drafting](const LaunchConfig &config) {
            return drafting ? config.draftSettings().deadlineMs : config.wechatDeadlineMs();
        };
        QProcessEnvironment env;
        env.insert(variable, QStringLiteral("30"));
        const QString file = savedFile({{saved, 40}});
        bool ok = false;
        QCOMPARE(deadline(resolved({}, QProcessEnvironment(), savedFile(), &ok)), defaultSeconds * 1000);
        QCOMPARE(deadline(resolved({}, QProcessEnvironment(), file, &ok)), 40000);
        QCOMPARE(deadline(resolved({}, env, file, &ok)), 30000);
        QCOMPARE(deadline(resolved({{option, QStringLiteral("2")}}, env, file, &ok)), 2000);
        QVERIFY(ok);
        const LaunchConfig refused = resolved({{option, QStringLiteral("0")}}, env, file, &ok);
        QVERIFY(!ok);
        QCOMPARE(refused.errors(), QStringList{QStringLiteral("--") + option +
                                               QStringLiteral(" is not a whole number of 1 or more: 0")});
        QCOMPARE(deadline(refused), defaultSeconds * 1000);
    }

    void helpNamesTheVariableAndTheDefault()
    {
        for (const LaunchConfig::Setting &setting : LaunchConfig::settings()) {
            if (setting.key != SettingsKeys::ArxivListingUrl.name())
                continue;
            const QString help = LaunchConfig::helpText(setting);
            QVERIFY2(help.contains(QStringLiteral("$DIGEST_ARXIV_LISTING_URL")), qPrintable(help));
            QVERIFY2(help.contains(SettingsKeys::ArxivListingUrl.defaultValue()), qPrintable(help));
            return;
        }
        QFAIL("no listing URL setting");
    }

    // Regression: http:// was accepted for the WeChat API and the drafting model, so the AppSecret and
    // keys could travel in clear text. Refused for another machine, named where the value came from; http://
    // to this machine (Ollama, llama.cpp, test servers) stays.
    void cleartextUrlsForSecretsAreRefused_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("--llm-url") << QStringLiteral("llm-url") << QString() << QString()
                                   << QStringLiteral("http://api.deepseek.com/v1")
                                   << QStringLiteral("--llm-url would send keys in clear text: use https://");
        QTest::newRow("$DIGEST_WECHAT_API")
            << QString() << QStringLiteral("DIGEST_WECHAT_API") << QString()
            << QStringLiteral("http://api.weixin.qq.com")
            << QStringLiteral("DIGEST_WECHAT_API would send keys in clear text");
        QTest::newRow("--wechat-api on a LAN address")
            << QStringLiteral("wechat-api") << QString() << QString()
            << QStringLiteral("http://192.168.1.20:8080")
            << QStringLiteral("--wechat-api would send keys in clear text");
        QTest::newRow("saved Drafting/url") << QString() << QString() << QStringLiteral("Drafting/url")
                                            << QStringLiteral("http://10.0.0.5:8000/v1")
                                            << QStringLiteral("the saved setting Drafting/url (in ");
        QTest::newRow("saved OpenAlex/url (the key goes in its query)")
            << QString() << QString() << QStringLiteral("OpenAlex/url")
            << QStringLiteral("http://api.openalex.org") << QStringLiteral("would send keys in clear text");
    }

    void cleartextUrlsForSecretsAreRefused()
    {
        QFETCH(QString, option);
        QFETCH(QString, variable);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QHash<QString, QString> options;
        if (!option.isEmpty())
            options.insert(option, value);
        QProcessEnvironment env;
        if (!variable.isEmpty())
            env.insert(variable, value);
        bool ok = true;
        const LaunchConfig config =
            resolved(options, env, key.isEmpty() ? savedFile() : savedFile({{key, value}}), &ok);
        QVERIFY(!ok);
        QCOMPARE(config.errors().size(), 1);
        QVERIFY2(config.errors().first().contains(message), qPrintable(config.errors().first()));
        QCOMPARE(config.wechatApiUrl(), QUrl(SettingsKeys::WeChatApiUrl.defaultValue()));
        QCOMPARE(config.draftSettings().baseUrl, QUrl(SettingsKeys::DraftUrl.defaultValue()));
    }

    void loopbackAndHttpsAreAccepted_data()
    {
        QTest::addColumn<QString>("url");
        for (const char *url :
             {"http://127.0.0.1:11434/v1", "http://127.9.8.7/v1", "http://[::1]:8080/v1",
              "http://localhost:8000/v1", "HTTP://LOCALHOST/v1", "https://api.deepseek.com/v1"})
            QTest::newRow(url) << QString::fromLatin1(url);
    }

    void loopbackAndHttpsAreAccepted()
    {
        QFETCH(QString, url);
        bool ok = false;
        const LaunchConfig config =
            resolved({{QStringLiteral("llm-url"), url}, {QStringLiteral("wechat-api"), url}},
                     QProcessEnvironment(), savedFile(), &ok);
        QVERIFY2(ok, qPrintable(config.errors().join(QLatin1Char('\n'))));
        QCOMPARE(config.draftSettings().baseUrl, QUrl(url));
        QCOMPARE(config.wechatApiUrl(), QUrl(url));
    }

    // Regression: a key typed into Drafting/url or Drafting/extraJson landed in the settings file;
    // such values are refused, and the message never repeats the key.
    void keysInTheDraftingSettingsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const QString url = QStringLiteral("the saved setting Drafting/url");
        QTest::newRow("a key in the query")
            << QStringLiteral("Drafting/url")
            << QStringLiteral("https://api.example.com/v1?api_key=Zq7mN2pQ8rS4tV6w") << url;
        QTest::newRow("a key as the password")
            << QStringLiteral("Drafting/url")
            << QStringLiteral("https://me:Zq7mN2pQ8rS4tV6w@api.example.com/v1") << url;
        QTest::newRow("a key in the path")
            << QStringLiteral("Drafting/url")
            << QStringLiteral("https://api.example.com/sk-proj-Zq7mN2pQ8rS4tV6w/v1") << url;
        QTest::newRow("an api_key member")
            << QStringLiteral("Drafting/extraJson") << QStringLiteral("{\"api_key\": \"Zq7mN2pQ8rS4tV6w\"}")
            << QStringLiteral("holds what looks like a key (the member api_key)");
        QTest::newRow("an Authorization header, nested")
            << QStringLiteral("Drafting/extraJson")
            << QStringLiteral("{\"extra_headers\": {\"Authorization\": \"Zq7mN2pQ8rS4tV6w\"}}")
            << QStringLiteral("(the member extra_headers.Authorization)");
        QTest::newRow("a Bearer value under any name")
            << QStringLiteral("Drafting/extraJson")
            << QStringLiteral("{\"user\": \"Bearer Zq7mN2pQ8rS4tV6w\"}")
            << QStringLiteral("(the member user)");
        QTest::newRow("an sk- key under any name")
            << QStringLiteral("Drafting/extraJson") << QStringLiteral("{\"x\": [\"sk-Zq7mN2pQ8rS4tV6wXy\"]}")
            << QStringLiteral("(the member x[0])");
    }

    void keysInTheDraftingSettingsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        bool ok = true;
        const LaunchConfig config = resolved({}, QProcessEnvironment(), savedFile({{key, value}}), &ok);
        QVERIFY(!ok);
        QCOMPARE(config.errors().size(), 1);
        const QString error = config.errors().first();
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("looks like a key")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("Zq7mN2pQ8rS4tV6w")), qPrintable(error));
    }

    // A refused URL is named without its password or query (like any printed URL).
    void aRefusedUrlIsShownWithoutItsSecrets()
    {
        bool ok = true;
        const LaunchConfig config = resolved(
            {{QStringLiteral("arxiv-api"), QStringLiteral("http://me:s3cret@ex ample/api?token=hunter22")}},
            QProcessEnvironment(), savedFile(), &ok);
        QVERIFY(!ok);
        const QString error = config.errors().join(QLatin1Char('\n'));
        QVERIFY2(error.contains(QStringLiteral("--arxiv-api is not a URL: http://me@ex ample/api")),
                 qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("s3cret")));
        QVERIFY(!error.contains(QStringLiteral("hunter22")));
    }
};

QTEST_GUILESS_MAIN(TestLaunchConfig)
#include "tst_launchconfig.moc"
