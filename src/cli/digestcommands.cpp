#include "digestcommands.h"

#include "arxiv/arxivlookupclient.h"
#include "arxivcommands.h"
#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "services/arxivservice.h"
#include "services/intakereport.h"
#include "services/paperintake.h"
#include "storage/library.h"

namespace DigestStudio {

namespace {

// Names every problem of `report` on stderr and says that nothing was added. Returns 1.
int nothingAdded(CtlCall &call, const IntakeReport &report)
{
    for (const QString &line : report.lines())
        call.notice(line);
    return call.failed(QStringLiteral("nothing was added"));
}

} // namespace

QVector<CtlCommand> DigestCommands::declare()
{
    return {
        CtlCommand("add", &DigestCommands::add)
            .inSection(CtlSection::Digests)
            .usingLibrary()
            .withSummary("look papers up and append them to a digest as entries")
            .withHelp(
                "Looks the papers up (the library answers for the ones it knows, arXiv for the others) "
                "and appends one entry per paper at the end of the digest, filled with the entry "
                "defaults of the settings (the tag of its category, the authors line). Prints one line per "
                "new entry: "
                "its position, arXiv id and version, title. A paper the digest already has is skipped "
                "with a notice.\n\n"
                "All or nothing: when any id is malformed, unknown to arXiv or cannot be looked up, each "
                "is named on stderr, nothing is added, and the exit status is 1.")
            .withArgument("DIGEST", "a digest id, or a date YYYY-MM-DD (the latest digest of that day)")
            .withArgument("ID|URL", "an arXiv id or an abs or pdf URL", CtlArgument::Count::OneOrMore),
    };
}

int DigestCommands::add(CtlCall &call)
{
    // Malformed ids are named before anything touches the library or the network.
    const PaperIntake::Request request = PaperIntake::readIds(call.arguments().mid(1));
    IntakeReport report;
    report.malformed = request.malformed;
    if (report.failed())
        return nothingAdded(call, report);

    Digest digest;
    if (!call.loadDigest(call.argument(0), &digest))
        return CtlFailed;
    Library *library = call.library();
    ArxivService arxiv(call.context().config, library);
    ArxivCommands::reportRetries(call.context(), arxiv.lookupClient());
    report.lookup = arxiv.intake()->lookupAndWait(request.ids);
    if (report.failed())
        return nothingAdded(call, report);

    const PaperIntake::Batch batch = arxiv.intake()->entriesFor(report.lookup.papers, digest.entries());
    report.present = batch.present;
    for (const QString &line : report.lines())
        call.notice(line);
    int position = digest.entryCount();
    for (const DigestEntry &entry : batch.entries) {
        LibraryError error;
        if (library->appendEntry(digest.id(), entry, &error).id() == 0)
            return call.failed(error.message);
        call.out() << ++position << '\t' << entry.arxivId() << 'v' << entry.version() << '\t' << entry.title()
                   << '\n';
    }
    call.out().flush();
    return CtlOk;
}

CTL_REGISTER(&DigestCommands::declare)

} // namespace DigestStudio
