#include "suggestcommands.h"

#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "formats/historyjsonl.h"
#include "services/suggestionservice.h"
#include "storage/library.h"
#include "util/boundedfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace DigestStudio {

namespace {

// The editor's categories (the listing's saved ones) for the cold start.
RankerOptions savedOptions(CtlCall &call)
{
    RankerOptions options;
    options.categories = call.context().config.listingCategories();
    return options;
}

bool readListing(const QString &path, QVector<Paper> *papers, QString *error)
{
    QByteArray bytes;
    if (!BoundedFile::read(path, SuggestCommands::MaxListingBytes, &bytes, error))
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
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

QVector<CtlCommand> SuggestCommands::declare()
{
    return {
        CtlCommand("suggest", &SuggestCommands::suggest)
            .inSection(CtlSection::Suggestions)
            .usingLibrary()
            .withSummary("a listing ranked by what the editor picks, with reasons")
            .withHelp("Ranks the papers of a day's listing by how likely the editor is to pick them: a model "
                      "trained on the listings and picks in the library's history before that day (the "
                      "digests' entries count as picks). Prints one paper a line, best first: its id, its "
                      "score, and the reasons that weighed most (terms, authors, categories, keywords, its "
                      "place in the feed).\n\n"
                      "The listing is the one 'digestctl listing' stored for --date, else the papers of "
                      "--listing FILE.json. With little history the saved listing categories decide.")
            .withOption("--date", "YYYY-MM-DD",
                        "the day whose listing to rank, and before which to learn "
                        "(default: today)")
            .withOption("--listing", "FILE.json", "a JSON array of paper JSON to rank instead, at most 64 MB")
            .withOption("--top", "N", "only the N best")
            .withOption("--min-score", "PERCENT",
                        "only the papers at least this far, 0 to 100, from the listing's lowest score to its "
                        "highest (as the GUI's threshold)")
            .withFlag("--json", "a JSON array of {\"id\", \"score\", \"reasons\": [...]} instead"),
        CtlCommand("suggest-eval", &SuggestCommands::evaluate)
            .inSection(CtlSection::Suggestions)
            .usingLibrary()
            .withSummary("replay the stored history with a rolling origin")
            .withHelp(
                "Replays the library's history day by day: for each day, a model trained on the days "
                "before it ranks that day's listing, and the editor's picks score it. Prints the number "
                "of days and recall at 9, recall at 50, nDCG at 20 and MAP for the model and for three "
                "baselines: random, the feed's order, and the centroid of earlier picks.")
            .withFlag("--json", "the same as a JSON object instead"),
        CtlCommand("history", "import", &SuggestCommands::history)
            .inSection(CtlSection::Suggestions)
            .usingLibrary()
            .withSummary("add listings and picks kept elsewhere; all or nothing")
            .withHelp("Adds to the library's history the days of FILE.jsonl, one JSON object a line: "
                      "{\"date\": \"YYYY-MM-DD\", \"listing\": [paper JSON...], \"picked\": [\"id\", ...]}, "
                      "at most 256 MB. Prints the number of days. It creates no digests.\n\n"
                      "All or nothing: the first line with a mistake is named, and nothing is imported.")
            .withArgument("FILE.jsonl", "the history to read"),
    };
}

int SuggestCommands::suggest(CtlCall &call)
{
    QDate day = QDate::currentDate();
    if (!call.value(QStringLiteral("--date")).isNull()) {
        day = QDate::fromString(call.value(QStringLiteral("--date")), Qt::ISODate);
        if (!day.isValid())
            return call.usage(QStringLiteral("--date must be a date like 2026-11-30"));
    }
    int top = -1;
    if (!call.value(QStringLiteral("--top")).isNull()) {
        bool ok = false;
        top = call.value(QStringLiteral("--top")).toInt(&ok);
        if (!ok || top < 1)
            return call.usage(QStringLiteral("--top must be a positive number"));
    }
    // As the lookup panel's threshold: a percentage of the way from the listing's lowest score to its
    // highest.
    int minScore = 0;
    if (!call.value(QStringLiteral("--min-score")).isNull()) {
        bool ok = false;
        minScore = call.value(QStringLiteral("--min-score")).toInt(&ok);
        if (!ok || minScore < 0 || minScore > 100)
            return call.usage(QStringLiteral("--min-score must be a percentage from 0 to 100"));
    }
    // The listing file first: one too large or broken is refused before the library is opened.
    QVector<Paper> listing;
    QString error;
    const QString file = call.value(QStringLiteral("--listing"));
    if (!file.isNull() && !readListing(file, &listing, &error))
        return call.failed(error);
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    if (file.isNull()) {
        LibraryError libraryError;
        const QVector<ListingDay> days = library->listingHistory(day, day, &libraryError);
        if (!libraryError.message.isEmpty())
            return call.failed(libraryError.message);
        if (days.isEmpty())
            return call.failed(QStringLiteral("no listing is stored for ") + day.toString(Qt::ISODate) +
                               QStringLiteral(" (digestctl listing stores one; or give --listing FILE)"));
        listing = days.constFirst().listing;
    }
    SuggestionService service(library);
    service.setOptions(savedOptions(call));
    if (!service.trainAndWait(day, &error))
        return call.failed(error);
    QVector<Suggestion> ranked = Suggestion::atLeast(service.rank(listing), minScore / 100.0);
    if (top > 0 && ranked.size() > top)
        ranked.resize(top);
    QTextStream &out = call.out();
    if (call.isSet(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const Suggestion &s : ranked)
            array.append(s.toJson());
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Suggestion &s : ranked) {
            QStringList words;
            for (const SuggestionReason &r : s.reasons)
                words.append(r.describe());
            out << s.id << '\t' << QString::number(s.score, 'f', 4) << '\t'
                << words.join(QStringLiteral("; ")) << '\n';
        }
    }
    out.flush();
    return CtlOk;
}

int SuggestCommands::evaluate(CtlCall &call)
{
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    SuggestionService service(library);
    service.setOptions(savedOptions(call));
    SuggestionEvaluation::Result result;
    QString error;
    if (!service.evaluate(&result, &error))
        return call.failed(error);
    const QJsonObject json = result.toJson();
    QTextStream &out = call.out();
    if (call.isSet(QStringLiteral("--json"))) {
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        out << "days\t" << result.days << "\n\tmodel\trandom\tfeed_order\tcentroid\n";
        for (const char *metric : {"recall_at_9", "recall_at_50", "ndcg_at_20", "map"}) {
            const QJsonObject row = json.value(QString::fromLatin1(metric)).toObject();
            out << metric;
            for (const char *method : {"model", "random", "feed_order", "centroid"})
                out << '\t' << QString::number(row.value(QString::fromLatin1(method)).toDouble(), 'f', 4);
            out << '\n';
        }
    }
    out.flush();
    return CtlOk;
}

int SuggestCommands::history(CtlCall &call)
{
    // Read with the history's cap, in chunks: a pipe or /dev/zero ends in a refusal, not in memory exhausted;
    // and before the library is opened.
    const QString path = call.argument(0);
    QByteArray bytes;
    QString error;
    if (!BoundedFile::read(path, HistoryJsonl::MaxBytes, &bytes, &error))
        return call.failed(error + QStringLiteral("; nothing was imported"));
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    SuggestionService service(library);
    int days = 0;
    if (!service.importHistory(bytes, &days, &error))
        return call.failed(path + QStringLiteral(": ") + error + QStringLiteral("; nothing was imported"));
    call.out() << days << '\n';
    call.out().flush();
    return CtlOk;
}

CTL_REGISTER(&SuggestCommands::declare)

} // namespace DigestStudio
