#include "lookupcommand.h"

#include "arxiv/arxivclient.h"
#include "arxiv/arxivid.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace DigestStudio {

int LookupCommand::run(CtlContext &context, const QStringList &arguments, PaperStore *store)
{
    QTextStream &out = *context.out;
    QTextStream &err = *context.err;
    if (arguments.isEmpty()) {
        err << "digestctl: lookup needs at least one arXiv id or URL\n";
        return CtlUsage;
    }
    QVector<ArxivId> ids;
    bool failed = false;
    for (const QString &argument : arguments) {
        const ArxivId id = ArxivId::parse(argument);
        if (!id.isValid()) {
            err << "digestctl: not an arXiv id: '" << argument << "': " << id.error() << '\n';
            failed = true;
            continue;
        }
        ids.append(id);
    }

    const ArxivClient::LookupResult result =
        ids.isEmpty() ? ArxivClient::LookupResult() : lookupBlocking(context, ids, store);

    QJsonArray array;
    for (const Paper &paper : qAsConst(result.papers))
        array.append(paper.toJson());
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));

    if (reportProblems(context, result))
        failed = true;
    return failed ? CtlFailed : CtlOk;
}

ArxivClient::LookupResult LookupCommand::lookupBlocking(CtlContext &context, const QVector<ArxivId> &ids,
                                                        PaperStore *store)
{
    QTextStream &err = *context.err;
    QNetworkAccessManager network;
    ArxivClient client(&network);
    client.setApiUrl(context.arxivApi);
    client.setIntervalMs(context.arxivIntervalMs);
    // Retries back off from the politeness interval, so a short test interval also retries quickly.
    client.setBackoffMs(qMax(context.arxivIntervalMs, 100));
    client.setStore(store);

    ArxivClient::LookupResult result;
    QEventLoop loop;
    QObject::connect(&client, &ArxivClient::lookupFinished, &loop,
                     [&](quint64, const ArxivClient::LookupResult &r) {
                         result = r;
                         loop.quit();
                     });
    QObject::connect(
        &client, &ArxivClient::retrying, &loop, [&](quint64, const QString &reason, int delayMs) {
            err << "digestctl: " << reason << "; retrying in " << QString::number(delayMs / 1000.0) << " s\n";
            err.flush();
        });
    client.lookup(ids);
    loop.exec();
    return result;
}

bool LookupCommand::reportProblems(CtlContext &context, const ArxivClient::LookupResult &result)
{
    QTextStream &err = *context.err;
    bool any = false;
    for (const ArxivId &id : qAsConst(result.invalid)) {
        err << "digestctl: arXiv refused '" << id.input() << "': " << id.error() << '\n';
        any = true;
    }
    for (const QString &id : qAsConst(result.missing)) {
        err << "digestctl: not found on arXiv: " << id << '\n';
        any = true;
    }
    if (!result.error.isEmpty()) {
        err << "digestctl: could not look up " << result.failed.join(QStringLiteral(", ")) << ": "
            << result.error << '\n';
        any = true;
    }
    if (!result.storeError.isEmpty()) {
        err << "digestctl: the library did not keep the papers: " << result.storeError << '\n';
        any = true;
    }
    err.flush();
    return any;
}

} // namespace DigestStudio
