#include "digestcommands.h"

#include "arxivcommands.h"
#include "checks/checkcontext.h"
#include "ctlarguments.h"
#include "formatcommands.h"
#include "formats/formatregistry.h"
#include "services/arxivservice.h"
#include "services/intakereport.h"
#include "services/paperintake.h"
#include "storage/library.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace DigestStudio {

namespace {

// Opens the library and loads the digest DIGEST names; says why on stderr when it cannot.
std::unique_ptr<Library> openDigest(CtlContext &context, const QString &spec, Digest *digest)
{
    LibraryError openError;
    std::unique_ptr<Library> library = Library::open(context.config.libraryLocation(), &openError);
    if (!library) {
        ctlFailed(context, openError.message);
        return nullptr;
    }
    LibraryError error;
    const qint64 id = library->resolveDigest(spec, &error);
    if (id == 0 || !library->loadDigest(id, digest, &error)) {
        ctlFailed(context, error.message);
        return nullptr;
    }
    return library;
}

// Names every problem of `report` on stderr and says that nothing was added. Returns 1.
int nothingAdded(CtlContext &context, const IntakeReport &report)
{
    for (const QString &line : report.lines())
        ctlNotice(context, line);
    return ctlFailed(context, QStringLiteral("nothing was added"));
}

// The date of an imported post: `--date`, else a YYYY-MM-DD in the file's name, else today.
QDate importDate(const QString &file)
{
    static const QRegularExpression inName(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));
    const QRegularExpressionMatch m = inName.match(QFileInfo(file).fileName());
    const QDate date = m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
    return date.isValid() ? date : QDate::currentDate();
}

} // namespace

void DigestCommands::registerInto(QHash<QString, CtlRunner::Handler> *commands)
{
    commands->insert(QStringLiteral("add"), &DigestCommands::add);
    commands->insert(QStringLiteral("import"), &DigestCommands::import);
    commands->insert(QStringLiteral("export"), &DigestCommands::exportDigest);
    commands->insert(QStringLiteral("check"), &DigestCommands::check);
}

int DigestCommands::add(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("add DIGEST ID|URL...");
    CtlArguments args;
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    const QStringList positional = args.positional();
    if (positional.size() < 2)
        return ctlUsage(context, QStringLiteral("add needs a DIGEST and at least one arXiv id or URL"),
                        synopsis);

    // Malformed ids are named before anything touches the library or the network.
    const PaperIntake::Request request = PaperIntake::readIds(positional.mid(1));
    IntakeReport report;
    report.malformed = request.malformed;
    if (report.failed())
        return nothingAdded(context, report);

    Digest digest;
    std::unique_ptr<Library> library = openDigest(context, positional.first(), &digest);
    if (!library)
        return CtlFailed;
    ArxivService arxiv(context.config, library.get());
    ArxivCommands::reportRetries(context, arxiv.client());
    report.lookup = arxiv.intake()->lookupAndWait(request.ids);
    if (report.failed())
        return nothingAdded(context, report);

    const PaperIntake::Batch batch = arxiv.intake()->entriesFor(report.lookup.papers, digest.entries());
    report.present = batch.present;
    for (const QString &line : report.lines())
        ctlNotice(context, line);
    int position = digest.entryCount();
    for (const DigestEntry &entry : batch.entries) {
        LibraryError error;
        if (library->appendEntry(digest.id(), entry, &error).id() == 0)
            return ctlFailed(context, error.message);
        *context.out << ++position << '\t' << entry.arxivId() << 'v' << entry.version() << '\t'
                     << entry.title() << '\n';
    }
    context.out->flush();
    return CtlOk;
}

int DigestCommands::import(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("import FILE [--date YYYY-MM-DD]");
    CtlArguments args;
    args.addOption(QStringLiteral("--date"));
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    if (args.positional().isEmpty())
        return ctlUsage(context, QStringLiteral("import needs a FILE"), synopsis);
    if (args.positional().size() > 1)
        return ctlUsage(context, QStringLiteral("import takes one FILE"), synopsis);
    const QString file = args.positional().first();
    QDate date = importDate(file);
    if (args.isSet(QStringLiteral("--date"))) {
        const QString dateText = args.value(QStringLiteral("--date"));
        date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid())
            return ctlUsage(context,
                            QStringLiteral("'") + dateText + QStringLiteral("' is not a date (YYYY-MM-DD)"),
                            synopsis);
    }

    // Parse first: a file that is not a digest never opens (or creates) the library.
    Digest digest;
    if (FormatCommands::importFile(context, file, &digest) != CtlOk)
        return CtlFailed;
    digest.setDate(date);

    LibraryError openError;
    std::unique_ptr<Library> library = Library::open(context.config.libraryLocation(), &openError);
    if (!library)
        return ctlFailed(context, openError.message);
    LibraryError error;
    const qint64 id = library->createDigest(digest, &error);
    if (id == 0)
        return ctlFailed(context, error.message);
    *context.out << id << '\n';
    context.out->flush();
    return CtlOk;
}

int DigestCommands::exportDigest(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis =
        QStringLiteral("export DIGEST --format text|weibo|wechat|markdown [--output FILE]");
    CtlArguments args;
    args.addOption(QStringLiteral("--format")).addOption(QStringLiteral("--output"));
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    if (args.positional().size() != 1)
        return ctlUsage(context,
                        args.positional().isEmpty() ? QStringLiteral("export needs a DIGEST")
                                                    : QStringLiteral("export takes one DIGEST"),
                        synopsis);
    // Option mistakes are found before the library is opened.
    if (!args.isSet(QStringLiteral("--format")))
        return ctlUsage(context, QStringLiteral("export needs --format"), synopsis);
    const QString format = args.value(QStringLiteral("--format"));
    if (!FormatRegistry::instance().format(format))
        return ctlUsage(context,
                        QStringLiteral("unknown format '") + format + QStringLiteral("' (known: ") +
                            FormatRegistry::instance().ids().join(QStringLiteral(", ")) + QLatin1Char(')'),
                        synopsis);
    Digest digest;
    if (!openDigest(context, args.positional().first(), &digest))
        return CtlFailed;
    return FormatCommands::exportAs(context, digest, format, args.isSet(QStringLiteral("--output")),
                                    args.value(QStringLiteral("--output")),
                                    ExportOptions::fromSettings(QSettings()));
}

int DigestCommands::check(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("check DIGEST [--json]");
    CtlArguments args;
    args.addFlag({QStringLiteral("--json")});
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    if (args.positional().size() != 1)
        return ctlUsage(context,
                        args.positional().isEmpty() ? QStringLiteral("check needs a DIGEST")
                                                    : QStringLiteral("unexpected argument '") +
                                                          args.positional().at(1) + QLatin1Char('\''),
                        synopsis);
    Digest digest;
    std::unique_ptr<Library> library = openDigest(context, args.positional().first(), &digest);
    if (!library)
        return CtlFailed;
    return FormatCommands::checkAs(context, digest, args.isSet(QStringLiteral("--json")),
                                   CheckContext::fromLibrary(library.get(), digest));
}

} // namespace DigestStudio
