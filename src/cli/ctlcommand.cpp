#include "ctlcommand.h"

#include "ctlarguments.h"

namespace DigestStudio {

QString CtlOption::synopsis() const
{
    return isFlag() ? name : name + QLatin1Char(' ') + valueName;
}

QString CtlArgument::synopsis() const
{
    switch (count) {
    case Count::One:
        return name;
    case Count::Optional:
        return QLatin1Char('[') + name + QLatin1Char(']');
    case Count::OneOrMore:
        return name + QStringLiteral("...");
    case Count::Any:
        return QLatin1Char('[') + name + QStringLiteral("...]");
    }
    return name;
}

CtlCommand::CtlCommand(const char *commandName, Handler run)
    : m_name(QString::fromUtf8(commandName))
    , m_handler(run)
{}

CtlCommand::CtlCommand(const char *commandName, const char *subCommand, Handler run)
    : m_name(QString::fromUtf8(commandName))
    , m_subName(QString::fromUtf8(subCommand))
    , m_handler(run)
{}

CtlCommand &CtlCommand::inSection(CtlSection group)
{
    m_section = group;
    return *this;
}

CtlCommand &CtlCommand::withSummary(const char *text)
{
    m_summary = QString::fromUtf8(text);
    return *this;
}

CtlCommand &CtlCommand::withHelp(const char *text)
{
    m_help = QString::fromUtf8(text);
    return *this;
}

CtlCommand &CtlCommand::withArgument(const char *argumentName, const char *text, CtlArgument::Count count)
{
    m_arguments.append({QString::fromUtf8(argumentName), QString::fromUtf8(text), count});
    return *this;
}

CtlCommand &CtlCommand::withOption(const char *optionName, const char *value, const char *text)
{
    m_options.append(
        {QString::fromUtf8(optionName), QString::fromUtf8(value), QString::fromUtf8(text), false});
    return *this;
}

CtlCommand &CtlCommand::withRequiredOption(const char *optionName, const char *value, const char *text)
{
    m_options.append(
        {QString::fromUtf8(optionName), QString::fromUtf8(value), QString::fromUtf8(text), true});
    return *this;
}

CtlCommand &CtlCommand::withFlag(const char *optionName, const char *text)
{
    m_options.append({QString::fromUtf8(optionName), QString(), QString::fromUtf8(text), false});
    return *this;
}

CtlCommand &CtlCommand::usingLibrary()
{
    m_needsLibrary = true;
    return *this;
}

CtlCommand &CtlCommand::usingLibraryWhenItOpens()
{
    m_needsLibrary = true;
    m_libraryOptional = true;
    return *this;
}

CtlCommand &CtlCommand::drawingImages(Draws when)
{
    m_drawsImages = true;
    m_drawsWhen = when;
    return *this;
}

bool CtlCommand::drawsImages(const QStringList &arguments) const
{
    return m_drawsImages && (!m_drawsWhen || m_drawsWhen(arguments));
}

CtlCommand &CtlCommand::withoutSettings()
{
    m_readsSettings = false;
    return *this;
}

CtlCommand &CtlCommand::withOptionValueName(const QString &optionName, const QString &value)
{
    for (CtlOption &o : m_options) {
        if (o.name == optionName)
            o.valueName = value;
    }
    return *this;
}

QString CtlCommand::fullName() const
{
    return m_subName.isEmpty() ? m_name : m_name + QLatin1Char(' ') + m_subName;
}

const CtlOption *CtlCommand::option(const QString &optionName) const
{
    for (const CtlOption &o : m_options) {
        if (o.name == optionName)
            return &o;
    }
    return nullptr;
}

QString CtlCommand::argumentSynopsis() const
{
    QStringList words;
    for (const CtlArgument &argument : m_arguments)
        words.append(argument.synopsis());
    return words.join(QLatin1Char(' '));
}

QStringList CtlCommand::synopsisUnits() const
{
    QStringList units{fullName()};
    for (const CtlArgument &argument : m_arguments)
        units.append(argument.synopsis());
    for (const CtlOption &o : m_options)
        units.append(o.required ? o.synopsis() : QLatin1Char('[') + o.synopsis() + QLatin1Char(']'));
    return units;
}

QString CtlCommand::synopsis() const
{
    return synopsisUnits().join(QLatin1Char(' '));
}

int CtlCommand::minArguments() const
{
    int count = 0;
    for (const CtlArgument &argument : m_arguments)
        count += argument.count == CtlArgument::Count::One || argument.count == CtlArgument::Count::OneOrMore;
    return count;
}

int CtlCommand::maxArguments() const
{
    int count = 0;
    for (const CtlArgument &argument : m_arguments) {
        if (argument.count == CtlArgument::Count::OneOrMore || argument.count == CtlArgument::Count::Any)
            return -1;
        ++count;
    }
    return count;
}

bool CtlCommand::parse(const QStringList &arguments, CtlArguments *parsed, QString *problem) const
{
    for (const CtlOption &option : m_options) {
        if (option.isFlag())
            parsed->addFlag({option.name});
        else
            parsed->addOption(option.name);
    }
    if (!parsed->parse(arguments)) {
        *problem = parsed->errorText();
        return false;
    }
    const QStringList positional = parsed->positional();
    const int most = maxArguments();
    if (positional.size() < minArguments()) {
        *problem = fullName() + QStringLiteral(" needs ") + argumentSynopsis();
        return false;
    }
    if (most >= 0 && positional.size() > most) {
        *problem = fullName() +
                   (most == 0 ? QStringLiteral(" takes no arguments")
                              : QStringLiteral(" takes ") + argumentSynopsis()) +
                   QStringLiteral(": unexpected argument '") + positional.at(most) + QLatin1Char('\'');
        return false;
    }
    for (const CtlOption &option : m_options) {
        if (option.required && !parsed->isSet(option.name)) {
            *problem = QStringLiteral("option ") + option.name + QStringLiteral(" is required");
            return false;
        }
    }
    return true;
}

} // namespace DigestStudio
