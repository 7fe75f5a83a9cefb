#include "lookupcommand.h"

#include "arxivclient.h"
#include "arxivid.h"

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

    QNetworkAccessManager network;
    ArxivClient client(&network);
    client.setApiUrl(context.arxivApi);
    client.setIntervalMs(context.arxivIntervalMs);
    // Retries back off from the politeness interval, so a short test interval also retries quickly.
    client.setBackoffMs(qMax(context.arxivIntervalMs, 100));
    client.setStore(store);

    ArxivClient::LookupResult result;
    if (!ids.isEmpty()) {
        QEventLoop loop;
        QObject::connect(&client, &ArxivClient::lookupFinished, &loop,
                         [&](quint64, const ArxivClient::LookupResult &r) {
                             result = r;
                             loop.quit();
                         });
        QObject::connect(&client, &ArxivClient::retrying, &loop,
                         [&](quint64, const QString &reason, int delayMs) {
                             err << "digestctl: " << reason << "; retrying in "
                                 << QString::number(delayMs / 1000.0) << " s\n";
                             err.flush();
                         });
        client.lookup(ids);
        loop.exec();
    }

    QJsonArray array;
    for (const Paper &paper : qAsConst(result.papers))
        array.append(paper.toJson());
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));

    for (const ArxivId &id : qAsConst(result.invalid)) {
        err << "digestctl: arXiv refused '" << id.input() << "': " << id.error() << '\n';
        failed = true;
    }
    for (const QString &id : qAsConst(result.missing)) {
        err << "digestctl: not found on arXiv: " << id << '\n';
        failed = true;
    }
    if (!result.error.isEmpty()) {
        err << "digestctl: could not look up " << result.failed.join(QStringLiteral(", ")) << ": "
            << result.error << '\n';
        failed = true;
    }
    return failed ? CtlFailed : CtlOk;
}

} // namespace DigestStudio
