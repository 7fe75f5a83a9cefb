#include "publishcommands.h"

#include "ctlarguments.h"
#include "publishing/wechatarticle.h"
#include "services/publishingservice.h"
#include "services/wechatcredentials.h"
#include "storage/library.h"

#include <QNetworkAccessManager>

namespace DigestStudio {

namespace {

const QString &synopsis()
{
    static const QString text =
        QStringLiteral("publish wechat DIGEST [--title TEXT] [--author NAME] [--cover FILE] [--digest TEXT] "
                       "[--comments on|off] [--source-url URL] [--force]");
    return text;
}

// Reads the options into `request`; a usage message when one is not valid.
QString readRequest(const CtlArguments &args, WeChatPublishRequest *request)
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

void PublishCommands::registerInto(QHash<QString, CtlRunner::Handler> *commands)
{
    commands->insert(QStringLiteral("publish"), &PublishCommands::publish);
}

int PublishCommands::publish(CtlContext &context, const QStringList &arguments)
{
    CtlArguments args;
    args.addOption(QStringLiteral("--title"))
        .addOption(QStringLiteral("--author"))
        .addOption(QStringLiteral("--cover"))
        .addOption(QStringLiteral("--digest"))
        .addOption(QStringLiteral("--comments"))
        .addOption(QStringLiteral("--source-url"))
        .addFlag({QStringLiteral("--force")});
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis());
    const QStringList positional = args.positional();
    if (positional.isEmpty() || positional.first() != QLatin1String("wechat"))
        return ctlUsage(context, QStringLiteral("publish needs a channel: wechat"), synopsis());
    if (positional.size() != 2)
        return ctlUsage(context, QStringLiteral("publish wechat takes one DIGEST"), synopsis());
    WeChatPublishRequest request;
    const QString usage = readRequest(args, &request);
    if (!usage.isEmpty())
        return ctlUsage(context, usage, synopsis());

    LibraryError openError;
    std::unique_ptr<Library> library = Library::open(context.config.libraryLocation(), &openError);
    if (!library)
        return ctlFailed(context, openError.message);
    LibraryError error;
    request.digestId = library->resolveDigest(positional.at(1), &error);
    if (request.digestId == 0)
        return ctlFailed(context, error.message);

    QNetworkAccessManager network;
    PublishingService service(library.get(), &network, context.config.wechatApiUrl());
    service.setDeadlineMs(context.config.wechatDeadlineMs());
    service.setCredentials(WeChatCredentials::resolve(context.environment));
    QObject::connect(&service, &PublishingService::notice, &service,
                     [&context](const QString &text) { ctlNotice(context, text); });
    return report(context, service.publishAndWait(request));
}

} // namespace DigestStudio
