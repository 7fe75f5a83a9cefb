#include "suggestcommands.h"

#include "ctlarguments.h"
#include "formats/historyjsonl.h"
#include "services/suggestionservice.h"
#include "storage/library.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace DigestStudio {

namespace {

std::unique_ptr<Library> openLibrary(CtlContext &context)
{
    LibraryError error;
    std::unique_ptr<Library> library = Library::open(context.config.libraryLocation(), &error);
    if (!library)
        ctlFailed(context, error.message);
    return library;
}

// The editor's categories (the listing's saved ones) for the cold start.
RankerOptions savedOptions(const CtlContext &context)
{
    RankerOptions options;
    options.categories = context.config.listingCategories();
    return options;
}

bool readListing(const QString &path, QVector<Paper> *papers, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = path + QStringLiteral(": not a JSON array of papers") +
                 (parseError.error != QJsonParseError::NoError
                      ? QStringLiteral(" (") + parseError.errorString() + QStringLiteral(" at offset ") +
                            QString::number(parseError.offset) + QLatin1Char(')')
                      : QString());
        return false;
    }
    const QJsonArray array = document.array();
    for (int i = 0; i < array.size(); ++i) {
        const Paper paper = Paper::fromJson(array.at(i).toObject());
        if (!array.at(i).isObject() || paper.id().isEmpty()) {
            *error =
                path + QStringLiteral(": paper ") + QString::number(i + 1) + QStringLiteral(" has no \"id\"");
            return false;
        }
        papers->append(paper);
    }
    return true;
}

} // namespace

void SuggestCommands::registerInto(QHash<QString, CtlRunner::Handler> *commands)
{
    commands->insert(QStringLiteral("suggest"), &SuggestCommands::suggest);
    commands->insert(QStringLiteral("suggest-eval"), &SuggestCommands::evaluate);
    commands->insert(QStringLiteral("history"), &SuggestCommands::history);
}

int SuggestCommands::suggest(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral(
        "suggest [--date YYYY-MM-DD] [--listing FILE.json] [--top N] [--min-score PERCENT] [--json]");
    CtlArguments args;
    args.addOption(QStringLiteral("--date"))
        .addOption(QStringLiteral("--listing"))
        .addOption(QStringLiteral("--top"))
        .addOption(QStringLiteral("--min-score"))
        .addFlag({QStringLiteral("--json")});
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    if (!args.positional().isEmpty())
        return ctlUsage(context, QStringLiteral("suggest takes no positional arguments"), synopsis);
    QDate day = QDate::currentDate();
    if (!args.value(QStringLiteral("--date")).isNull()) {
        day = QDate::fromString(args.value(QStringLiteral("--date")), Qt::ISODate);
        if (!day.isValid())
            return ctlUsage(context, QStringLiteral("--date must be a date like 2026-11-30"), synopsis);
    }
    int top = -1;
    if (!args.value(QStringLiteral("--top")).isNull()) {
        bool ok = false;
        top = args.value(QStringLiteral("--top")).toInt(&ok);
        if (!ok || top < 1)
            return ctlUsage(context, QStringLiteral("--top must be a positive number"), synopsis);
    }
    // As the lookup panel's threshold: a percentage of the way from the listing's lowest score to its
    // highest.
    int minScore = 0;
    if (!args.value(QStringLiteral("--min-score")).isNull()) {
        bool ok = false;
        minScore = args.value(QStringLiteral("--min-score")).toInt(&ok);
        if (!ok || minScore < 0 || minScore > 100)
            return ctlUsage(context, QStringLiteral("--min-score must be a percentage from 0 to 100"),
                            synopsis);
    }
    auto library = openLibrary(context);
    if (!library)
        return CtlFailed;
    QVector<Paper> listing;
    QString error;
    const QString file = args.value(QStringLiteral("--listing"));
    if (!file.isNull()) {
        if (!readListing(file, &listing, &error))
            return ctlFailed(context, error);
    } else {
        LibraryError libraryError;
        const QVector<ListingDay> days = library->listingHistory(day, day, &libraryError);
        if (!libraryError.message.isEmpty())
            return ctlFailed(context, libraryError.message);
        if (days.isEmpty())
            return ctlFailed(context,
                             QStringLiteral("no listing is stored for ") + day.toString(Qt::ISODate) +
                                 QStringLiteral(" (digestctl listing stores one; or give --listing FILE)"));
        listing = days.constFirst().listing;
    }
    SuggestionService service(library.get());
    service.setOptions(savedOptions(context));
    if (!service.trainAndWait(day, &error))
        return ctlFailed(context, error);
    QVector<Suggestion> ranked = Suggestion::atLeast(service.rank(listing), minScore / 100.0);
    if (top > 0 && ranked.size() > top)
        ranked.resize(top);
    if (args.isSet(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const Suggestion &s : ranked)
            array.append(s.toJson());
        *context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Suggestion &s : ranked) {
            QStringList words;
            for (const SuggestionReason &r : s.reasons)
                words.append(r.describe());
            *context.out << s.id << '\t' << QString::number(s.score, 'f', 4) << '\t'
                         << words.join(QStringLiteral("; ")) << '\n';
        }
    }
    context.out->flush();
    return CtlOk;
}

int SuggestCommands::evaluate(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("suggest-eval [--json]");
    CtlArguments args;
    args.addFlag({QStringLiteral("--json")});
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    if (!args.positional().isEmpty())
        return ctlUsage(context, QStringLiteral("suggest-eval takes no positional arguments"), synopsis);
    auto library = openLibrary(context);
    if (!library)
        return CtlFailed;
    SuggestionService service(library.get());
    service.setOptions(savedOptions(context));
    SuggestionEvaluation::Result result;
    QString error;
    if (!service.evaluate(&result, &error))
        return ctlFailed(context, error);
    const QJsonObject json = result.toJson();
    if (args.isSet(QStringLiteral("--json"))) {
        *context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        *context.out << "days\t" << result.days << "\n\tmodel\trandom\tfeed_order\tcentroid\n";
        for (const char *metric : {"recall_at_9", "recall_at_50", "ndcg_at_20", "map"}) {
            const QJsonObject row = json.value(QString::fromLatin1(metric)).toObject();
            *context.out << metric;
            for (const char *method : {"model", "random", "feed_order", "centroid"})
                *context.out << '\t'
                             << QString::number(row.value(QString::fromLatin1(method)).toDouble(), 'f', 4);
            *context.out << '\n';
        }
    }
    context.out->flush();
    return CtlOk;
}

int SuggestCommands::history(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("history import FILE.jsonl");
    CtlArguments args;
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    if (args.positional().size() != 2 || args.positional().constFirst() != QLatin1String("import"))
        return ctlUsage(context, QStringLiteral("history takes: import FILE.jsonl"), synopsis);
    const QString path = args.positional().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctlFailed(context, path + QStringLiteral(": ") + file.errorString());
    if (file.size() > HistoryJsonl::MaxBytes)
        return ctlFailed(context,
                         path + QStringLiteral(": larger than the limit of 256 MB (HistoryJsonl::MaxBytes); "
                                               "nothing was imported"));
    auto library = openLibrary(context);
    if (!library)
        return CtlFailed;
    SuggestionService service(library.get());
    int days = 0;
    QString error;
    if (!service.importHistory(file.readAll(), &days, &error))
        return ctlFailed(context,
                         path + QStringLiteral(": ") + error + QStringLiteral("; nothing was imported"));
    *context.out << days << '\n';
    context.out->flush();
    return CtlOk;
}

} // namespace DigestStudio
