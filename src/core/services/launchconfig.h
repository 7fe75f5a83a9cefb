// The launch settings of both faces, resolved one way: the command-line option, then the environment, then
// the saved setting (the GUI's QSettings), then the default (SettingsKeys).
#pragma once

#include "drafting/draftsettings.h"
#include "util/settingskey.h"

#include <QCommandLineOption>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>
#include <QVector>

class QCommandLineParser;
class QSettings;

namespace DigestStudio {

class LaunchConfig final
{
public:
    // What a valid value looks like.
    enum class Kind {
        Text,
        Location,     // a library: SQLite file path or postgresql://...
        Url,          // absolute, with a scheme
        SecretUrl,    // a URL keys travel to: https (http only to this machine), no key in it
        Milliseconds, // a whole number, 0 or more
        Count,        // a whole number, 0 or more
        Positive,     // a whole number, 1 or more
        List,         // comma- or space-separated words
        Flag,         // true/false, yes/no, on/off, 1/0
        Number,       // a decimal number, 0 or more
        JsonObject    // a JSON object without a key in it, or nothing
    };
    // Where a resolved value came from.
    enum class Source { Default, Setting, Environment, Option };

    // One launch setting: the saved key and its default, and the option and variable that override it.
    struct Setting
    {
        QString key; // the QSettings key (SettingsKeys)
        QVariant defaultValue;
        Kind kind = Kind::Text;
        QString option;      // without dashes (`arxiv-api`); empty when there is none
        QString environment; // `DIGEST_ARXIV_API`; empty when there is none
        QString valueName;   // `URL`, as the help shows the option's value
        QString help;        // what it is, for --help
    };

    // Every launch setting; those with an option in the order --help lists them. A new setting is one more
    // line in launchconfig.cpp.
    static const QVector<Setting> &settings();
    // `SQLite file path ... (default: $DIGEST_DB, else the saved setting, else ...)`: a setting's help line.
    static QString helpText(const Setting &setting);
    // The options of settings() for a QCommandLineParser (the GUI's).
    static QList<QCommandLineOption> commandLineOptions();
    // The values a parser holding commandLineOptions() was given, by option name.
    static QHash<QString, QString> optionValues(const QCommandLineParser &parser);

    // Every setting at its default.
    LaunchConfig() = default;

    // Resolves every setting from `options` (by option name, as given), then `environment`, then `saved`,
    // then the default. A value that is not valid is an error naming the option, variable or setting and
    // leaves that setting at its default; the others still resolve. False when there was any error.
    bool resolve(const QHash<QString, QString> &options, const QProcessEnvironment &environment,
                 const QSettings &saved);
    // What resolve() refused, one message each (`--arxiv-api is not a URL: nowhere`).
    QStringList errors() const { return m_errors; }

    // Moves secrets older versions kept in the settings file (the OpenAlex key) into the keychain and out of
    // the file; both faces call it once before resolve(). Touches the keychain only when there is one to
    // move.
    static void moveSecretsToKeychain(QSettings &saved);

    template<typename T>
    T value(const SettingsKey<T> &key) const
    {
        const auto it = m_values.constFind(key.name());
        return it == m_values.constEnd() ? key.defaultValue() : it->template value<T>();
    }
    Source source(const QString &key) const { return m_sources.value(key, Source::Default); }
    // Sets a value as if an option had given it (already valid: no check).
    void set(const QString &key, const QVariant &value);

    // Typed views of the values both faces use.
    // The library: when nothing names one, the default file (AppInfo::defaultLibraryLocation()).
    QString libraryLocation() const;
    QUrl arxivApiUrl() const;
    int arxivIntervalMs() const;
    QUrl arxivListingUrl() const;
    // Where papers are read in full (--arxiv-site), and the deadline of one read (--fulltext-timeout).
    QUrl arxivSiteUrl() const;
    int fulltextDeadlineMs() const;
    QStringList listingCategories() const;
    QUrl wechatApiUrl() const;
    // The overall deadline of one WeChat API call (--wechat-timeout), in milliseconds.
    int wechatDeadlineMs() const;
    // `seconds` (1 or more) in milliseconds, at most what an int holds.
    static int deadlineMs(int seconds);
    bool listingCrossLists() const;
    // The drafting settings, without the key (DraftKey::resolve() is the one place that finds it).
    DraftSettings draftSettings() const;

private:
    // Checks `raw` against the setting's kind; the value to keep, or an invalid QVariant and `problem`.
    static QVariant convert(const Setting &setting, const QVariant &raw, QString *problem);
    void take(const Setting &setting, const QVariant &raw, Source source, const QString &name);

    QHash<QString, QVariant> m_values;
    QHash<QString, Source> m_sources;
    QStringList m_errors;
};

} // namespace DigestStudio
