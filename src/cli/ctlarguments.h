// digestctl's one argument parser, for the global options and every command: options as `--name value` or
// `--name=value`, flags, positional arguments, `--` to end the options, and the contract's usage messages.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace DigestStudio {

class CtlArguments final
{
public:
    enum class Error { None, UnknownOption, MissingValue, UnexpectedValue };

    // A flag with its names (`{"-h", "--help"}`); isSet() knows it by any of them.
    CtlArguments &addFlag(const QStringList &names);
    // An option that takes a value (`--title`).
    CtlArguments &addOption(const QString &name);
    // Everything from the first positional argument on is left as it is (the runner: the command and its
    // arguments).
    CtlArguments &stopAtFirstPositional();

    // False on an unknown option, an option without its value or a flag given one; errorText() says which.
    bool parse(const QStringList &arguments);

    bool isSet(const QString &name) const;
    // The value of an option (the last one given); null when it was not given.
    QString value(const QString &name) const;
    // The options given, by name without the dashes (`title` → `Friday`).
    QHash<QString, QString> values() const;
    QStringList positional() const { return m_positional; }

    Error error() const { return m_error; }
    // The argument the error is about (`--colour`).
    QString offending() const { return m_offending; }
    // `unknown option --colour`, `option --db needs a value`, `option --json takes no value`.
    QString errorText() const;

private:
    // The canonical name of a flag or option given as `name`; empty when unknown.
    QString canonical(const QString &name, bool *takesValue) const;
    bool fail(Error error, const QString &argument);

    QHash<QString, QString> m_flagNames; // every name of a flag → its first name
    QStringList m_options;
    bool m_stopAtPositional = false;

    QStringList m_set;
    QHash<QString, QString> m_values;
    QStringList m_positional;
    Error m_error = Error::None;
    QString m_offending;
};

} // namespace DigestStudio
