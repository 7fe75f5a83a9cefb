#include "formatcommands.h"

#include "checks/checkregistry.h"
#include "ctlarguments.h"
#include "formats/formatregistry.h"

#include <QFile>
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

} // namespace

int FormatCommands::usageError(CtlContext &context, const QString &message)
{
    *context.err << "digestctl: " << message << '\n';
    context.err->flush();
    return CtlUsage;
}

int FormatCommands::exportDigest(CtlContext &context, const Digest &digest, const QStringList &args)
{
    return exportDigest(context, digest, args, ExportOptions::fromSettings(QSettings()));
}

int FormatCommands::exportDigest(CtlContext &context, const Digest &digest, const QStringList &args,
                                 const ExportOptions &options)
{
    CtlArguments parsed;
    parsed.addOption(QStringLiteral("--format")).addOption(QStringLiteral("--output"));
    if (!parsed.parse(args))
        return usageError(context, argumentError(QStringLiteral("export"), parsed));
    if (!parsed.positional().isEmpty())
        return usageError(context,
                          QStringLiteral("export: unexpected argument ") + parsed.positional().first());
    return exportAs(context, digest, parsed.value(QStringLiteral("--format")),
                    parsed.isSet(QStringLiteral("--output")), parsed.value(QStringLiteral("--output")),
                    options);
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

    const ExportResult result = exporter->render(digest, options);
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

int FormatCommands::checkDigest(CtlContext &context, const Digest &digest, const QStringList &args)
{
    CheckContext checks;
    checks.settings = CheckSettings::fromSettings(QSettings());
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
    const PostImporter *importer = FormatRegistry::instance().importerForFile(file);
    if (!importer)
        return ctlFailed(context, QStringLiteral("no importer can read ") + file);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *context.err << "digestctl: cannot read " << file << ": " << in.errorString() << '\n';
        context.err->flush();
        return CtlFailed;
    }
    const ImportResult result = importer->read(in.readAll());
    if (!result.ok) {
        *context.err << "digestctl: " << file << ':' << result.line << ": expected " << result.expected;
        if (!result.found.isNull())
            *context.err << ", found \""
                         << (result.found.size() > 60 ? result.found.left(57) + QStringLiteral("...")
                                                      : result.found)
                         << '"';
        *context.err << '\n';
        context.err->flush();
        return CtlFailed;
    }
    if (out)
        *out = result.digest;
    return CtlOk;
}

} // namespace DigestStudio
