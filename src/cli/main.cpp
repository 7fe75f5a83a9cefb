// digestctl: the command-line face of digestcore (design.md, "The command-line contract").
#include "ctlrunner.h"
#include "util/appinfo.h"
#include "util/compat.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Rendering long images and the WeChat cover's title card (or converting figures) needs fonts and image
// plugins, so a QGuiApplication; every other command runs without one.
bool drawsImages(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "publish") == 0 || std::strcmp(argv[i], "--format=image") == 0 ||
            (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "image") == 0))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (drawsImages(argc, argv)) {
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
