// digest-studio: the GUI (design.md). Takes --db LOCATION and --lang LANGUAGE; honours $DIGEST_DB.
#include "appinfo.h"
#include "guiresources.h"
#include "mainwindow.h"
#include "settingskeys.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcessEnvironment>

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
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = DigestStudio::SettingsKeys::InterfaceLanguage.value();
    DigestStudio::Translations::install(&app, language);

    QString location = parser.value(dbOption);
    if (location.isEmpty())
        location = QProcessEnvironment::systemEnvironment().value(QStringLiteral("DIGEST_DB"));
    if (location.isEmpty())
        location = DigestStudio::SettingsKeys::LibraryLocation.value();
    if (location.isEmpty())
        location = DigestStudio::AppInfo::defaultLibraryLocation();

    DigestStudio::MainWindow window(location);
    window.show();
    return QApplication::exec();
}
