#include "formatcommands.h"

#include "checks/checkregistry.h"
#include "ctlarguments.h"
#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "ctlhelp.h"
#include "formats/formatregistry.h"
#include "services/digestchecks.h"
#include "services/exportservice.h"
#include "services/postimport.h"
#include "services/preferences.h"
#include "storage/library.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace DigestStudio {

namespace {

const char *const DigestHelp = "a digest id, or a date YYYY-MM-DD (the latest digest of that day)";

const CtlCommand &declared(const char *name)
{
    return *CtlCommandTable::instance().find(QString::fromLatin1(name));
}

int usage(CtlContext &context, const char *command, const QString &message)
{
    return CtlHelp::usageError(*context.err, message, {&declared(command)});
}

// The digest-level entry points take the arguments after DIGEST: they are checked against the command's
// declaration with the digest in front, so that their usage errors are the command's.
bool parseAfterDigest(CtlContext &context, const char *command, const Digest &digest, const QStringList &args,
                      CtlArguments *parsed)
{
    QString problem;
    if (declared(command).parse(QStringList{QString::number(digest.id())} + args, parsed, &problem))
        return true;
    usage(context, command, problem);
    return false;
}

void warn(CtlContext &context, const QString &warning)
{
    ctlNotice(context, QStringLiteral("warning: ") + warning);
}

// Only what goes to a file may be drawn (the long images, a thread's images): stdout gets text.
bool writesFiles(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            return false;
        if (argument == QLatin1String("--output") || argument.startsWith(QLatin1String("--output=")))
            return true;
    }
    return false;
}

CtlCommand importDeclaration()
{
    return CtlCommand("import", &FormatCommands::importPosts)
        .inSection(CtlSection::Posts)
        .usingLibrary()
        .withSummary("import published posts as new digests; prints each one's id")
        .withHelp(
            "Reads each FILE as a published post (the house text format, UTF-8 or UTF-16, at most 8 MB) "
            "and stores it as a new digest with its entries, printing the new digest's id, one line per "
            "file in the order given. Each file is all or nothing.\n\n"
            "The digest's date is --date, else the date in the file's name (2022-10-14.txt, "
            "arxiv-20221016.md), else today.\n\n"
            "A file that is not a post is named on stderr with the line and what was expected there; the "
            "other files are still imported, and the exit status is 1. When no file is a post, the "
            "library is not even opened.")
        .withArgument("FILE", "a published post (.txt or .md)", CtlArgument::Count::OneOrMore)
        .withOption("--date", "YYYY-MM-DD", "the date of every digest imported");
}

CtlCommand exportDeclaration()
{
    return CtlCommand("export", &FormatCommands::exportPost)
        .inSection(CtlSection::Posts)
        .usingLibrary()
        .drawingImages(&writesFiles)
        .withSummary("write a digest as a post: stdout, or FILE and the files beside it")
        .withHelp(
            "Renders the digest in FORMAT and writes it to stdout, or with --output to FILE, whole or "
            "not at all. The first figure stored with each entry is drawn into the long images.\n\n"
            "Beside FILE, for a text format (text, weibo, wechat, markdown): the first figure of each "
            "entry that has one, as NN-ID.EXT (01-2210.06441.png, or 03-figure.png for an entry without "
            "an arXiv id); and for weibo with the saved setting Weibo/attachImages on, the thread's long "
            "images as NAME-01.png, NAME-02.png ... for NAME.txt. These are the files the GUI writes "
            "when it exports the post. Nothing is written beside stdout.\n\n"
            "The image format writes PNG files and needs --output: a folder (post-01.png, post-02.png "
            "... in it, made when missing) or NAME.png (NAME-01.png ... beside it). Their paths are "
            "printed, one a line.\n\n"
            "Entries still holding a machine draft nobody revised are named in a warning on stderr, and "
            "so are the format's own warnings (a Weibo post over the limit); the post is still written "
            "and the exit status is 0.\n\n"
            "A digest with comment threads of the team not resolved yet is refused unless --force.\n\n"
            "Entries the morning run proposed (digestctl prepare) that nobody kept or dropped yet stop "
            "the export: they are named on stderr, nothing is written, and the exit status is 1, unless "
            "--include-proposed is given.")
        .withArgument("DIGEST", DigestHelp)
        .withRequiredOption("--format", "FORMAT", "the post's format")
        .withOptionValueName(QStringLiteral("--format"),
                             FormatRegistry::instance().ids().join(QLatin1Char('|')))
        .withOption("--output", "FILE", "the file to write (image: a folder or NAME.png); none: stdout")
        .withOption("--width", "N",
                    "the long images' width in logical pixels, 200 to 4000 (default: the saved setting, else "
                    "750)")
        .withOption("--scale", "N",
                    "physical pixels per logical pixel, 1 to 4 (default: the saved setting, else 2)")
        .withOption("--max-height", "N",
                    "the tallest one image may be, in logical pixels, 500 to 30000 (default: the saved "
                    "setting, else 5000)")
        .withFlag("--force", "export even when comment threads are not resolved")
        .withFlag("--include-proposed", "write the post although proposals of the morning run are undecided");
}

CtlCommand checkDeclaration()
{
    return CtlCommand("check", &FormatCommands::check)
        .inSection(CtlSection::Posts)
        .usingLibrary()
        .withSummary("the findings of the checks; exit 1 when any is an error")
        .withHelp("Runs every check of the registry over the digest, with the library's glossary and the "
                  "papers featured in earlier digests, and prints one finding a line: severity, position, "
                  "field, where in it, and what is wrong. The checks and their severities follow the GUI's "
                  "saved settings.\n\n"
                  "The exit status is 1 when any finding is an error (a missing translation, a paper twice), "
                  "0 when there are only warnings or none.")
        .withArgument("DIGEST", DigestHelp)
        .withFlag("--json", "a JSON array of findings ({\"rule\", \"severity\", \"entry\", \"field\", "
                            "\"start\", \"length\", \"message\", ...}) instead");
}

QVector<CtlCommand> declare()
{
    return {importDeclaration(), exportDeclaration(), checkDeclaration()};
}

} // namespace

QVector<CtlCommand> FormatCommands::declare()
{
    return DigestStudio::declare();
}

int FormatCommands::importPosts(CtlCall &call)
{
    QDate date;
    if (call.isSet(QStringLiteral("--date"))) {
        const QString dateText = call.value(QStringLiteral("--date"));
        date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid())
            return call.usage(QStringLiteral("'") + dateText +
                              QStringLiteral("' is not a date (YYYY-MM-DD)"));
    }
    const QStringList files = call.arguments();

    // Parse every file first: when none is a digest, the library is never opened (or created).
    QVector<PostImportOutcome> outcomes;
    QVector<Digest> digests;
    for (const QString &file : files) {
        Digest digest;
        outcomes.append(PostImport::read(file, date, &digest));
        digests.append(digest);
        if (!outcomes.last().ok)
            call.notice(outcomes.last().message());
    }
    const auto okCount = [&outcomes] {
        return static_cast<int>(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                              [](const PostImportOutcome &o) { return o.ok; }));
    };
    if (okCount() > 0) {
        Library *library = call.library();
        if (!library)
            return CtlFailed;
        for (int i = 0; i < outcomes.size(); ++i) {
            if (outcomes.at(i).ok)
                storeImported(call, library, digests.at(i), &outcomes[i], files.size() > 1);
        }
    }
    if (okCount() == files.size())
        return CtlOk;
    QStringList failed;
    for (const PostImportOutcome &outcome : outcomes) {
        if (!outcome.ok)
            failed.append(outcome.file);
    }
    return call.failed(QStringLiteral("%1 of %2 files imported; not imported: ")
                           .arg(files.size() - failed.size())
                           .arg(files.size()) +
                       failed.join(QStringLiteral(", ")));
}

void FormatCommands::storeImported(CtlCall &call, Library *library, const Digest &digest,
                                   PostImportOutcome *outcome, bool several)
{
    if (!PostImport::store(library, digest, outcome)) {
        call.notice(outcome->file + QStringLiteral(": ") + outcome->reason);
        return;
    }
    call.out() << outcome->digestId << '\n';
    call.out().flush();
    if (several)
        call.notice(QStringLiteral("%1: imported as digest %2 (%3, %4 entries)")
                        .arg(outcome->file)
                        .arg(outcome->digestId)
                        .arg(outcome->date.toString(Qt::ISODate))
                        .arg(outcome->entries));
}

int FormatCommands::readExportOptions(CtlContext &context, const CtlArguments &args, ExportOptions *options)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    const QString formatId = args.value(QStringLiteral("--format"));
    const DigestExporter *exporter = registry.format(formatId);
    if (!exporter)
        return usage(context, "export",
                     QStringLiteral("unknown format '") + formatId + QStringLiteral("' (known: ") +
                         registry.ids().join(QStringLiteral(", ")) + QLatin1Char(')'));
    const struct
    {
        const char *name;
        int *value;
        int low;
        int high;
    } numbers[] = {{"--width", &options->imageWidth, 200, 4000},
                   {"--scale", &options->imageScale, 1, 4},
                   {"--max-height", &options->imageMaxHeight, 500, 30000}};
    for (const auto &n : numbers) {
        const QString name = QString::fromLatin1(n.name);
        if (!args.isSet(name))
            continue;
        bool ok = false;
        const int value = args.value(name).toInt(&ok);
        if (!ok || value < n.low || value > n.high)
            return usage(context, "export",
                         QStringLiteral("%1 takes a whole number from %2 to %3, not '%4'")
                             .arg(name)
                             .arg(n.low)
                             .arg(n.high)
                             .arg(args.value(name)));
        *n.value = value;
    }
    const bool toFile = args.isSet(QStringLiteral("--output"));
    if (toFile && args.value(QStringLiteral("--output")).isEmpty())
        return usage(context, "export", QStringLiteral("--output needs a file name"));
    if (ExportService::writesImages(*exporter) && !toFile)
        return usage(context, "export",
                     QStringLiteral("--format ") + formatId +
                         QStringLiteral(" writes images: --output DIR or FILE.png"));
    return CtlOk;
}

int FormatCommands::exportPost(CtlCall &call)
{
    // Option mistakes are found before the library is opened.
    ExportOptions options = Preferences::exportOptions(QSettings());
    if (readExportOptions(call.context(), call.parsed(), &options) != CtlOk)
        return CtlUsage;
    Digest digest;
    if (!call.loadDigest(call.argument(0), &digest))
        return CtlFailed;
    return exportAs(call.context(), call.library(), digest, call.parsed(), options);
}

int FormatCommands::exportDigest(CtlContext &context, const Digest &digest, const QStringList &args)
{
    return exportDigest(context, digest, args, Preferences::exportOptions(QSettings()));
}

int FormatCommands::exportDigest(CtlContext &context, const Digest &digest, const QStringList &args,
                                 const ExportOptions &options)
{
    CtlArguments parsed;
    if (!parseAfterDigest(context, "export", digest, args, &parsed))
        return CtlUsage;
    ExportOptions withImages = options;
    if (readExportOptions(context, parsed, &withImages) != CtlOk)
        return CtlUsage;
    return exportAs(context, nullptr, digest, parsed, withImages);
}

int FormatCommands::exportAs(CtlContext &context, Library *library, const Digest &digest,
                             const CtlArguments &args, const ExportOptions &options)
{
    ExportService service(library, Preferences::checkSettings(QSettings()));
    service.setForced(args.isSet(QStringLiteral("--force")));
    service.setIncludeProposed(args.isSet(QStringLiteral("--include-proposed")));
    const QString formatId = args.value(QStringLiteral("--format"));
    const bool toFile = args.isSet(QStringLiteral("--output"));
    const QString file = args.value(QStringLiteral("--output"));
    const ExportService::Outcome outcome = toFile ? service.exportTo(digest, formatId, options, file)
                                                  : service.exportTo(digest, formatId, options, context.out);
    if (!outcome.untouchedDrafts.isEmpty())
        warn(context, outcome.untouchedDrafts);
    for (const QString &warning : outcome.warnings)
        warn(context, warning);
    if (outcome.refusedProposals)
        return ctlFailed(context, outcome.error + QStringLiteral(" Nothing was written; --include-proposed "
                                                                 "writes the post anyway."));
    if (!outcome.ok)
        return ctlFailed(context, outcome.error);
    if (ExportService::writesImages(*FormatRegistry::instance().format(formatId))) {
        for (const QString &path : outcome.written)
            *context.out << path << '\n';
        context.out->flush();
    } else if (outcome.written.size() > 1) {
        QStringList beside;
        for (const QString &path : outcome.written.mid(1))
            beside.append(QFileInfo(path).fileName());
        ctlNotice(context, QStringLiteral("beside ") + file + QStringLiteral(": ") +
                               beside.join(QStringLiteral(", ")));
    }
    return CtlOk;
}

int FormatCommands::check(CtlCall &call)
{
    Digest digest;
    if (!call.loadDigest(call.argument(0), &digest))
        return CtlFailed;
    return checkAs(call.context(), digest, call.isSet(QStringLiteral("--json")),
                   DigestChecks::context(call.library(), digest, Preferences::checkSettings(QSettings())));
}

int FormatCommands::checkDigest(CtlContext &context, const Digest &digest, const QStringList &args)
{
    CheckContext checks;
    checks.settings = Preferences::checkSettings(QSettings());
    return checkDigest(context, digest, args, checks);
}

int FormatCommands::checkDigest(CtlContext &context, const Digest &digest, const QStringList &args,
                                const CheckContext &checks)
{
    CtlArguments parsed;
    if (!parseAfterDigest(context, "check", digest, args, &parsed))
        return CtlUsage;
    return checkAs(context, digest, parsed.isSet(QStringLiteral("--json")), checks);
}

int FormatCommands::checkAs(CtlContext &context, const Digest &digest, bool json, const CheckContext &checks)
{
    CheckContext run = checks;
    run.digest = digest;
    const QVector<Finding> findings = CheckRegistry::instance().run(run);
    if (json) {
        QJsonArray array;
        for (const Finding &f : findings)
            array.append(f.toJson());
        *context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Finding &f : findings)
            *context.out << f.toText() << '\n';
    }
    context.out->flush();
    if (!CheckRegistry::hasErrors(findings))
        return CtlOk;
    const auto errors = std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.severity == Finding::Severity::Error;
    });
    return ctlFailed(context, QStringLiteral("check found %1 %2")
                                  .arg(errors)
                                  .arg(errors == 1 ? QStringLiteral("error") : QStringLiteral("errors")));
}

int FormatCommands::importFile(CtlContext &context, const QString &file, Digest *out)
{
    Digest digest;
    const PostImportOutcome outcome = PostImport::read(file, QDate(), &digest);
    if (!outcome.ok)
        return ctlFailed(context, outcome.message());
    if (out)
        *out = digest;
    return CtlOk;
}

CTL_REGISTER(&FormatCommands::declare)

} // namespace DigestStudio
