#include "draftcommands.h"

#include "ctlarguments.h"
#include "drafting/draftapplier.h"
#include "drafting/draftcheck.h"
#include "drafting/draftrules.h"
#include "services/draftingservice.h"
#include "services/draftkey.h"
#include "storage/library.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <algorithm>

namespace DigestStudio {

namespace {

const QString synopsis = QStringLiteral("draft DIGEST [POSITION...] [--overwrite] [--json]");

// What happened to one entry.
struct Drafted
{
    int index = 0;
    QJsonObject json;
    bool failed = false;
};

// The 0-based indexes to draft; false (and a usage message) for a position that is not a number or not in
// the digest.
bool chooseEntries(CtlContext &context, const Digest &digest, const QStringList &positions,
                   QVector<int> *indexes, int *status)
{
    for (const QString &text : positions) {
        bool ok = false;
        const int position = text.toInt(&ok);
        if (!ok || position < 1) {
            *status = ctlUsage(
                context, QStringLiteral("POSITION '") + text + QStringLiteral("' is not a positive number"),
                synopsis);
            return false;
        }
        if (position > digest.entryCount()) {
            *status = ctlFailed(context, QStringLiteral("digest ") + QString::number(digest.id()) +
                                             QStringLiteral(" has no entry at position ") + text);
            return false;
        }
        if (!indexes->contains(position - 1))
            indexes->append(position - 1);
    }
    if (positions.isEmpty())
        *indexes = DraftRules::unfinished(digest.entries());
    return true;
}

// Why no entry was chosen, in words that do not claim more than is true.
QString nothingToDraft(const Digest &digest)
{
    if (digest.entryCount() == 0)
        return QStringLiteral("nothing to draft: digest ") + QString::number(digest.id()) +
               QStringLiteral(" has no entries");
    QString text = QStringLiteral(
        "nothing to draft: every entry that is not reviewed has its Chinese title and summary");
    const QVector<int> reviewed = DraftRules::reviewedWithEmptyFields(digest.entries());
    if (!reviewed.isEmpty()) {
        QStringList positions;
        for (const int index : reviewed)
            positions.append(QString::number(index + 1));
        text += QStringLiteral("; reviewed entries with an empty Chinese title or summary are left alone "
                               "(positions ") +
                positions.join(QStringLiteral(", ")) + QStringLiteral("; name a position to draft it)");
    }
    return text;
}

// Applies a draft to the stored entry and saves it; the line printed and the JSON for the entry.
Drafted store(Library *library, DigestEntry entry, int index, const DraftFields &fields, const QString &model,
              bool overwrite, const QVector<GlossaryTerm> &glossary)
{
    Drafted result;
    result.index = index;
    const DraftOutcome outcome = DraftApplier::apply(&entry, fields, model, overwrite);
    DraftRules::settleStatus(&entry, outcome);
    QStringList kept;
    if (!outcome.suggestions.zhTitle.isEmpty())
        kept.append(QStringLiteral("zh_title"));
    if (!outcome.suggestions.zhShortTitle.isEmpty())
        kept.append(QStringLiteral("zh_short_title"));
    if (!outcome.suggestions.zhSummary.isEmpty())
        kept.append(QStringLiteral("zh_summary"));
    result.json.insert(QStringLiteral("filled"), QJsonArray::fromStringList(outcome.filled));
    result.json.insert(QStringLiteral("kept"), QJsonArray::fromStringList(kept));
    if (!outcome.filled.isEmpty()) {
        const SaveResult saved = library->saveEntry(entry);
        if (!saved.saved()) {
            result.failed = true;
            result.json.insert(QStringLiteral("error"),
                               saved.isConflict() ? QStringLiteral("the entry was changed by someone else "
                                                                   "while drafting; the draft was not saved")
                                                  : saved.error.message);
            return result;
        }
    }
    result.json.insert(QStringLiteral("drafted_by"),
                       entry.draftedBy().isEmpty() ? QJsonValue() : QJsonValue(entry.draftedBy()));
    QJsonArray findings;
    for (Finding finding : DraftCheck::findings(entry, glossary)) {
        finding.entry = index;
        findings.append(finding.toJson());
    }
    result.json.insert(QStringLiteral("findings"), findings);
    return result;
}

void printText(CtlContext &context, const Digest &digest, const Drafted &d)
{
    const DigestEntry &entry = digest.entries().at(d.index);
    const QString where =
        QString::number(d.index + 1) + QLatin1Char('\t') + entry.arxivId() + QLatin1Char('\t');
    if (d.failed) {
        ctlNotice(context, QStringLiteral("entry ") + QString::number(d.index + 1) + QStringLiteral(" (") +
                               entry.arxivId() + QStringLiteral("): ") +
                               d.json.value(QStringLiteral("error")).toString());
        return;
    }
    QStringList filled;
    for (const QJsonValue &v : d.json.value(QStringLiteral("filled")).toArray())
        filled.append(v.toString());
    QStringList kept;
    for (const QJsonValue &v : d.json.value(QStringLiteral("kept")).toArray())
        kept.append(v.toString());
    *context.out << where
                 << (filled.isEmpty() ? QStringLiteral("nothing filled")
                                      : QStringLiteral("filled ") + filled.join(QStringLiteral(", ")));
    if (!kept.isEmpty())
        *context.out << "; kept the existing " << kept.join(QStringLiteral(", "))
                     << " (--overwrite replaces)";
    *context.out << '\n';
    for (const QJsonValue &v : d.json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        ctlNotice(context, QStringLiteral("entry ") + QString::number(d.index + 1) + QLatin1Char(' ') +
                               f.value(QStringLiteral("field")).toString() + QStringLiteral(": ") +
                               f.value(QStringLiteral("severity")).toString() + QStringLiteral(": ") +
                               f.value(QStringLiteral("message")).toString());
    }
}

int report(CtlContext &context, const Digest &digest, const QVector<Drafted> &results, bool json)
{
    int failed = 0;
    QJsonArray array;
    for (const Drafted &d : results) {
        failed += d.failed ? 1 : 0;
        if (!json) {
            printText(context, digest, d);
            continue;
        }
        QJsonObject o = d.json;
        o.insert(QStringLiteral("position"), d.index + 1);
        o.insert(QStringLiteral("arxiv_id"), digest.entries().at(d.index).arxivId());
        array.append(o);
    }
    if (json)
        *context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    context.out->flush();
    if (failed == 0)
        return CtlOk;
    return ctlFailed(context, QString::number(failed) + QStringLiteral(" of ") +
                                  QString::number(results.size()) +
                                  QStringLiteral(" entries failed; the others were saved"));
}

} // namespace

void DraftCommands::registerInto(QHash<QString, CtlRunner::Handler> *commands)
{
    commands->insert(QStringLiteral("draft"), &DraftCommands::draft);
}

int DraftCommands::draft(CtlContext &context, const QStringList &arguments)
{
    CtlArguments args;
    args.addFlag({QStringLiteral("--overwrite")}).addFlag({QStringLiteral("--json")});
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    if (args.positional().isEmpty())
        return ctlUsage(context, QStringLiteral("draft needs a DIGEST"), synopsis);
    const bool overwrite = args.isSet(QStringLiteral("--overwrite"));
    LibraryError error;
    std::unique_ptr<Library> library = Library::open(context.config.libraryLocation(), &error);
    Digest digest;
    const qint64 id = library ? library->resolveDigest(args.positional().first(), &error) : 0;
    if (id == 0 || !library->loadDigest(id, &digest, &error))
        return ctlFailed(context, error.message);
    QVector<int> indexes;
    int status = CtlOk;
    if (!chooseEntries(context, digest, args.positional().mid(1), &indexes, &status))
        return status;
    const QVector<GlossaryTerm> glossary = library->glossaryTerms(&error);
    if (error.isError())
        return ctlFailed(context, error.message);
    if (indexes.isEmpty()) {
        ctlNotice(context, nothingToDraft(digest));
        return CtlOk;
    }

    DraftSettings settings = context.config.draftSettings();
    QString keyError;
    settings.apiKey = DraftKey::resolve(settings.provider, context.environment, &keyError);
    if (!keyError.isEmpty())
        return ctlFailed(context, keyError);
    QNetworkAccessManager network;
    DraftingService service(&network);
    service.setSettings(settings);
    QHash<int, int> byTicket;
    QVector<Drafted> results;
    QEventLoop loop;
    QObject::connect(&service, &DraftingService::drafted, &loop,
                     [&](int ticket, const DraftFields &fields, const QString &model) {
                         const int index = byTicket.value(ticket);
                         results.append(store(library.get(), digest.entries().at(index), index, fields, model,
                                              overwrite, glossary));
                     });
    QObject::connect(&service, &DraftingService::failed, &loop, [&](int ticket, const QString &message) {
        Drafted d;
        d.index = byTicket.value(ticket);
        d.failed = true;
        d.json.insert(QStringLiteral("error"), message);
        results.append(d);
    });
    QObject::connect(&service, &DraftingService::progress, &loop, [&](int, int) {
        if (service.pending() == 0)
            loop.quit();
    });
    for (const int index : indexes)
        byTicket.insert(service.draft(digest.entries().at(index), glossary), index);
    if (service.pending() > 0)
        loop.exec();
    std::sort(results.begin(), results.end(),
              [](const Drafted &a, const Drafted &b) { return a.index < b.index; });
    return report(context, digest, results, args.isSet(QStringLiteral("--json")));
}

} // namespace DigestStudio
