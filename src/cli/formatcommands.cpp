#include "formatcommands.h"

#include "checks/checkregistry.h"
#include "checks/untoucheddrafts.h"
#include "ctlarguments.h"
#include "formats/formatregistry.h"
#include "services/postexport.h"
#include "services/postimport.h"
#include "services/preferences.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>

namespace DigestStudio {

namespace {

// `command: unexpected argument --pretty`, `command: option --format needs a value`.
QString argumentError(const QString &command, const CtlArguments &args)
{
    const QString what = args.error() == CtlArguments::Error::UnknownOption
                             ? QStringLiteral("unexpected argument ") + args.offending()
                             : args.errorText();
    return command + QStringLiteral(": ") + what;
}

// Untouched machine text is a warning, not a refusal: the post is still written (exit 0).
void warnUntouchedDrafts(CtlContext &context, const Digest &digest)
{
    const QString warning = UntouchedDrafts::warning(digest, Preferences::checkSettings(QSettings()));
    if (warning.isEmpty())
        return;
    *context.err << "digestctl: warning: " << warning << '\n';
    context.err->flush();
}

} // namespace

int FormatCommands::usageError(CtlContext &context, const QString &message)
{
    *context.err << "digestctl: " << message << '\n';
    context.err->flush();
    return CtlUsage;
}

int FormatCommands::exportDigest(CtlContext &context, const Digest &digest, const QStringList &args)
{
    return exportDigest(context, digest, args, Preferences::exportOptions(QSettings()));
}

int FormatCommands::exportDigest(CtlContext &context, const Digest &digest, const QStringList &args,
                                 const ExportOptions &options)
{
    CtlArguments parsed;
    parsed.addOption(QStringLiteral("--format")).addOption(QStringLiteral("--output"));
    addImageOptions(&parsed);
    if (!parsed.parse(args))
        return usageError(context, argumentError(QStringLiteral("export"), parsed));
    if (!parsed.positional().isEmpty())
        return usageError(context,
                          QStringLiteral("export: unexpected argument ") + parsed.positional().first());
    ExportOptions withImages = options;
    QString problem;
    if (!readImageOptions(parsed, &withImages, &problem))
        return usageError(context, QStringLiteral("export: ") + problem);
    return exportAs(context, digest, parsed.value(QStringLiteral("--format")),
                    parsed.isSet(QStringLiteral("--output")), parsed.value(QStringLiteral("--output")),
                    withImages);
}

void FormatCommands::addImageOptions(CtlArguments *args)
{
    args->addOption(QStringLiteral("--width"))
        .addOption(QStringLiteral("--scale"))
        .addOption(QStringLiteral("--max-height"));
}

bool FormatCommands::readImageOptions(const CtlArguments &args, ExportOptions *options, QString *problem)
{
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
        if (!ok || value < n.low || value > n.high) {
            *problem = QStringLiteral("%1 takes a whole number from %2 to %3, not '%4'")
                           .arg(name)
                           .arg(n.low)
                           .arg(n.high)
                           .arg(args.value(name));
            return false;
        }
        *n.value = value;
    }
    return true;
}

int FormatCommands::exportAs(CtlContext &context, const Digest &digest, const QString &formatId, bool toFile,
                             const QString &file, const ExportOptions &options)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    if (formatId.isEmpty())
        return usageError(context, QStringLiteral("export: --format is required (") +
                                       registry.ids().join(QLatin1Char('|')) + QLatin1Char(')'));
    const DigestExporter *exporter = registry.format(formatId);
    if (!exporter)
        return usageError(context, QStringLiteral("export: unknown format '") + formatId +
                                       QStringLiteral("' (known: ") +
                                       registry.ids().join(QStringLiteral(", ")) + QLatin1Char(')'));
    if (toFile && file.isEmpty())
        return usageError(context, QStringLiteral("export: --output needs a file name"));
    if (PostExport::writesImages(*exporter)) {
        if (!toFile)
            return usageError(context, QStringLiteral("export: --format ") + formatId +
                                           QStringLiteral(" writes images: --output DIR or FILE.png"));
        warnUntouchedDrafts(context, digest);
        return exportImages(context, *exporter, digest, file, options);
    }
    warnUntouchedDrafts(context, digest);
    // The thread's text only: attached images are the preview's (digestctl writes them with --format image).
    ExportOptions textOptions = options;
    textOptions.weiboAttachImages = false;
    const ExportResult result = exporter->render(digest, textOptions);
    for (const QString &warning : result.warnings)
        *context.err << "digestctl: warning: " << warning << '\n';
    context.err->flush();

    if (!toFile) {
        *context.out << result.text;
        context.out->flush();
        return CtlOk;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(result.text.toUtf8()) < 0 || !out.commit()) {
        *context.err << "digestctl: cannot write " << file << ": " << out.errorString() << '\n';
        context.err->flush();
        return CtlFailed;
    }
    return CtlOk;
}

int FormatCommands::exportImages(CtlContext &context, const DigestExporter &exporter, const Digest &digest,
                                 const QString &target, const ExportOptions &options)
{
    ExportResult result;
    QStringList written;
    QString error;
    const bool ok = PostExport::exportTo(exporter, digest, options, target, &result, &written, &error);
    for (const QString &warning : result.warnings)
        *context.err << "digestctl: warning: " << warning << '\n';
    context.err->flush();
    if (!ok)
        return ctlFailed(context, error);
    for (const QString &path : written)
        *context.out << path << '\n';
    context.out->flush();
    return CtlOk;
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
    parsed.addFlag({QStringLiteral("--json")});
    if (!parsed.parse(args))
        return usageError(context, argumentError(QStringLiteral("check"), parsed));
    if (!parsed.positional().isEmpty())
        return usageError(context,
                          QStringLiteral("check: unexpected argument ") + parsed.positional().first());
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
    if (CheckRegistry::hasErrors(findings)) {
        int errors = 0;
        for (const Finding &f : findings)
            errors += f.severity == Finding::Severity::Error ? 1 : 0;
        *context.err << "digestctl: check found " << errors << (errors == 1 ? " error" : " errors") << '\n';
        context.err->flush();
        return CtlFailed;
    }
    return CtlOk;
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

} // namespace DigestStudio
