// digestctl run inside the test (CtlRunner writing to strings), with scratch saved settings: what the CLI
// tests use where no separate process is needed.
#pragma once

#include "ctlrunner.h"
#include "util/appinfo.h"

#include <QProcessEnvironment>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace DigestStudio::Test {

struct CtlRun
{
    int status = -1;
    QString out;
    QString err;
};

// The machine's environment without any DIGEST_ variable, so only what a test sets counts.
inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("DIGEST_")))
            env.remove(name);
    }
    return env;
}

inline CtlRun runCtl(const QStringList &arguments, const QProcessEnvironment &env = cleanEnvironment())
{
    CtlRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CtlRunner runner(out, err, env);
    run.status = runner.run(arguments);
    return run;
}

// Makes $XDG_CONFIG_HOME `dir` and takes the application's identity, so QSettings() here, in digestctl and in
// the GUI name the same scratch file. Call before anything reads settings; true when the file is under `dir`.
inline bool useScratchSettings(const QString &dir)
{
    qputenv("XDG_CONFIG_HOME", dir.toLocal8Bit());
    AppInfo::applyIdentity();
    return QSettings().fileName().startsWith(dir);
}

} // namespace DigestStudio::Test
