#include "fulltextcommands.h"
#include "figurecommands.h"

#include "arxiv/arxivlane.h"
#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "model/arxivid.h"
#include "model/digest.h"
#include "services/arxivservice.h"
#include "services/authorblockreader.h"
#include "services/draftkey.h"
#include "services/fulltextservice.h"
#include "services/libraryfulltexttarget.h"
#include "storage/library.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>

namespace DigestStudio {

namespace {

using Count = CtlArgument::Count;

void printJson(CtlCall &call, const QJsonObject &object)
{
    call.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    call.out().flush();
}

CtlCommand aliasRow(const char *subName, CtlCommand::Handler handler)
{
    return CtlCommand("affiliations", subName, handler).inSection(CtlSection::Digests).usingLibrary();
}

const char *const FullTextHelp =
    "Reads the paper itself: its HTML page at SITE/html/ID (--arxiv-site, default https://arxiv.org), "
    "or its PDF at SITE/pdf/ID when there is no page (404) or the page names no affiliation. Prints "
    "where the affiliations came from (html or pdf), the house's affiliation line (each institution "
    "reduced to its name, in order of first appearance, the library's aliases applied; empty when the "
    "paper states none), each author with the affiliations as written, and each figure with its "
    "caption, image URL and size. Requests go in the arXiv lane (--arxiv-interval-ms apart, one at a "
    "time); one read may take --fulltext-timeout seconds in all.\n\n"
    "Neither a page nor a PDF, a PDF too large (50 MB) or the deadline passed: said on stderr, exit "
    "status 1.";

const char *const EnrichHelp =
    "Reads the paper of each entry at POSITION (all entries when none is given) as `fulltext` does, one "
    "after the other, and fills the entry's affiliation line when it is empty; a line that is not empty "
    "(a person's) is kept unless --overwrite. When the paper states no affiliation the line stays as "
    "it was: nothing is guessed. Up to N figures (--figures, default 1; 0: none) are attached to an "
    "entry that has none yet: the paper's first figures, or the first page of a PDF-only paper. An "
    "entry that needs nothing is not read. Prints one line per entry in words (filled, kept, none "
    "stated, failed and why); exit status 1 when any entry failed. When a PDF's author block names no "
    "institution the rules can find and an OpenAI-compatible drafting model is set up (--llm-url, "
    "--llm-model), the model is asked to name the block's institutions; every name it gives must be "
    "text of the block, or nothing is taken. Its line is marked as the model's (\"affiliations_by\" in "
    "the digest's JSON) until a person edits it. --no-model never asks.";

ArxivService *arxivFor(CtlCall &call, std::unique_ptr<ArxivService> *holder)
{
    *holder = std::make_unique<ArxivService>(call.context().config);
    return holder->get();
}

void configure(FulltextService &service, const LaunchConfig &config)
{
    service.configure(config.arxivSiteUrl(), config.fulltextDeadlineMs());
}

// The drafting model, when one is set up, for author blocks the rules cannot split; the key is looked up
// only then.
void setUpBlockReader(CtlCall &call, AuthorBlockReader *reader)
{
    DraftSettings settings = call.context().config.draftSettings();
    reader->setSettings(settings);
    if (!reader->isReady())
        return;
    QString keyError;
    settings.apiKey = DraftKey::resolve(settings.provider, call.context().environment, &keyError);
    if (!keyError.isEmpty()) {
        call.notice(QStringLiteral("no model reads author blocks: ") + keyError);
        reader->setSettings(AuthorBlockReader::noModel());
        return;
    }
    reader->setSettings(settings);
}

void printPaper(CtlCall &call, const FulltextService::Paper &paper)
{
    const FullText &text = paper.read.fullText;
    QTextStream &out = call.out();
    out << paper.read.id << '\t' << FulltextService::sourceName(text.source) << '\n';
    out << "affiliation line: " << paper.line << '\n';
    for (const FullText::Author &author : text.authors)
        out << "author: " << author.name << (author.affiliations.isEmpty() ? QString() : QStringLiteral(": "))
            << author.affiliations.join(QStringLiteral(" | "))
                   .replace(QLatin1Char('\n'), QStringLiteral(", "))
            << '\n';
    for (const QString &other : text.otherAffiliations)
        out << "affiliation: " << other << '\n';
    for (const FullText::Figure &figure : text.figures)
        out << "figure " << figure.number << ": " << figure.caption << '\t'
            << paper.read.imageUrl(figure).toString() << '\t' << figure.width() << 'x' << figure.height()
            << '\n';
    out.flush();
}

} // namespace

QVector<CtlCommand> FulltextCommands::declare()
{
    return {
        CtlCommand("fulltext", &FulltextCommands::fulltext)
            .inSection(CtlSection::Papers)
            .usingLibraryWhenItOpens()
            .withSummary("what a paper's HTML or PDF says: authors, institutions, figures")
            .withHelp(FullTextHelp)
            .withArgument("ID|URL", "an arXiv id or an abs or pdf URL")
            .withFlag("--json",
                      "{\"id\", \"source\", \"authors\", \"affiliation_line\", \"figures\"} instead"),
        CtlCommand("enrich", &FulltextCommands::enrich)
            .inSection(CtlSection::Digests)
            .usingLibrary()
            .withSummary("fill a digest's empty affiliation lines and figures from its papers")
            .withHelp(EnrichHelp)
            .withArgument("DIGEST", "a digest id, or a date YYYY-MM-DD (the latest digest of that day)")
            .withArgument("POSITION", "an entry's position, 1 for the first; none: every entry", Count::Any)
            .withOption("--figures", "N", "figures attached to an entry that has none (default 1; 0: none)")
            .withFlag("--overwrite", "replace affiliation lines that are not empty")
            .withFlag("--no-model", "never ask the drafting model to read an author block")
            .withFlag("--json", "the report as JSON instead"),
        aliasRow("list", &FulltextCommands::listAliases)
            .withSummary("the house's short names for institutions, one LONG<TAB>SHORT a line")
            .withHelp("Prints the library's affiliation aliases, one a line: the long name as papers write "
                      "it and the short name the house prefers, separated by a tab. They are applied when "
                      "an affiliation line is made (fulltext, enrich, the GUI's Fill From Papers)."),
        aliasRow("add", &FulltextCommands::addAlias)
            .withSummary("write SHORT wherever a paper names LONG")
            .withHelp("Adds the alias LONG -> SHORT (LONG matched ignoring case and spacing), or replaces "
                      "the alias of LONG. Prints 'added LONG' or 'replaced LONG'. Lines already made are "
                      "not changed.")
            .withArgument("LONG", "the institution's name as papers write it")
            .withArgument("SHORT", "the name the house writes"),
        aliasRow("remove", &FulltextCommands::removeAlias)
            .withSummary("forget the alias of LONG")
            .withHelp("Removes the alias of LONG and prints 'removed LONG'; an alias that is not there is "
                      "an error (exit status 1).")
            .withArgument("LONG", "the long name"),
    };
}

int FulltextCommands::fulltext(CtlCall &call)
{
    const ArxivId id = ArxivId::parse(call.argument(0));
    if (!id.isValid())
        return call.usage(QStringLiteral("not an arXiv id: '") + call.argument(0) + QStringLiteral("' (") +
                          id.error() + QLatin1Char(')'));
    QString problem;
    Library *library = call.context().tryLibrary(&problem);
    if (!problem.isEmpty())
        call.notice(QStringLiteral("no aliases applied: ") + problem);
    std::unique_ptr<ArxivService> holder;
    ArxivService *arxiv = arxivFor(call, &holder);
    FulltextService service(arxiv->scheduler(), ArxivLane::name());
    configure(service, call.context().config);
    const FulltextService::Paper paper =
        service.readAndWait(id.idWithVersion(), FulltextService::aliasMap(library));
    if (!paper.read.ok())
        return call.failed(id.idWithVersion() + QStringLiteral(": ") + paper.read.problem);
    if (!paper.read.htmlProblem.isEmpty())
        call.notice(id.idWithVersion() + QStringLiteral(": read from the PDF: ") + paper.read.htmlProblem);
    if (call.isSet(QStringLiteral("--json")))
        printJson(call, paper.toJson());
    else
        printPaper(call, paper);
    return CtlOk;
}

int FulltextCommands::enrich(CtlCall &call)
{
    QVector<int> positions;
    for (const QString &text : call.arguments().mid(1)) {
        bool ok = false;
        const int position = text.toInt(&ok);
        if (!ok || position < 1)
            return call.usage(QLatin1Char('\'') + text + QStringLiteral("' is not a position (1 or more)"));
        positions.append(position);
    }
    int figures = 1;
    if (call.isSet(QStringLiteral("--figures"))) {
        bool ok = false;
        figures = call.value(QStringLiteral("--figures")).toInt(&ok);
        if (!ok || figures < 0)
            return call.usage(QStringLiteral("--figures needs a whole number of 0 or more"));
    }
    const qint64 digestId = call.digestId(call.argument(0));
    if (digestId == 0)
        return CtlFailed;
    std::unique_ptr<ArxivService> holder;
    ArxivService *arxiv = arxivFor(call, &holder);
    FulltextService service(arxiv->scheduler(), ArxivLane::name());
    configure(service, call.context().config);
    LibraryFulltextTarget target(call.library(), digestId);
    QString problem;
    if (!target.load(&problem))
        return call.failed(problem);
    FulltextService::Request request;
    request.positions = positions;
    request.figuresPerEntry = figures;
    request.overwrite = call.isSet(QStringLiteral("--overwrite"));
    request.aliases = FulltextService::aliasMap(call.library());
    request.askModel = !call.isSet(QStringLiteral("--no-model"));
    AuthorBlockReader reader(arxiv->scheduler());
    if (request.askModel) {
        setUpBlockReader(call, &reader);
        service.setBlockReader(&reader);
    }
    const bool json = call.isSet(QStringLiteral("--json"));
    // Each entry as it is done: at arXiv's spacing a digest takes a minute.
    if (!json)
        QObject::connect(&service, &FulltextService::entryDone, &service,
                         [&call](const FulltextService::EntryReport &entry) {
                             call.out() << entry.words() << '\n';
                             call.out().flush();
                         });
    FulltextService::Report report = service.enrichAndWait(&target, request);
    report.digestId = digestId;
    if (!report.error.isEmpty())
        return call.failed(report.error + QStringLiteral(" (nothing filled)"));
    if (json)
        printJson(call, report.toJson());
    using Outcome = FulltextService::Outcome;
    call.notice(QStringLiteral("%1 filled, %2 kept, %3 stating no affiliation, %4 failed")
                    .arg(report.count(Outcome::Filled))
                    .arg(report.count(Outcome::Kept))
                    .arg(report.count(Outcome::NoneStated))
                    .arg(report.count(Outcome::Failed)));
    return report.failed() ? CtlFailed : CtlOk;
}

int FulltextCommands::listAliases(CtlCall &call)
{
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QVector<AffiliationAlias> aliases = library->affiliationAliases(&error);
    if (error.isError())
        return call.failed(error.message);
    for (const AffiliationAlias &alias : aliases)
        call.out() << alias.longName << '\t' << alias.shortName << '\n';
    return CtlOk;
}

int FulltextCommands::addAlias(CtlCall &call)
{
    if (call.argument(0).trimmed().isEmpty() || call.argument(1).trimmed().isEmpty())
        return call.usage(QStringLiteral("affiliations add needs a non-empty LONG and SHORT"));
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    bool replaced = false;
    if (!library->setAffiliationAlias(call.argument(0), call.argument(1), &replaced, &error))
        return call.failed(error.message);
    call.out() << (replaced ? "replaced " : "added ") << call.argument(0).simplified() << '\n';
    return CtlOk;
}

int FulltextCommands::removeAlias(CtlCall &call)
{
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    if (!library->removeAffiliationAlias(call.argument(0), &error))
        return call.failed(error.message);
    call.out() << "removed " << call.argument(0).simplified() << '\n';
    return CtlOk;
}

QJsonObject FulltextCommands::digestJson(Library *library, const Digest &digest)
{
    QJsonObject json = digest.toJson();
    QJsonArray entries = json.value(QStringLiteral("entries")).toArray();
    for (int i = 0; i < entries.size() && i < digest.entries().size(); ++i) {
        const QJsonArray figures = FigureCommands::json(library->images(digest.entries().at(i).id()));
        QJsonObject entry = entries.at(i).toObject();
        entry.insert(QStringLiteral("figures"), figures);
        entries.replace(i, entry);
    }
    json.insert(QStringLiteral("entries"), entries);
    return json;
}

CTL_REGISTER(&FulltextCommands::declare)

} // namespace DigestStudio
