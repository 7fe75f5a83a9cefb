// digestctl: the command-line face of digestcore (design.md, "The command-line contract").
#include "ctlrunner.h"
#include "util/appinfo.h"
#include "util/compat.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The WeChat cover's title card draws text, which needs a QGuiApplication; a command line has no
    // windows, so the offscreen platform unless one is chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    DigestStudio::AppInfo::applyIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    DigestStudio::Compat::setUtf8(out);
    DigestStudio::Compat::setUtf8(err);
    DigestStudio::CtlRunner runner(out, err);
    return runner.run(QCoreApplication::arguments().mid(1));
}
