// digest-studio: the GUI (design.md). Takes --db LOCATION and --lang LANGUAGE; honours $DIGEST_DB.
#include "app/appearance.h"
#include "app/guiresources.h"
#include "app/mainwindow.h"
#include "app/translations.h"
#include "arxiv/arxivclient.h"
#include "util/appinfo.h"
#include "util/settingskeys.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcessEnvironment>
#include <QUrl>

int main(int argc, char *argv[])
{
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    QApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
#endif
    QApplication app(argc, argv);
    DigestStudio::AppInfo::applyIdentity();
    DigestStudio::GuiResources::init();
    QApplication::setApplicationDisplayName(QStringLiteral("Digest Studio"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.digest_studio.DigestStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/digest-studio.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Curation editor for daily Chinese digests of new arXiv papers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Library: SQLite file path or postgresql://user:pass@host:port/db."),
        QStringLiteral("LOCATION"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language, e.g. zh_CN or en."),
                                        QStringLiteral("LANGUAGE"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QStringLiteral("Interface theme: system, light or dark."),
                                         QStringLiteral("THEME"));
    const QCommandLineOption apiOption(
        QStringLiteral("arxiv-api"),
        QStringLiteral("arXiv API endpoint (default: $DIGEST_ARXIV_API, else the "
                       "setting, else https://export.arxiv.org/api/query)."),
        QStringLiteral("URL"));
    const QCommandLineOption intervalOption(
        QStringLiteral("arxiv-interval-ms"),
        QStringLiteral(
            "Milliseconds between arXiv requests (default: $DIGEST_ARXIV_INTERVAL_MS, else 3000)."),
        QStringLiteral("N"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(themeOption);
    parser.addOption(apiOption);
    parser.addOption(intervalOption);
    parser.process(app);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    const QString theme = parser.isSet(themeOption) ? parser.value(themeOption)
                                                    : DigestStudio::SettingsKeys::InterfaceTheme.value();
    DigestStudio::Appearance::apply(DigestStudio::Appearance::fromName(theme));

    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = DigestStudio::SettingsKeys::InterfaceLanguage.value();
    DigestStudio::Translations::install(&app, language);

    QString location = parser.value(dbOption);
    if (location.isEmpty())
        location = environment.value(QStringLiteral("DIGEST_DB"));
    if (location.isEmpty())
        location = DigestStudio::SettingsKeys::LibraryLocation.value();
    if (location.isEmpty())
        location = DigestStudio::AppInfo::defaultLibraryLocation();

    DigestStudio::MainWindow window(location);
    // The same overrides as digestctl, so a script or a test can point the GUI at a loopback arXiv.
    QString api = parser.value(apiOption);
    if (api.isEmpty())
        api = environment.value(QStringLiteral("DIGEST_ARXIV_API"));
    if (!api.isEmpty())
        window.arxivClient()->setApiUrl(QUrl(api));
    QString interval = parser.value(intervalOption);
    if (interval.isEmpty())
        interval = environment.value(QStringLiteral("DIGEST_ARXIV_INTERVAL_MS"));
    bool ok = false;
    const int intervalMs = interval.toInt(&ok);
    if (ok && intervalMs >= 0)
        window.arxivClient()->setIntervalMs(intervalMs);
    window.show();
    return QApplication::exec();
}
