// digestctl's dispatcher: reads the global options, finds the command in the table, checks its options and
// arguments against the declaration, resolves the launch configuration (option > environment > the GUI's
// saved setting > default) and runs the handler with the context (no display needed).
#pragma once

#include "ctlcontext.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace DigestStudio {

class CtlArguments;
class CtlCommand;

class CtlRunner final
{
public:
    // `environment` supplies DIGEST_DB, DIGEST_ARXIV_API and the other variables of LaunchConfig; the saved
    // settings are the application's QSettings.
    CtlRunner(QTextStream &out, QTextStream &err,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // `arguments` excludes the program name. Returns the process exit status.
    int run(const QStringList &arguments);

    // Whether the command `arguments` name draws images (main() starts a QGuiApplication for it).
    static bool drawsImages(const QStringList &arguments);

private:
    // The command the arguments after the global options name, and its own arguments in `rest`; null after
    // a usage error (`status` 2) or after the help it asked for (`status` 0).
    const CtlCommand *findCommand(const QStringList &words, QStringList *rest, int *status);
    // Parses `rest` against the declaration: options, the number of arguments, required options.
    bool parseArguments(const CtlCommand &command, const QStringList &rest, CtlArguments *parsed);
    int runCommand(const CtlCommand &command, const CtlArguments &parsed,
                   const QHash<QString, QString> &global);

    QTextStream &m_out;
    QTextStream &m_err;
    QProcessEnvironment m_environment;
};

} // namespace DigestStudio
