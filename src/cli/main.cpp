// digestctl: the command-line face of digestcore (design.md, "The command-line contract").
#include "ctlrunner.h"
#include "util/appinfo.h"
#include "util/compat.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    DigestStudio::AppInfo::applyIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    DigestStudio::Compat::setUtf8(out);
    DigestStudio::Compat::setUtf8(err);
    DigestStudio::CtlRunner runner(out, err);
    return runner.run(QCoreApplication::arguments().mid(1));
}
