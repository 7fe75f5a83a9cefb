#include "preparecommands.h"

#include "arxiv/arxivlane.h"
#include "arxivcommands.h"
#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "services/arxivservice.h"
#include "services/desktopnotifier.h"
#include "services/draftingservice.h"
#include "services/draftkey.h"
#include "services/fulltextservice.h"
#include "services/listingservice.h"
#include "services/prepareservice.h"
#include "services/settingskeys.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>

#include <memory>

namespace DigestStudio {

namespace {

// A whole number from `low` to `high` in `option`, else `fallback` when it is not given; false after a
// usage message.
bool readNumber(CtlCall &call, const QString &option, int low, int high, int *value, int *status)
{
    if (call.value(option).isNull())
        return true;
    bool ok = false;
    const int number = call.value(option).toInt(&ok);
    if (!ok || number < low || number > high) {
        *status = call.usage(QStringLiteral("%1 takes a whole number from %2 to %3, not '%4'")
                                 .arg(option)
                                 .arg(low)
                                 .arg(high)
                                 .arg(call.value(option)));
        return false;
    }
    *value = number;
    return true;
}

// The request from the options and the saved settings; false after a usage message.
bool readRequest(CtlCall &call, PrepareService::Request *request, int *waitSeconds, int *status)
{
    const QString date = call.value(QStringLiteral("--date"));
    if (!date.isNull()) {
        request->date = QDate::fromString(date, Qt::ISODate);
        if (!request->date.isValid() || date.size() != 10) {
            *status = call.usage(QStringLiteral("--date must be a date like 2026-11-30, not '") + date +
                                 QLatin1Char('\''));
            return false;
        }
    }
    const QString categories = call.value(QStringLiteral("--categories"));
    if (!categories.isNull()) {
        request->categories =
            categories.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        for (const QString &category : request->categories) {
            if (!ListingService::isCategory(category)) {
                *status = call.usage(QLatin1Char('\'') + category +
                                     QStringLiteral("' is not an arXiv category (like cs.LG or math)"));
                return false;
            }
        }
    }
    const QSettings settings;
    request->top = SettingsKeys::MorningTopCount.value(settings);
    request->minScorePercent = SettingsKeys::MorningMinScore.value(settings);
    request->draft = !call.isSet(QStringLiteral("--no-draft"));
    request->fill = !call.isSet(QStringLiteral("--no-fulltext"));
    return readNumber(call, QStringLiteral("--top"), 1, 500, &request->top, status) &&
           readNumber(call, QStringLiteral("--min-score"), 0, 100, &request->minScorePercent, status) &&
           readNumber(call, QStringLiteral("--wait"), 0, 3600, waitSeconds, status);
}

int report(CtlCall &call, const PrepareReport &report, bool json)
{
    if (json) {
        call.out() << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        call.out().flush();
    }
    switch (report.outcome) {
    case PrepareReport::Outcome::Busy:
    case PrepareReport::Outcome::Failed:
        return call.failed(report.error);
    case PrepareReport::Outcome::NoAnnouncement:
        for (const QString &notice : report.notices)
            call.notice(notice);
        if (!json)
            call.out() << report.firstLine() << '\n';
        return CtlOk;
    case PrepareReport::Outcome::Prepared:
        break;
    }
    if (!json) {
        for (const QString &line : report.lines())
            call.out() << line << '\n';
        call.out().flush();
    }
    for (const QString &notice : report.notices)
        call.notice(notice);
    return CtlOk;
}

// The app beside digestctl, else on the PATH; the library is handed over in its environment ($DIGEST_DB), so
// that a password in its location is on no command line.
void openApp(CtlCall &call)
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/digest-studio");
    QProcess app;
    app.setProgram(QFileInfo(beside).isExecutable() ? beside : QStringLiteral("digest-studio"));
    QProcessEnvironment environment = call.context().environment;
    environment.insert(QStringLiteral("DIGEST_DB"), call.context().config.libraryLocation());
    app.setProcessEnvironment(environment);
    if (!app.startDetached())
        call.notice(QStringLiteral("Digest Studio could not be opened: ") + app.errorString());
}

} // namespace

QVector<CtlCommand> PrepareCommands::declare()
{
    return {
        CtlCommand("prepare", &PrepareCommands::prepare)
            .inSection(CtlSection::Digests)
            .usingLibrary()
            .withSummary("the morning run: the day's digest proposed, filled and drafted for the editor")
            .withHelp(
                "For the day arXiv announces now (or --date, when the library keeps that day's listing): "
                "fetches the listing (--arxiv-listing-url) and keeps it, ranks it by the suggestions, "
                "creates the day's digest when there is none, adds the best papers as proposed entries "
                "(their score and reasons kept), fills affiliations and figures from the papers' full "
                "text, and drafts the Chinese (as 'digestctl draft', --llm-url). Prints a report: the "
                "papers proposed, filled, drafted, and those that failed with the reason, and the time "
                "taken.\n\n"
                "It can run again: a paper once proposed (kept, dropped or removed since) or marked \"not "
                "for us\" is never proposed again, the papers proposed for the day count against --top, and "
                "only empty fields are drafted, so a person's text is never changed. A proposal stays one "
                "until the editor keeps or drops it; export and publish refuse a digest with proposals.\n\n"
                "On a weekend or holiday arXiv announces nothing: a notice, and the exit status is 0. One "
                "run at a time per library: a second one waits up to --wait seconds, then stops without "
                "changing anything, exit status 1. Papers that failed a step are in the report; the exit "
                "status is still 0 when the run itself went through.")
            .withOption("--date", "YYYY-MM-DD",
                        "the day to prepare, whose listing the library keeps "
                        "(default: the day arXiv announces now)")
            .withOption("--categories", "CAT,...",
                        "the listing's categories, separated by commas (default: the saved ones)")
            .withOption("--top", "N",
                        "propose the N best papers, 1 to 500 (default: the saved setting, else 12)")
            .withOption("--min-score", "PERCENT",
                        "propose only papers at least this far, 0 to 100, from the listing's lowest score to "
                        "its highest (default: the saved setting, else 0)")
            .withOption("--wait", "SECONDS", "how long to wait for a run under way, 0 to 3600 (default 10)")
            .withFlag("--no-draft", "leave the Chinese empty")
            .withFlag("--no-fulltext", "do not fill affiliations and figures from the papers' full text")
            .withFlag("--notify",
                      "say the report's first line in a desktop notification when the run ends (the "
                      "scheduled run does)")
            .withFlag("--json", "the report as a JSON object instead"),
    };
}

int PrepareCommands::prepare(CtlCall &call)
{
    PrepareService::Request request;
    int waitSeconds = PrepareService::DefaultLockWaitMs / 1000;
    int status = CtlOk;
    if (!readRequest(call, &request, &waitSeconds, &status))
        return status;
    CtlContext &context = call.context();
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    ArxivService arxiv(context.config, library);
    ArxivCommands::reportRetries(context, arxiv.listingClient());
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<DraftingService> drafting;
    if (request.draft) {
        DraftSettings settings = context.config.draftSettings();
        QString keyError;
        settings.apiKey = DraftKey::resolve(settings.provider, context.environment, &keyError);
        if (!keyError.isEmpty())
            return call.failed(keyError);
        network = std::make_unique<QNetworkAccessManager>();
        drafting = std::make_unique<DraftingService>(network.get());
        drafting->setSettings(settings);
    }
    PrepareService service(library, &arxiv, drafting.get());
    // The papers are read in the arXiv lane, paced with the listing's requests.
    FulltextService fulltext(arxiv.scheduler(), ArxivLane::name());
    fulltext.configure(context.config.arxivSiteUrl(), context.config.fulltextDeadlineMs());
    service.setFulltext(&fulltext);
    RankerOptions options;
    options.categories = context.config.listingCategories();
    service.setRankerOptions(options);
    service.setLockWaitMs(waitSeconds * 1000);
    const PrepareReport result = service.run(request);
    const bool json = call.isSet(QStringLiteral("--json"));
    if (!call.isSet(QStringLiteral("--notify")))
        return report(call, result, json);
    DesktopNotifier notifier;
    QString notifyError;
    const bool shown = notifier.show(QStringLiteral("Digest Studio"), result.firstLine(), &notifyError);
    if (!shown)
        call.notice(notifyError);
    status = report(call, result, json);
    // A click on the notification opens the app, which opens the latest digest: the one just prepared.
    if (shown && result.outcome == PrepareReport::Outcome::Prepared &&
        notifier.waitForClick(DesktopNotifier::ClickWaitMs))
        openApp(call);
    return status;
}

CTL_REGISTER(&PrepareCommands::declare)

} // namespace DigestStudio
