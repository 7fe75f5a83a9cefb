// One digestctl command as its file declares it, once: name (and sub-name), summary, help, arguments,
// options, whether it uses the library, and its handler. The runner, `--help`, `help COMMAND`, the usage
// errors and the man page are all made from these declarations.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

class CtlArguments;
class CtlCall;

// An option of a command: `--title TEXT`, or a flag (`--json`) when it has no value name.
struct CtlOption
{
    QString name;      // with its dashes: `--title`
    QString valueName; // `TEXT`; empty for a flag
    QString help;      // what it does, in plain words
    bool required = false;

    bool isFlag() const { return valueName.isEmpty(); }
    // `--title TEXT`, `--json`.
    QString synopsis() const;
};

// A positional argument: `DIGEST`, `[NOTE]`, `ID|URL...`, `[POSITION...]`.
struct CtlArgument
{
    enum class Count { One, Optional, OneOrMore, Any };

    QString name;
    QString help;
    Count count = Count::One;

    QString synopsis() const;
};

// The groups of the overview in `digestctl --help`, in this order.
enum class CtlSection { Papers, Digests, Posts, Drafting, Publishing, Suggestions, Team, Help };

class CtlCommand final
{
public:
    // Returns the exit status: 0 done, 1 failed (said on stderr), 2 usage.
    using Handler = int (*)(CtlCall &call);
    // Whether a run with these arguments (those after the name) draws.
    using Draws = bool (*)(const QStringList &arguments);

    // Texts are UTF-8 literals; the help of the whole program is plain ASCII so that the man page is clean.
    CtlCommand(const char *commandName, Handler run);
    // `glossary list`: a command with sub-commands declares one row per sub-command.
    CtlCommand(const char *commandName, const char *subCommand, Handler run);

    CtlCommand &inSection(CtlSection group);
    // One line for the overview: what the command does and prints.
    CtlCommand &withSummary(const char *text);
    // What `help COMMAND` and the man page say: paragraphs separated by a blank line.
    CtlCommand &withHelp(const char *text);
    CtlCommand &withArgument(const char *argumentName, const char *text,
                             CtlArgument::Count count = CtlArgument::Count::One);
    CtlCommand &withOption(const char *optionName, const char *value, const char *text);
    CtlCommand &withRequiredOption(const char *optionName, const char *value, const char *text);
    CtlCommand &withFlag(const char *optionName, const char *text);
    // The runner opens the library for it (CtlContext::library()) when the handler first asks.
    CtlCommand &usingLibrary();
    // The same for a command that goes on without it (CtlContext::tryLibrary(): a notice, not a failure).
    CtlCommand &usingLibraryWhenItOpens();
    // It draws (long images, the WeChat cover): digestctl starts a QGuiApplication on the offscreen platform
    // for it, always or when `when` says so (a Qt GUI application is slower to start, and says more).
    CtlCommand &drawingImages(Draws when = nullptr);
    // It reads no launch settings, so a broken saved setting does not stop it (help).
    CtlCommand &withoutSettings();
    // The values an option's name shows in the synopsis may change (the registered formats): late.
    CtlCommand &withOptionValueName(const QString &optionName, const QString &value);

    QString name() const { return m_name; }
    QString subName() const { return m_subName; }
    // `glossary list`, `new`.
    QString fullName() const;
    CtlSection section() const { return m_section; }
    QString summary() const { return m_summary; }
    QString help() const { return m_help; }
    const QVector<CtlArgument> &arguments() const { return m_arguments; }
    const QVector<CtlOption> &options() const { return m_options; }
    bool needsLibrary() const { return m_needsLibrary; }
    bool libraryOptional() const { return m_libraryOptional; }
    bool drawsImages(const QStringList &arguments) const;
    bool readsSettings() const { return m_readsSettings; }
    Handler handler() const { return m_handler; }

    // The option called `name`, or null.
    const CtlOption *option(const QString &optionName) const;
    // `DIGEST [POSITION...]`; empty when it takes none.
    QString argumentSynopsis() const;
    // `draft DIGEST [POSITION...] [--overwrite] [--json]`.
    QString synopsis() const;
    // The same in the pieces a line may not break inside: `draft`, `DIGEST`, `[POSITION...]`, `[--json]`.
    QStringList synopsisUnits() const;
    int minArguments() const;
    // -1: no limit.
    int maxArguments() const;

    // Parses `arguments` (those after the name and sub-name) against the declaration into `parsed`: the
    // options, the number of arguments, the required options. False and `problem` in the words every
    // command uses (`unknown option --yaml`, `new needs DATE`, `option --format is required`).
    bool parse(const QStringList &arguments, CtlArguments *parsed, QString *problem) const;

private:
    QString m_name;
    QString m_subName;
    CtlSection m_section = CtlSection::Help;
    QString m_summary;
    QString m_help;
    QVector<CtlArgument> m_arguments;
    QVector<CtlOption> m_options;
    bool m_needsLibrary = false;
    bool m_libraryOptional = false;
    bool m_drawsImages = false;
    Draws m_drawsWhen = nullptr;
    bool m_readsSettings = true;
    Handler m_handler = nullptr;
};

} // namespace DigestStudio
