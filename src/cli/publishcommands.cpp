#include "publishcommands.h"

#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "publishing/wechatarticle.h"
#include "services/publishingservice.h"
#include "services/wechatcredentials.h"
#include "storage/library.h"

#include <QNetworkAccessManager>

namespace DigestStudio {

namespace {

// Reads the options into `request`; a usage message when one is not valid.
QString readRequest(const CtlCall &args, WeChatPublishRequest *request)
{
    request->title = args.value(QStringLiteral("--title"));
    request->author = args.value(QStringLiteral("--author"));
    if (args.isSet(QStringLiteral("--digest")))
        request->summary = args.value(QStringLiteral("--digest"));
    if (args.isSet(QStringLiteral("--cover"))) {
        request->cover = WeChatPublishRequest::Cover::File;
        request->coverFile = args.value(QStringLiteral("--cover"));
    }
    if (args.isSet(QStringLiteral("--comments"))) {
        const QString comments = args.value(QStringLiteral("--comments"));
        if (comments != QLatin1String("on") && comments != QLatin1String("off"))
            return QStringLiteral("--comments takes on or off, not '") + comments + QLatin1Char('\'');
        request->openComment = comments == QLatin1String("on");
    }
    // An empty value is no link, as when the option is not given.
    request->sourceUrl = args.value(QStringLiteral("--source-url")).trimmed();
    if (!request->sourceUrl.isEmpty() && !WeChatArticle::isWebAddress(request->sourceUrl))
        return QStringLiteral("--source-url takes an http or https URL, not '") + request->sourceUrl +
               QLatin1Char('\'');
    request->force = args.isSet(QStringLiteral("--force"));
    request->includeProposed = args.isSet(QStringLiteral("--include-proposed"));
    request->withOpenComments = args.isSet(QStringLiteral("--with-open-comments"));
    return QString();
}

int report(CtlContext &context, const PublishOutcome &outcome)
{
    for (const QString &note : outcome.notes)
        ctlNotice(context, note);
    switch (outcome.status) {
    case PublishOutcome::Status::Published:
        *context.out << outcome.mediaId << '\n';
        context.out->flush();
        ctlNotice(context, outcome.message);
        return CtlOk;
    case PublishOutcome::Status::AlreadyPublished:
        return ctlFailed(context,
                         outcome.message + QStringLiteral(" Nothing was sent; --force publishes again."));
    case PublishOutcome::Status::NotReady:
        for (const QString &problem : outcome.problems)
            ctlNotice(context, problem);
        return ctlFailed(context, QStringLiteral("nothing was sent to WeChat"));
    case PublishOutcome::Status::Busy:
    case PublishOutcome::Status::Failed:
    case PublishOutcome::Status::Cancelled:
        break;
    }
    return ctlFailed(context, outcome.message);
}

} // namespace

QVector<CtlCommand> PublishCommands::declare()
{
    return {
        CtlCommand("publish", "wechat", &PublishCommands::publishWeChat)
            .inSection(CtlSection::Publishing)
            .usingLibrary()
            .drawingImages()
            .withSummary("a draft in the WeChat Official Account draft box; prints its media_id")
            .withHelp(
                "Puts the digest, as one article, into the draft box of a WeChat Official Account "
                "(--wechat-api): the figures and the cover are uploaded, then the draft is added, and its "
                "media_id is printed. Nothing reaches readers: a person sends the draft from the "
                "Official Account's platform.\n\n"
                "The AppID and AppSecret come from $DIGEST_WECHAT_APPID and $DIGEST_WECHAT_SECRET, else "
                "from the system keychain, where the GUI keeps them. The access token is kept in the "
                "keychain for the next run; none of them is ever printed.\n\n"
                "The library records what was sent: a digest sent before is refused, and nothing is "
                "sent, unless --force. The digest is checked first as the GUI's publish dialog checks it: "
                "when something stops it (a cover too large, an error finding), each problem is named and "
                "nothing is sent. Entries holding a machine draft nobody revised are named in a warning.")
            .withArgument("DIGEST", "a digest id, or a date YYYY-MM-DD (the latest digest of that day)")
            .withOption("--title", "TEXT",
                        "the article's title (default: the digest's title, else the house "
                        "title with the date)")
            .withOption("--author", "NAME", "the article's author (none by default)")
            .withOption("--cover", "FILE",
                        "the cover image, at most 32 MB (default: a title card drawn for "
                        "the digest)")
            .withOption("--digest", "TEXT",
                        "the summary the feed shows under the title (default: the digest's "
                        "summary line, shortened)")
            .withOption("--comments", "on|off", "whether readers may comment (default: off)")
            .withOption("--source-url", "URL",
                        "the http or https page the article's 'read more' link opens "
                        "(default: none)")
            .withFlag("--force", "send again a digest the library says was sent")
            .withFlag("--include-proposed",
                      "send although proposals of the morning run are undecided (the proposed-entry check)")
            .withFlag("--with-open-comments",
                      "send although comment threads of the team are not resolved (the unresolved-comment "
                      "check)"),
    };
}

int PublishCommands::publishWeChat(CtlCall &call)
{
    WeChatPublishRequest request;
    const QString usage = readRequest(call, &request);
    if (!usage.isEmpty())
        return call.usage(usage);
    request.digestId = call.digestId(call.argument(0));
    if (request.digestId == 0)
        return CtlFailed;

    CtlContext &context = call.context();
    QNetworkAccessManager network;
    PublishingService service(call.library(), &network, context.config.wechatApiUrl());
    service.setDeadlineMs(context.config.wechatDeadlineMs());
    service.setCredentials(WeChatCredentials::resolve(context.environment));
    QObject::connect(&service, &PublishingService::notice, &service,
                     [&context](const QString &text) { ctlNotice(context, text); });
    return report(context, service.publishAndWait(request));
}

CTL_REGISTER(&PublishCommands::declare)

} // namespace DigestStudio
