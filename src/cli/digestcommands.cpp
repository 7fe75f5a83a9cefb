#include "digestcommands.h"

#include "arxiv/arxivlookupclient.h"
#include "arxivcommands.h"
#include "checks/checkcontext.h"
#include "ctlarguments.h"
#include "formatcommands.h"
#include "formats/formatregistry.h"
#include "services/arxivservice.h"
#include "services/digestchecks.h"
#include "services/intakereport.h"
#include "services/paperintake.h"
#include "services/postexport.h"
#include "services/postimport.h"
#include "services/preferences.h"
#include "storage/library.h"

#include <QSettings>

#include <algorithm>

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
    ArxivCommands::reportRetries(context, arxiv.lookupClient());
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
    const QString synopsis = QStringLiteral("import FILE... [--date YYYY-MM-DD]");
    CtlArguments args;
    args.addOption(QStringLiteral("--date"));
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    if (args.positional().isEmpty())
        return ctlUsage(context, QStringLiteral("import needs a FILE"), synopsis);
    QDate date;
    if (args.isSet(QStringLiteral("--date"))) {
        const QString dateText = args.value(QStringLiteral("--date"));
        date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid())
            return ctlUsage(context,
                            QStringLiteral("'") + dateText + QStringLiteral("' is not a date (YYYY-MM-DD)"),
                            synopsis);
    }
    const QStringList files = args.positional();

    // Parse every file first: when none is a digest, the library is never opened (or created).
    QVector<PostImportOutcome> outcomes;
    QVector<Digest> digests;
    for (const QString &file : files) {
        Digest digest;
        outcomes.append(PostImport::read(file, date, &digest));
        digests.append(digest);
        if (!outcomes.last().ok)
            ctlNotice(context, outcomes.last().message());
    }
    const auto okCount = [&outcomes] {
        return static_cast<int>(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                              [](const PostImportOutcome &o) { return o.ok; }));
    };
    if (okCount() > 0) {
        LibraryError openError;
        std::unique_ptr<Library> library = Library::open(context.config.libraryLocation(), &openError);
        if (!library)
            return ctlFailed(context, openError.message);
        for (int i = 0; i < outcomes.size(); ++i) {
            if (outcomes.at(i).ok)
                storeImported(context, library.get(), digests.at(i), &outcomes[i], files.size() > 1);
        }
    }
    const int imported = okCount();
    if (imported == files.size())
        return CtlOk;
    QStringList failed;
    for (const PostImportOutcome &outcome : outcomes) {
        if (!outcome.ok)
            failed.append(outcome.file);
    }
    return ctlFailed(context, QStringLiteral("%1 of %2 files imported; not imported: ")
                                      .arg(files.size() - failed.size())
                                      .arg(files.size()) +
                                  failed.join(QStringLiteral(", ")));
}

void DigestCommands::storeImported(CtlContext &context, Library *library, const Digest &digest,
                                   PostImportOutcome *outcome, bool several)
{
    if (!PostImport::store(library, digest, outcome)) {
        ctlNotice(context, outcome->file + QStringLiteral(": ") + outcome->reason);
        return;
    }
    *context.out << outcome->digestId << '\n';
    context.out->flush();
    if (several)
        ctlNotice(context, QStringLiteral("%1: imported as digest %2 (%3, %4 entries)")
                               .arg(outcome->file)
                               .arg(outcome->digestId)
                               .arg(outcome->date.toString(Qt::ISODate))
                               .arg(outcome->entries));
}

int DigestCommands::exportDigest(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("export DIGEST --format text|weibo|wechat|markdown|image "
                                            "[--output FILE] [--width 750] [--scale 2] [--max-height 5000]");
    CtlArguments args;
    args.addOption(QStringLiteral("--format")).addOption(QStringLiteral("--output"));
    FormatCommands::addImageOptions(&args);
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
    ExportOptions options = Preferences::exportOptions(QSettings());
    QString problem;
    if (!FormatCommands::readImageOptions(args, &options, &problem))
        return ctlUsage(context, problem, synopsis);
    Digest digest;
    std::unique_ptr<Library> library = openDigest(context, args.positional().first(), &digest);
    if (!library)
        return CtlFailed;
    options.figures = PostExport::firstFigures(library.get(), digest);
    return FormatCommands::exportAs(context, digest, format, args.isSet(QStringLiteral("--output")),
                                    args.value(QStringLiteral("--output")), options);
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
    return FormatCommands::checkAs(
        context, digest, args.isSet(QStringLiteral("--json")),
        DigestChecks::context(library.get(), digest, Preferences::checkSettings(QSettings())));
}

} // namespace DigestStudio
