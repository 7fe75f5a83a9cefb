#include "ctlhelp.h"

#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "services/launchconfig.h"

#include <QStringList>

namespace DigestStudio {

namespace {

constexpr int HelpWidth = 100;
constexpr int OptionIndent = 27;
constexpr int SummaryIndent = 36;

// `prefix`, then `units` (words, or pieces of a synopsis that must not break) from column `indent` on,
// broken into lines of at most HelpWidth columns, the later ones indented.
QString wrappedUnits(const QString &prefix, const QStringList &units, int indent)
{
    QString out = prefix;
    int column = static_cast<int>(prefix.size());
    const int pad = column < indent ? indent - column : (column == 0 ? 0 : 1);
    out += QString(pad, QLatin1Char(' '));
    column += pad;
    bool lineStart = true;
    for (const QString &unit : units) {
        if (!lineStart && column + 1 + unit.size() > HelpWidth) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
            lineStart = true;
        }
        if (!lineStart) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += unit;
        column += static_cast<int>(unit.size());
        lineStart = false;
    }
    return out + QLatin1Char('\n');
}

QString wrapped(const QString &prefix, const QString &text, int indent)
{
    return wrappedUnits(prefix, text.split(QLatin1Char(' '), Qt::SkipEmptyParts), indent);
}

// A paragraph of prose (its line breaks are spaces), wrapped from the left margin.
QString paragraph(const QString &text)
{
    QString words = text;
    words.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return wrapped(QString(), words, 0);
}

QString optionLine(const QString &names, const QString &help)
{
    // Names too long for their column stand on a line of their own.
    if (names.size() + 3 > OptionIndent)
        return QStringLiteral("  ") + names + QLatin1Char('\n') + wrapped(QString(), help, OptionIndent);
    return wrapped(QStringLiteral("  ") + names, help, OptionIndent);
}

// `Usage: digestctl [GLOBAL OPTIONS] SYNOPSIS`, wrapped under the synopsis.
QString usageLine(const QStringList &synopsis)
{
    const QString prefix = QStringLiteral("Usage: digestctl [GLOBAL OPTIONS]");
    return wrappedUnits(prefix, synopsis, static_cast<int>(prefix.size()) + 1);
}

QString commandBlock(const CtlCommand &command)
{
    QString text = usageLine(command.synopsisUnits());
    for (const QString &p : command.help().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        text += QLatin1Char('\n') + paragraph(p);
    if (!command.arguments().isEmpty()) {
        text += QStringLiteral("\nArguments:\n");
        for (const CtlArgument &argument : command.arguments())
            text += optionLine(argument.synopsis(), argument.help);
    }
    text += QStringLiteral("\nOptions:\n");
    for (const CtlOption &option : command.options())
        text += optionLine(option.synopsis(),
                           option.required ? option.help + QStringLiteral(" (required)") : option.help);
    text += optionLine(QStringLiteral("-h, --help"), QStringLiteral("show this help"));
    if (command.needsLibrary())
        text += QLatin1Char('\n') + paragraph(CtlHelp::libraryNote(command.libraryOptional()));
    return text;
}

QString globalOptions(QStringList *synopsis)
{
    // The global options are the launch settings that have one: a new setting shows up here by itself.
    QString options;
    for (const LaunchConfig::Setting &setting : LaunchConfig::settings()) {
        if (setting.option.isEmpty())
            continue;
        const QString names = QStringLiteral("--") + setting.option + QLatin1Char(' ') + setting.valueName;
        synopsis->append(QLatin1Char('[') + names + QLatin1Char(']'));
        options += optionLine(names, LaunchConfig::helpText(setting));
    }
    return options + optionLine(QStringLiteral("-h, --help"), QStringLiteral("show this help")) +
           optionLine(QStringLiteral("-v, --version"), QStringLiteral("show the version"));
}

QString commandLine(const CtlCommand &command)
{
    const QString synopsis = command.synopsis();
    if (synopsis.size() + 4 <= SummaryIndent)
        return wrapped(QStringLiteral("  ") + synopsis, command.summary(), SummaryIndent);
    // A long synopsis wraps under itself; the summary starts on the line after it.
    const QStringList units = command.synopsisUnits();
    const QString head = wrappedUnits(QStringLiteral("  ") + units.first(), units.mid(1),
                                      static_cast<int>(units.first().size()) + 3);
    return head + wrapped(QString(), command.summary(), SummaryIndent);
}

} // namespace

QString CtlHelp::sectionTitle(CtlSection section)
{
    switch (section) {
    case CtlSection::Papers:
        return QStringLiteral("Papers from arXiv");
    case CtlSection::Digests:
        return QStringLiteral("Digests and their entries");
    case CtlSection::Posts:
        return QStringLiteral("Published posts");
    case CtlSection::Drafting:
        return QStringLiteral("Machine drafts and the glossary");
    case CtlSection::Publishing:
        return QStringLiteral("Publishing");
    case CtlSection::Suggestions:
        return QStringLiteral("Suggestions");
    case CtlSection::Team:
        return QStringLiteral("The team");
    case CtlSection::Help:
        return QStringLiteral("Help");
    }
    return QString();
}

QString CtlHelp::libraryNote(bool optional)
{
    const QString which = QStringLiteral("--db LOCATION, else $DIGEST_DB, else the GUI's saved library, else "
                                         "the default file");
    if (optional)
        return QStringLiteral("It also uses the library (") + which +
               QStringLiteral("); when that cannot be opened, a notice says so and the command goes on.");
    return QStringLiteral("It uses the library: ") + which +
           QStringLiteral(". A library that cannot be opened is one message naming it, and exit status 1.");
}

QStringList CtlHelp::closingNotes()
{
    return {QStringLiteral("DIGEST is a digest id or a date (the latest digest of that date). `--` ends the "
                           "options: what follows it is an argument even when it starts with a dash."),
            QStringLiteral("Exit status: 0 done, 1 the operation failed or found errors (said on stderr), 2 "
                           "usage (nothing was changed).")};
}

QString CtlHelp::overview()
{
    QStringList synopsis;
    const QString options = globalOptions(&synopsis);
    synopsis.append(QStringLiteral("COMMAND ..."));
    QString text = wrappedUnits(QStringLiteral("Usage: digestctl"), synopsis, 17) + QLatin1Char('\n') +
                   paragraph(QStringLiteral(
                       "Drives a Digest Studio library from scripts, without a display. Every setting "
                       "resolves as in the GUI: the option, then the environment, then the GUI's saved "
                       "setting, then the default.")) +
                   QStringLiteral("\nGlobal options:\n") + options;
    bool first = true;
    CtlSection section = CtlSection::Papers;
    for (const CtlCommand &command : CtlCommandTable::instance().commands()) {
        if (first || command.section() != section) {
            section = command.section();
            text += QLatin1Char('\n') + sectionTitle(section) + QStringLiteral(":\n");
            first = false;
        }
        text += commandLine(command);
    }
    text += QLatin1Char('\n');
    for (const QString &note : closingNotes())
        text += paragraph(note);
    return text + paragraph(QStringLiteral("Run 'digestctl help COMMAND' (or 'digestctl COMMAND --help') for "
                                           "what a command does, its arguments and its options."));
}

QString CtlHelp::commandHelp(const QVector<const CtlCommand *> &rows)
{
    QStringList blocks;
    for (const CtlCommand *command : rows)
        blocks.append(commandBlock(*command));
    return blocks.join(QLatin1Char('\n'));
}

QString CtlHelp::versionText()
{
    return QStringLiteral("digestctl " DIGEST_VERSION " (Qt ") + QString::fromLatin1(qVersion()) +
           QStringLiteral(")");
}

int CtlHelp::usageError(QTextStream &err, const QString &message, const QVector<const CtlCommand *> &rows)
{
    err << "digestctl: " << message << '\n';
    if (rows.isEmpty()) {
        err << usageLine({QStringLiteral("COMMAND"), QStringLiteral("...")})
            << "Run 'digestctl --help' for the commands and the global options.\n";
    } else {
        for (const CtlCommand *command : rows)
            err << usageLine(command->synopsisUnits());
        err << "Run 'digestctl help " << rows.first()->name() << "' for more.\n";
    }
    err.flush();
    return CtlUsage;
}

namespace {

// `help [COMMAND [SUB-COMMAND]]`.
int help(CtlCall &call)
{
    const CtlCommandTable &table = CtlCommandTable::instance();
    if (call.arguments().isEmpty()) {
        call.out() << CtlHelp::overview();
        return CtlOk;
    }
    const QVector<const CtlCommand *> family = table.family(call.argument(0));
    if (family.isEmpty())
        return call.usage(QStringLiteral("unknown command '") + call.argument(0) + QLatin1Char('\''));
    if (call.arguments().size() < 2) {
        call.out() << CtlHelp::commandHelp(family);
        return CtlOk;
    }
    const CtlCommand *command = table.find(call.argument(0), call.argument(1));
    if (!command)
        return call.usage(QStringLiteral("unknown command '") + call.argument(0) + QLatin1Char(' ') +
                          call.argument(1) + QLatin1Char('\''));
    call.out() << CtlHelp::commandHelp({command});
    return CtlOk;
}

QVector<CtlCommand> declare()
{
    return {
        CtlCommand("help", &help)
            .inSection(CtlSection::Help)
            .withoutSettings()
            .withSummary("this overview, or what one command does and its options")
            .withHelp("Without a COMMAND: the overview of every command. With one: its synopsis, what it "
                      "does, its arguments and options. 'digestctl COMMAND --help' says the same.")
            .withArgument("COMMAND", "a command's name (glossary, export ...)", CtlArgument::Count::Optional)
            .withArgument("SUB-COMMAND", "one sub-command of it (glossary import)",
                          CtlArgument::Count::Optional)};
}

} // namespace

CTL_REGISTER(&declare)

} // namespace DigestStudio
