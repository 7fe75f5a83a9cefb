#include "arxivcommands.h"

#include "arxiv/arxivlistingclient.h"
#include "arxiv/arxivlookupclient.h"
#include "ctlarguments.h"
#include "services/arxivservice.h"
#include "services/intakereport.h"
#include "services/listingservice.h"
#include "services/paperintake.h"
#include "services/suggestionservice.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DigestStudio {

void ArxivCommands::registerInto(QHash<QString, CtlRunner::Handler> *commands)
{
    commands->insert(QStringLiteral("lookup"), &ArxivCommands::lookup);
    commands->insert(QStringLiteral("listing"), &ArxivCommands::listing);
}

void ArxivCommands::printPapers(CtlContext &context, const QVector<Paper> &papers)
{
    if (papers.isEmpty()) {
        *context.out << "[]\n";
    } else {
        QJsonArray array;
        for (const Paper &paper : papers)
            array.append(paper.toJson());
        *context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    context.out->flush();
}

void ArxivCommands::reportRetries(CtlContext &context, EndpointClient *client)
{
    QObject::connect(client, &EndpointClient::retrying, client,
                     [&context](quint64, const QString &reason, int delayMs) {
                         ctlNotice(context, reason + QStringLiteral("; retrying in ") +
                                                QString::number(delayMs / 1000.0) + QStringLiteral(" s"));
                     });
}

int ArxivCommands::lookup(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("lookup ID|URL...");
    CtlArguments args;
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    if (args.positional().isEmpty())
        return ctlUsage(context, QStringLiteral("lookup needs at least one arXiv id or URL"), synopsis);

    const PaperIntake::Request request = PaperIntake::readIds(args.positional());
    IntakeReport report;
    report.malformed = request.malformed;
    if (!request.ids.isEmpty()) {
        ArxivService arxiv(context.config);
        reportRetries(context, arxiv.lookupClient());
        report.lookup = arxiv.intake()->lookupAndWait(request.ids);
    }
    printPapers(context, report.lookup.papers);
    for (const QString &line : report.lines())
        ctlNotice(context, line);
    return report.failed() ? CtlFailed : CtlOk;
}

// The suggestions learn from every listing seen: it goes into the library's history. Not being able to is a
// notice, not a failure: the listing itself was fetched.
void ArxivCommands::rememberListing(CtlContext &context, const ArxivListingResult &result,
                                    const QVector<Paper> &papers)
{
    if (papers.isEmpty())
        return;
    LibraryError error;
    std::unique_ptr<Library> library = Library::open(context.config.libraryLocation(), &error);
    QString problem = error.message;
    if (library) {
        SuggestionService suggestions(library.get());
        suggestions.setRetrainAutomatically(false);
        suggestions.storeListing(ListingService::listingDay(result), papers, &problem);
    }
    if (!problem.isEmpty())
        ctlNotice(context, QStringLiteral("the listing was not kept for the suggestions: ") + problem);
}

int ArxivCommands::listing(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("listing [CATEGORY...] [--cross-lists] [--json]");
    CtlArguments args;
    args.addFlag({QStringLiteral("--cross-lists")}).addFlag({QStringLiteral("--json")});
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    for (const QString &category : args.positional()) {
        if (!ListingService::isCategory(category))
            return ctlUsage(context,
                            QLatin1Char('\'') + category +
                                QStringLiteral("' is not an arXiv category (like cs.LG or math)"),
                            synopsis);
    }

    ArxivService arxiv(context.config);
    const QStringList categories =
        args.positional().isEmpty() ? arxiv.listing()->defaultCategories() : args.positional();
    if (categories.isEmpty())
        return ctlUsage(context, QStringLiteral("listing needs a CATEGORY: none are saved in the settings"),
                        synopsis);
    reportRetries(context, arxiv.listingClient());
    // Cross-lists only when asked for here: a script gets the same list whatever the GUI last showed.
    const ArxivListingResult result =
        arxiv.listing()->fetchAndWait(categories, args.isSet(QStringLiteral("--cross-lists")));
    if (!result.error.isEmpty())
        return ctlFailed(context, QStringLiteral("the daily listing could not be fetched: ") + result.error);

    const QVector<Paper> papers = ListingService::papers(result);
    rememberListing(context, result, papers);
    if (args.isSet(QStringLiteral("--json"))) {
        printPapers(context, papers);
    } else {
        for (const Paper &paper : papers)
            *context.out << paper.id() << 'v' << paper.version() << '\t' << paper.primaryCategory() << '\t'
                         << paper.title() << '\n';
        context.out->flush();
    }
    if (!result.notice.isEmpty())
        ctlNotice(context, result.notice);
    return CtlOk;
}

} // namespace DigestStudio
