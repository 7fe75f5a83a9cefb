// digestctl's command dispatcher: resolves the launch configuration (option > environment > the GUI's saved
// setting > default) and runs one command (no display needed).
#pragma once

#include "ctlcontext.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace DigestStudio {

class CtlRunner final
{
public:
    using Handler = std::function<int(CtlContext &context, const QStringList &arguments)>;

    // `environment` supplies DIGEST_DB, DIGEST_ARXIV_API and the other variables of LaunchConfig; the saved
    // settings are the application's QSettings.
    CtlRunner(QTextStream &out, QTextStream &err,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // `arguments` excludes the program name. Returns the process exit status.
    int run(const QStringList &arguments);

    static QString usage();
    static QString versionText();

private:
    void registerCommands();
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QProcessEnvironment m_environment;
    QHash<QString, Handler> m_commands;
};

} // namespace DigestStudio
