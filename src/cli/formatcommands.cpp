#include "formatcommands.h"

#include "checks/checkregistry.h"
#include "formats/digestimporter.h"
#include "formats/formatregistry.h"
#include "util/compat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>

namespace DigestStudio {

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
    QString formatId;
    QString output;
    bool haveOutput = false;
    for (int i = 0; i < args.size(); ++i) {
        QString name = args.at(i);
        QString value;
        bool hasValue = false;
        const int eq = static_cast<int>(name.indexOf(QLatin1Char('=')));
        if (name.startsWith(QLatin1String("--")) && eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (name != QLatin1String("--format") && name != QLatin1String("--output"))
            return usageError(context, QStringLiteral("export: unexpected argument ") + args.at(i));
        if (!hasValue) {
            if (i + 1 >= args.size())
                return usageError(context,
                                  QStringLiteral("export: ") + name + QStringLiteral(" needs a value"));
            value = args.at(++i);
        }
        if (name == QLatin1String("--format")) {
            formatId = value;
        } else {
            output = value;
            haveOutput = true;
        }
    }
    const FormatRegistry &registry = FormatRegistry::instance();
    if (formatId.isEmpty())
        return usageError(context, QStringLiteral("export: --format is required (") +
                                       registry.ids().join(QLatin1Char('|')) + QLatin1Char(')'));
    const DigestExporter *exporter = registry.format(formatId);
    if (!exporter)
        return usageError(context, QStringLiteral("export: unknown format '") + formatId +
                                       QStringLiteral("' (known: ") +
                                       registry.ids().join(QStringLiteral(", ")) + QLatin1Char(')'));
    if (haveOutput && output.isEmpty())
        return usageError(context, QStringLiteral("export: --output needs a file name"));

    const ExportResult result = exporter->render(digest, options);
    for (const QString &warning : result.warnings)
        *context.err << "digestctl: warning: " << warning << '\n';
    context.err->flush();

    if (!haveOutput) {
        *context.out << result.text;
        context.out->flush();
        return CtlOk;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly)) {
        *context.err << "digestctl: cannot write " << output << ": " << file.errorString() << '\n';
        context.err->flush();
        return CtlFailed;
    }
    file.write(result.text.toUtf8());
    if (!file.commit()) {
        *context.err << "digestctl: cannot write " << output << ": " << file.errorString() << '\n';
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
    bool json = false;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--json"))
            json = true;
        else
            return usageError(context, QStringLiteral("check: unexpected argument ") + arg);
    }
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
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *context.err << "digestctl: cannot read " << file << ": " << in.errorString() << '\n';
        context.err->flush();
        return CtlFailed;
    }
    const DigestImporter::Result result = DigestImporter::parse(in.readAll());
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
