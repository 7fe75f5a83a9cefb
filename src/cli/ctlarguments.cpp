#include "ctlarguments.h"

namespace DigestStudio {

CtlArguments &CtlArguments::addFlag(const QStringList &names)
{
    for (const QString &name : names)
        m_flagNames.insert(name, names.first());
    return *this;
}

CtlArguments &CtlArguments::addOption(const QString &name)
{
    m_options.append(name);
    return *this;
}

CtlArguments &CtlArguments::stopAtFirstPositional()
{
    m_stopAtPositional = true;
    return *this;
}

QString CtlArguments::canonical(const QString &name, bool *takesValue) const
{
    *takesValue = m_options.contains(name);
    if (*takesValue)
        return name;
    return m_flagNames.value(name);
}

bool CtlArguments::fail(Error error, const QString &argument)
{
    m_error = error;
    m_offending = argument;
    return false;
}

bool CtlArguments::parse(const QStringList &arguments)
{
    m_set.clear();
    m_values.clear();
    m_positional.clear();
    m_error = Error::None;
    m_offending.clear();
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            m_positional += arguments.mid(i + 1);
            return true;
        }
        // Only `--name` and the short names declared are options: `-5` or `-` stay positional.
        const bool looksLikeOption = (argument.startsWith(QLatin1String("--")) && argument.size() > 2) ||
                                     m_flagNames.contains(argument);
        if (!looksLikeOption) {
            if (m_stopAtPositional) {
                m_positional += arguments.mid(i);
                return true;
            }
            m_positional.append(argument);
            continue;
        }
        const int eq = static_cast<int>(argument.indexOf(QLatin1Char('=')));
        const QString name = eq > 0 ? argument.left(eq) : argument;
        bool takesValue = false;
        const QString known = canonical(name, &takesValue);
        if (known.isEmpty())
            return fail(Error::UnknownOption, argument);
        if (!takesValue) {
            if (eq > 0)
                return fail(Error::UnexpectedValue, name);
            if (!m_set.contains(known))
                m_set.append(known);
            continue;
        }
        if (eq < 0 && i + 1 >= arguments.size())
            return fail(Error::MissingValue, name);
        m_values.insert(known, eq > 0 ? argument.mid(eq + 1) : arguments.at(++i));
        if (!m_set.contains(known))
            m_set.append(known);
    }
    return true;
}

bool CtlArguments::isSet(const QString &name) const
{
    bool takesValue = false;
    const QString known = canonical(name, &takesValue);
    return !known.isEmpty() && m_set.contains(known);
}

QString CtlArguments::value(const QString &name) const
{
    return m_values.value(name);
}

QHash<QString, QString> CtlArguments::values() const
{
    QHash<QString, QString> values;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it)
        values.insert(it.key().mid(2), it.value());
    return values;
}

QString CtlArguments::errorText() const
{
    switch (m_error) {
    case Error::None:
        return QString();
    case Error::UnknownOption:
        return QStringLiteral("unknown option ") + m_offending;
    case Error::MissingValue:
        return QStringLiteral("option ") + m_offending + QStringLiteral(" needs a value");
    case Error::UnexpectedValue:
        return QStringLiteral("option ") + m_offending + QStringLiteral(" takes no value");
    }
    return QString();
}

} // namespace DigestStudio
