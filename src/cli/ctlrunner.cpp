#include "ctlrunner.h"

#include "ctlarguments.h"
#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "ctlhelp.h"
#include "ctlmanpage.h"
#include "services/launchconfig.h"

#include <QSettings>

namespace DigestStudio {

namespace {

// The global options: the launch settings that have one, help, version and the hidden --man.
CtlArguments globalParser()
{
    CtlArguments global;
    global.addFlag({QStringLiteral("-h"), QStringLiteral("--help")})
        .addFlag({QStringLiteral("-v"), QStringLiteral("--version")})
        .addFlag({QStringLiteral("--man")})
        .stopAtFirstPositional();
    for (const LaunchConfig::Setting &setting : LaunchConfig::settings()) {
        if (!setting.option.isEmpty())
            global.addOption(QStringLiteral("--") + setting.option);
    }
    return global;
}

bool asksForHelp(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            return false;
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h"))
            return true;
    }
    return false;
}

// Where the sub-command is among `arguments`: the first that is not an option of the family (nor the value
// of one), so that `publish --force wechat 3` reads as `publish wechat 3 --force`. -1 when there is none.
int subCommandIndex(const QStringList &arguments, const QVector<const CtlCommand *> &family)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!argument.startsWith(QLatin1String("--")) || argument.size() <= 2)
            return i;
        if (argument.contains(QLatin1Char('=')))
            continue;
        for (const CtlCommand *command : family) {
            const CtlOption *option = command->option(argument);
            if (option && !option->isFlag()) {
                ++i; // its value
                break;
            }
        }
    }
    return -1;
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace

CtlRunner::CtlRunner(QTextStream &out, QTextStream &err, const QProcessEnvironment &environment)
    : m_out(out)
    , m_err(err)
    , m_environment(environment)
{}

bool CtlRunner::drawsImages(const QStringList &arguments)
{
    CtlArguments global = globalParser();
    if (!global.parse(arguments) || global.positional().isEmpty())
        return false;
    const QStringList words = global.positional();
    for (const CtlCommand *command : CtlCommandTable::instance().family(words.first())) {
        if (command->drawsImages(words.mid(1)))
            return true;
    }
    return false;
}

const CtlCommand *CtlRunner::findCommand(const QStringList &words, QStringList *rest, int *status)
{
    const CtlCommandTable &table = CtlCommandTable::instance();
    const QString name = words.first();
    const QVector<const CtlCommand *> family = table.family(name);
    if (family.isEmpty()) {
        *status = CtlHelp::usageError(m_err, QStringLiteral("unknown command ") + quoted(name), {});
        return nullptr;
    }
    *rest = words.mid(1);
    if (family.first()->subName().isEmpty())
        return family.first();

    const int at = subCommandIndex(*rest, family);
    const CtlCommand *command = at < 0 ? nullptr : table.find(name, rest->at(at));
    if (command) {
        rest->removeAt(at);
        return command;
    }
    // The family's help, or the one usage error for a missing or unknown sub-command.
    if (asksForHelp(*rest)) {
        m_out << CtlHelp::commandHelp(family);
        *status = CtlOk;
        return nullptr;
    }
    QStringList subNames;
    for (const CtlCommand *row : family)
        subNames.append(row->subName());
    const QString choices = subNames.join(QStringLiteral(", "));
    const QString message =
        at < 0 ? QString(name + QStringLiteral(" needs one of: ") + choices)
               : QString(QStringLiteral("unknown ") + name + QStringLiteral(" command ") +
                         quoted(rest->at(at)) + QStringLiteral(" (one of: ") + choices + QLatin1Char(')'));
    *status = CtlHelp::usageError(m_err, message, family);
    return nullptr;
}

bool CtlRunner::parseArguments(const CtlCommand &command, const QStringList &rest, CtlArguments *parsed)
{
    QString problem;
    if (command.parse(rest, parsed, &problem))
        return true;
    CtlHelp::usageError(m_err, problem, {&command});
    return false;
}

int CtlRunner::run(const QStringList &arguments)
{
    CtlArguments global = globalParser();
    if (!global.parse(arguments))
        return CtlHelp::usageError(m_err, global.errorText(), {});
    if (global.isSet(QStringLiteral("--help")) || global.isSet(QStringLiteral("--version")) ||
        global.isSet(QStringLiteral("--man"))) {
        m_out << (global.isSet(QStringLiteral("--help"))      ? CtlHelp::overview()
                  : global.isSet(QStringLiteral("--version")) ? CtlHelp::versionText() + QLatin1Char('\n')
                                                              : CtlManPage::text());
        m_out.flush();
        return CtlOk;
    }
    if (global.positional().isEmpty())
        return CtlHelp::usageError(m_err, QStringLiteral("no command given"), {});

    QStringList rest;
    int status = CtlUsage;
    const CtlCommand *command = findCommand(global.positional(), &rest, &status);
    if (!command) {
        m_out.flush();
        return status;
    }
    if (asksForHelp(rest)) {
        m_out << CtlHelp::commandHelp({command});
        m_out.flush();
        return CtlOk;
    }
    CtlArguments parsed;
    if (!parseArguments(*command, rest, &parsed))
        return CtlUsage;
    return runCommand(*command, parsed, global.values());
}

int CtlRunner::runCommand(const CtlCommand &command, const CtlArguments &parsed,
                          const QHash<QString, QString> &global)
{
    CtlContext context;
    context.out = &m_out;
    context.err = &m_err;
    context.environment = m_environment;
    if (command.readsSettings()) {
        {
            QSettings saved;
            LaunchConfig::moveSecretsToKeychain(saved);
        }
        if (!context.config.resolve(global, m_environment, QSettings()))
            return CtlHelp::usageError(m_err, context.config.errors().join(QStringLiteral("\ndigestctl: ")),
                                       {});
    }
    context.allowLibrary(command.needsLibrary());
    CtlCall call(context, command, parsed);
    const int status = command.handler()(call);
    m_out.flush();
    m_err.flush();
    return status;
}

} // namespace DigestStudio
