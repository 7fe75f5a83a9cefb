// digestctl: the command-line face of digestcore (design.md, "The command-line contract").
#include "ctlrunner.h"
#include "util/appinfo.h"
#include "util/compat.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// `publish` draws the WeChat cover's title card, and text needs a QGuiApplication; every other command keeps
// the plain QCoreApplication (no platform plugin, nothing said on stderr).
bool drawsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "publish") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (drawsText(argc, argv)) {
        // A command line has no windows: the offscreen platform unless one is chosen.
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
