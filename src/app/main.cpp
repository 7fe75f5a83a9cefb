// digest-studio: the GUI. Takes --lang, --theme and the launch settings digestctl takes (--db, --arxiv-api,
// ...; LaunchConfig), honouring $DIGEST_DB and the other variables the same way. The configuration is
// resolved here, once, and handed to the window, which opens the library it names.
#include "app/appearance.h"
#include "app/mainwindow.h"
#include "app/translations.h"
#include "common/guiresources.h"
#include "services/launchconfig.h"
#include "services/settingskeys.h"
#include "util/appinfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcessEnvironment>
#include <QSettings>

#include <cstdio>

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
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language, e.g. zh_CN or en."),
                                        QStringLiteral("LANGUAGE"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QStringLiteral("Interface theme: system, light or dark."),
                                         QStringLiteral("THEME"));
    parser.addOption(langOption);
    parser.addOption(themeOption);
    // --db, --arxiv-api and the other launch settings, resolved exactly as digestctl resolves them.
    parser.addOptions(DigestStudio::LaunchConfig::commandLineOptions());
    parser.process(app);
    {
        QSettings saved;
        DigestStudio::LaunchConfig::moveSecretsToKeychain(saved);
    }
    DigestStudio::LaunchConfig config;
    if (!config.resolve(DigestStudio::LaunchConfig::optionValues(parser),
                        QProcessEnvironment::systemEnvironment(), QSettings())) {
        for (const QString &error : config.errors())
            std::fprintf(stderr, "digest-studio: %s\n", qPrintable(error));
        std::fprintf(stderr, "\n%s", qPrintable(parser.helpText()));
        return 2;
    }

    const QString theme = parser.isSet(themeOption) ? parser.value(themeOption)
                                                    : DigestStudio::SettingsKeys::InterfaceTheme.value();
    DigestStudio::Appearance::apply(DigestStudio::Appearance::fromName(theme));

    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = DigestStudio::SettingsKeys::InterfaceLanguage.value();
    DigestStudio::Translations::install(&app, language);

    DigestStudio::MainWindow window(config);
    window.show();
    return QApplication::exec();
}
