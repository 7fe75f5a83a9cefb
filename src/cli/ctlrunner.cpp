#include "ctlrunner.h"

#include "arxivcommands.h"
#include "ctlarguments.h"
#include "digestcommands.h"
#include "draftcommands.h"
#include "glossarycommands.h"
#include "librarycommands.h"
#include "publishcommands.h"
#include "services/launchconfig.h"
#include "suggestcommands.h"

#include <QSettings>

namespace DigestStudio {

namespace {

constexpr int HelpWidth = 100;
constexpr int HelpIndent = 27;

// `prefix`, then the words of `text` from column `indent` on, broken into lines of at most HelpWidth
// columns, the later ones indented.
QString wrapped(const QString &prefix, const QString &text, int indent)
{
    QString out = prefix;
    int column = static_cast<int>(prefix.size());
    const int pad = column < indent ? indent - column : 1;
    out += QString(pad, QLatin1Char(' '));
    column += pad;
    bool lineStart = true;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lineStart && column + 1 + word.size() > HelpWidth) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
            lineStart = true;
        }
        if (!lineStart) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += static_cast<int>(word.size());
        lineStart = false;
    }
    return out + QLatin1Char('\n');
}

QString optionLine(const QString &names, const QString &help)
{
    return wrapped(QStringLiteral("  ") + names, help, HelpIndent);
}

} // namespace

CtlRunner::CtlRunner(QTextStream &out, QTextStream &err, const QProcessEnvironment &environment)
    : m_out(out)
    , m_err(err)
    , m_environment(environment)
{
    registerCommands();
}

void CtlRunner::registerCommands()
{
    // Each command of the contract registers here as its service lands (design.md, "The command-line
    // contract").
    ArxivCommands::registerInto(&m_commands);
    LibraryCommands::registerInto(&m_commands);
    DigestCommands::registerInto(&m_commands);
    DraftCommands::registerInto(&m_commands);
    GlossaryCommands::registerInto(&m_commands);
    PublishCommands::registerInto(&m_commands);
    SuggestCommands::registerInto(&m_commands);
}

QString CtlRunner::usage()
{
    // The global options are the launch settings that have one: a new setting shows up here by itself.
    QStringList synopsis;
    QString options;
    for (const LaunchConfig::Setting &setting : LaunchConfig::settings()) {
        if (setting.option.isEmpty())
            continue;
        const QString names = QStringLiteral("--") + setting.option + QLatin1Char(' ') + setting.valueName;
        synopsis.append(QLatin1Char('[') + names + QLatin1Char(']'));
        options += optionLine(names, LaunchConfig::helpText(setting));
    }
    synopsis.append(QStringLiteral("COMMAND ..."));
    return wrapped(QStringLiteral("Usage: digestctl"), synopsis.join(QLatin1Char(' ')), 17) +
           QStringLiteral("\n"
                          "Drives a Digest Studio library from scripts, without a display. Every setting "
                          "resolves as in\n"
                          "the GUI: the option, then the environment, then the GUI's saved setting, then "
                          "the default.\n"
                          "\n"
                          "Global options:\n") +
           options + optionLine(QStringLiteral("-h, --help"), QStringLiteral("show this help")) +
           optionLine(QStringLiteral("-v, --version"), QStringLiteral("show the version")) +
           QStringLiteral(
               "\n"
               "Commands:\n"
               "  lookup ID|URL...                  JSON array of papers\n"
               "  listing [CATEGORY...] [--cross-lists] [--json]\n"
               "                                    today's new papers (paper JSON; the saved categories\n"
               "                                    unless given); weekend/holiday: empty, notice, exit 0\n"
               "  new DATE [--title TEXT]           create a digest (DATE = YYYY-MM-DD); prints its id\n"
               "  list [--json]                     the digests in the library\n"
               "  add DIGEST ID|URL...              look up papers and append them as entries\n"
               "  show DIGEST [--json]              a digest and its entries\n"
               "  set DIGEST POSITION FIELD VALUE   FIELD: tag title authors affiliations zh_title\n"
               "                                    zh_short_title zh_summary abstract status\n"
               "  move DIGEST FROM TO               move an entry\n"
               "  remove DIGEST POSITION            remove an entry\n"
               "  import FILE... [--date YYYY-MM-DD]\n"
               "                                    import published posts (the date from each name);\n"
               "                                    prints each new digest's id; exit 1 when any failed\n"
               "  export DIGEST --format text|weibo|wechat|markdown|image [--output FILE]\n"
               "         [--width 750] [--scale 2] [--max-height 5000]\n"
               "                                    image: PNGs into FILE as a folder, or NAME-01.png ...\n"
               "  check DIGEST [--json]             findings; exit 1 when any is an error\n"
               "  search QUERY [--json]             full-text search over the library and past digests\n"
               "  draft DIGEST [POSITION...] [--overwrite] [--json]\n"
               "                                    machine drafts of the empty Chinese fields of the\n"
               "                                    unfinished (or listed) entries; exit 1 when any failed\n"
               "  glossary list|import CSV|export CSV|add EN ZH [NOTE]|remove EN\n"
               "                                    the term base (the GUI's CSV: english,chinese,note)\n"
               "  publish wechat DIGEST [--title TEXT] [--author NAME] [--cover FILE] [--digest TEXT]\n"
               "          [--comments on|off] [--source-url URL] [--force]\n"
               "                                    a draft in the WeChat Official Account draft box; "
               "prints\n"
               "                                    its media_id ($DIGEST_WECHAT_APPID, "
               "$DIGEST_WECHAT_SECRET)\n"
               "  suggest [--date YYYY-MM-DD] [--listing FILE.json] [--top N] [--min-score PERCENT]\n"
               "          [--json]\n"
               "                                    a listing ranked by what the editor picks, with reasons\n"
               "  suggest-eval [--json]             replay the stored history with a rolling origin\n"
               "  history import FILE.jsonl         listings and picks kept elsewhere; all or nothing\n"
               "\n"
               "DIGEST is a digest id or a date (the latest digest of that date). `--` ends the options.\n"
               "Exit status: 0 done, 1 the operation failed or found errors, 2 usage.\n");
}

QString CtlRunner::versionText()
{
    return QStringLiteral("digestctl " DIGEST_VERSION " (Qt ") + QString::fromLatin1(qVersion()) +
           QStringLiteral(")");
}

int CtlRunner::usageError(const QString &message)
{
    m_err << "digestctl: " << message << '\n' << '\n' << usage();
    m_err.flush();
    return CtlUsage;
}

int CtlRunner::run(const QStringList &arguments)
{
    CtlArguments global;
    global.addFlag({QStringLiteral("-h"), QStringLiteral("--help")})
        .addFlag({QStringLiteral("-v"), QStringLiteral("--version")})
        .stopAtFirstPositional();
    for (const LaunchConfig::Setting &setting : LaunchConfig::settings()) {
        if (!setting.option.isEmpty())
            global.addOption(QStringLiteral("--") + setting.option);
    }
    if (!global.parse(arguments))
        return usageError(global.errorText());
    if (global.isSet(QStringLiteral("--help"))) {
        m_out << usage();
        m_out.flush();
        return CtlOk;
    }
    if (global.isSet(QStringLiteral("--version"))) {
        m_out << versionText() << '\n';
        m_out.flush();
        return CtlOk;
    }

    CtlContext context;
    context.out = &m_out;
    context.err = &m_err;
    context.environment = m_environment;
    {
        QSettings saved;
        LaunchConfig::moveSecretsToKeychain(saved);
    }
    if (!context.config.resolve(global.values(), m_environment, QSettings()))
        return usageError(context.config.errors().join(QStringLiteral("\ndigestctl: ")));

    const QStringList rest = global.positional();
    if (rest.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = rest.first();
    const auto handler = m_commands.constFind(command);
    if (handler == m_commands.constEnd())
        return usageError(QStringLiteral("unknown command '") + command + QStringLiteral("'"));
    const int status = (*handler)(context, rest.mid(1));
    m_out.flush();
    m_err.flush();
    return status;
}

} // namespace DigestStudio
