// digestctl: the command-line face of digestcore. The commands are the rows of the command table
// (ctlcommandtable.h); the runner dispatches them.
#include "ctlrunner.h"
#include "util/appinfo.h"
#include "util/compat.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    // Rendering long images and the WeChat cover's title card (or converting figures) needs fonts and image
    // plugins, so a QGuiApplication for the commands the table says draw; every other runs without one.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (DigestStudio::CtlRunner::drawsImages(arguments)) {
        // digestctl never shows a window: no display is needed (fonts come from fontconfig).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    DigestStudio::AppInfo::applyIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    DigestStudio::Compat::setUtf8(out);
    DigestStudio::Compat::setUtf8(err);
    DigestStudio::CtlRunner runner(out, err);
    return runner.run(QCoreApplication::arguments().mid(1));
}
