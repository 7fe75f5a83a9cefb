#include "ctlrunner.h"

#include "digestcommands.h"
#include "librarycommands.h"
#include "lookupcommand.h"
#include "util/appinfo.h"

namespace DigestStudio {

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
    m_commands.insert(QStringLiteral("lookup"), [](CtlContext &context, const QStringList &arguments) {
        return LookupCommand::run(context, arguments);
    });
    LibraryCommands::registerInto(&m_commands);
    DigestCommands::registerInto(&m_commands);
}

QString CtlRunner::usage()
{
    return QStringLiteral(
        "Usage: digestctl [--db LOCATION] [--arxiv-api URL] [--arxiv-interval-ms N] COMMAND ...\n"
        "\n"
        "Drives a Digest Studio library from scripts, without a display.\n"
        "\n"
        "Global options:\n"
        "  --db LOCATION            SQLite file path or postgresql://user:pass@host:port/db\n"
        "                           (default: $DIGEST_DB, else the GUI's library)\n"
        "  --arxiv-api URL          arXiv API endpoint (default: $DIGEST_ARXIV_API, else\n"
        "                           https://export.arxiv.org/api/query)\n"
        "  --arxiv-interval-ms N    milliseconds between arXiv requests (default:\n"
        "                           $DIGEST_ARXIV_INTERVAL_MS, else 3000)\n"
        "  -h, --help               show this help\n"
        "  -v, --version            show the version\n"
        "\n"
        "Commands:\n"
        "  lookup ID|URL...                  JSON array of papers\n"
        "  new DATE [--title TEXT]           create a digest (DATE = YYYY-MM-DD); prints its id\n"
        "  list [--json]                     the digests in the library\n"
        "  add DIGEST ID|URL...              look up papers and append them as entries\n"
        "  show DIGEST [--json]              a digest and its entries\n"
        "  set DIGEST POSITION FIELD VALUE   FIELD: tag title authors affiliations zh_title\n"
        "                                    zh_short_title zh_summary abstract status\n"
        "  move DIGEST FROM TO               move an entry\n"
        "  remove DIGEST POSITION            remove an entry\n"
        "  import FILE [--date YYYY-MM-DD]   import a published post; prints the new digest's id\n"
        "  export DIGEST --format text|weibo|wechat|markdown [--output FILE]\n"
        "  check DIGEST [--json]             findings; exit 1 when any is an error\n"
        "  search QUERY [--json]             full-text search over the library and past digests\n"
        "\n"
        "DIGEST is a digest id or a date (the latest digest of that date).\n"
        "Exit status: 0 done, 1 the operation failed or found errors, 2 usage.\n");
}

QString CtlRunner::versionText()
{
    return QStringLiteral("digestctl " DIGEST_VERSION " (Qt ") + QString::fromLatin1(qVersion()) +
           QStringLiteral(")");
}

QString CtlRunner::defaultDbLocation()
{
    return AppInfo::defaultLibraryLocation();
}

QUrl CtlRunner::defaultArxivApi()
{
    return QUrl(QStringLiteral("https://export.arxiv.org/api/query"));
}

int CtlRunner::usageError(const QString &message)
{
    m_err << "digestctl: " << message << '\n' << '\n' << usage();
    m_err.flush();
    return CtlUsage;
}

int CtlRunner::run(const QStringList &arguments)
{
    CtlContext context;
    context.out = &m_out;
    context.err = &m_err;
    context.dbLocation = m_environment.value(QStringLiteral("DIGEST_DB"));
    if (context.dbLocation.isEmpty())
        context.dbLocation = defaultDbLocation();
    const QString api = m_environment.value(QStringLiteral("DIGEST_ARXIV_API"));
    context.arxivApi = api.isEmpty() ? defaultArxivApi() : QUrl(api);
    const QString interval = m_environment.value(QStringLiteral("DIGEST_ARXIV_INTERVAL_MS"));
    if (!interval.isEmpty()) {
        bool ok = false;
        context.arxivIntervalMs = interval.toInt(&ok);
        if (!ok || context.arxivIntervalMs < 0)
            return usageError(QStringLiteral("DIGEST_ARXIV_INTERVAL_MS is not a number of milliseconds: ") +
                              interval);
    }

    int i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QLatin1Char('-')))
            break;
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            m_out << usage();
            m_out.flush();
            return CtlOk;
        }
        if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            m_out << versionText() << '\n';
            m_out.flush();
            return CtlOk;
        }
        // Accept both `--opt value` and `--opt=value`.
        QString name = arg;
        QString value;
        bool hasValue = false;
        const int eq = arg.indexOf(QLatin1Char('='));
        if (eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            hasValue = true;
        }
        const bool known = name == QLatin1String("--db") || name == QLatin1String("--arxiv-api") ||
                           name == QLatin1String("--arxiv-interval-ms");
        if (!known)
            return usageError(QStringLiteral("unknown option ") + arg);
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("option ") + name + QStringLiteral(" needs a value"));
            value = arguments.at(++i);
        }
        if (name == QLatin1String("--db")) {
            context.dbLocation = value;
        } else if (name == QLatin1String("--arxiv-api")) {
            const QUrl url(value);
            if (!url.isValid() || url.scheme().isEmpty())
                return usageError(QStringLiteral("--arxiv-api is not a URL: ") + value);
            context.arxivApi = url;
        } else {
            bool ok = false;
            context.arxivIntervalMs = value.toInt(&ok);
            if (!ok || context.arxivIntervalMs < 0)
                return usageError(QStringLiteral("--arxiv-interval-ms is not a number of milliseconds: ") +
                                  value);
        }
    }

    if (i >= arguments.size())
        return usageError(QStringLiteral("no command given"));
    const QString command = arguments.at(i);
    const auto handler = m_commands.constFind(command);
    if (handler == m_commands.constEnd())
        return usageError(QStringLiteral("unknown command '") + command + QStringLiteral("'"));
    const int status = (*handler)(context, arguments.mid(i + 1));
    m_out.flush();
    m_err.flush();
    return status;
}

} // namespace DigestStudio
