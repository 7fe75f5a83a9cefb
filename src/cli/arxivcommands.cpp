#include "arxivcommands.h"

#include "arxiv/arxivlistingclient.h"
#include "arxiv/arxivlookupclient.h"
#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "services/arxivservice.h"
#include "services/intakereport.h"
#include "services/listingservice.h"
#include "services/paperintake.h"
#include "services/suggestionservice.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DigestStudio {

QVector<CtlCommand> ArxivCommands::declare()
{
    using Count = CtlArgument::Count;
    return {
        CtlCommand("lookup", &ArxivCommands::lookup)
            .inSection(CtlSection::Papers)
            .withSummary("the papers as a JSON array, in the order asked")
            .withHelp(
                "Looks the papers up in the arXiv API (--arxiv-api) and prints them as a JSON array of "
                "paper JSON (id, version, title, authors, affiliations, abstract, primary_category, "
                "categories, published, updated, comment, journal_ref, doi, abs_url, pdf_url), in the "
                "order asked. Requests are spaced by --arxiv-interval-ms and retried when arXiv is busy.\n\n"
                "An id that is not an arXiv id, that arXiv refuses or does not know is named on stderr; "
                "the others are still printed, and the exit status is 1.")
            .withArgument("ID|URL",
                          "an arXiv id (2210.06441, 2210.06441v2, hep-th/9901001) or an abs or pdf "
                          "URL",
                          Count::OneOrMore),
        CtlCommand("listing", &ArxivCommands::listing)
            .inSection(CtlSection::Papers)
            .usingLibraryWhenItOpens()
            .withSummary("today's new papers; weekend or holiday: empty, a notice, exit 0")
            .withHelp(
                "Fetches today's listing of new papers (--arxiv-listing-url) in the categories given, "
                "else in the ones saved in the GUI's settings, and prints one line per paper: id and "
                "version, primary category, title. The listing is also kept in the library's history, "
                "which the suggestions learn from.\n\n"
                "On a weekend or holiday arXiv announces nothing: the list is empty, a notice says so, and "
                "the exit status is 0.")
            .withArgument("CATEGORY", "an arXiv category (cs.LG, math, hep-th); none: the saved ones",
                          Count::Any)
            .withFlag("--cross-lists", "include the papers cross-listed into the categories (not by default, "
                                       "whatever the GUI last showed)")
            .withFlag("--json", "a JSON array of paper JSON instead"),
    };
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

int ArxivCommands::lookup(CtlCall &call)
{
    CtlContext &context = call.context();
    const PaperIntake::Request request = PaperIntake::readIds(call.arguments());
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
void ArxivCommands::rememberListing(CtlCall &call, const ArxivListingResult &result,
                                    const QVector<Paper> &papers)
{
    if (papers.isEmpty())
        return;
    QString problem;
    if (Library *library = call.context().tryLibrary(&problem)) {
        SuggestionService suggestions(library);
        suggestions.setRetrainAutomatically(false);
        suggestions.storeListing(ListingService::listingDay(result), papers, &problem);
    }
    if (!problem.isEmpty())
        call.notice(QStringLiteral("the listing was not kept for the suggestions: ") + problem);
}

int ArxivCommands::listing(CtlCall &call)
{
    CtlContext &context = call.context();
    for (const QString &category : call.arguments()) {
        if (!ListingService::isCategory(category))
            return call.usage(QLatin1Char('\'') + category +
                              QStringLiteral("' is not an arXiv category (like cs.LG or math)"));
    }

    ArxivService arxiv(context.config);
    const QStringList categories =
        call.arguments().isEmpty() ? arxiv.listing()->defaultCategories() : call.arguments();
    if (categories.isEmpty())
        return call.usage(QStringLiteral("listing needs a CATEGORY: none are saved in the settings"));
    reportRetries(context, arxiv.listingClient());
    // Cross-lists only when asked for here: a script gets the same list whatever the GUI last showed.
    const ArxivListingResult result =
        arxiv.listing()->fetchAndWait(categories, call.isSet(QStringLiteral("--cross-lists")));
    if (!result.error.isEmpty())
        return ctlFailed(context, QStringLiteral("the daily listing could not be fetched: ") + result.error);

    const QVector<Paper> papers = ListingService::papers(result);
    rememberListing(call, result, papers);
    if (call.isSet(QStringLiteral("--json"))) {
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

CTL_REGISTER(&ArxivCommands::declare)

} // namespace DigestStudio
