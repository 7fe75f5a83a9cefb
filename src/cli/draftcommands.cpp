#include "draftcommands.h"

#include "ctlcall.h"
#include "ctlcommandtable.h"
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

// What happened to one entry.
struct Drafted
{
    int index = 0;
    QJsonObject json;
    bool failed = false;
};

// The 0-based indexes to draft; false (and a usage message) for a position that is not a number or not in
// the digest.
bool chooseEntries(CtlCall &call, const Digest &digest, const QStringList &positions, QVector<int> *indexes,
                   int *status)
{
    for (const QString &text : positions) {
        const int position = text.toInt();
        if (position > digest.entryCount()) {
            *status = call.failed(QStringLiteral("digest ") + QString::number(digest.id()) +
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

QVector<CtlCommand> DraftCommands::declare()
{
    return {
        CtlCommand("draft", &DraftCommands::draft)
            .inSection(CtlSection::Drafting)
            .usingLibrary()
            .withSummary("machine drafts of the empty Chinese fields; exit 1 when any entry failed")
            .withHelp(
                "Asks the drafting model (--llm-url and --llm-model; the key from $DIGEST_LLM_API_KEY, "
                "else the system keychain) for the Chinese title, short title and summary of the "
                "entries at the POSITIONs given, else of every unfinished entry: not reviewed, with a "
                "Chinese field empty. The glossary's terms go with each request.\n\n"
                "Only empty fields are filled, unless --overwrite. An entry filled is marked as holding "
                "an untouched machine draft until a person edits it; a draft entry that now has its "
                "Chinese title and summary becomes translated. Prints one line per entry: its position, "
                "arXiv id, and the fields filled (and those kept); what the checks find in a draft is "
                "said on stderr.\n\n"
                "An entry that fails (the model's error, a broken answer, someone else saving the entry "
                "meanwhile) is named on stderr; the others are saved, and the exit status is 1.")
            .withArgument("DIGEST", "a digest id, or a date YYYY-MM-DD (the latest digest of that day)")
            .withArgument("POSITION",
                          "an entry to draft, from 1 (reviewed ones too); none: the unfinished "
                          "entries",
                          CtlArgument::Count::Any)
            .withFlag("--overwrite", "replace the Chinese fields that already have text")
            .withFlag("--json", "a JSON array of {\"position\", \"arxiv_id\", \"filled\", \"kept\", "
                                "\"drafted_by\", \"findings\"} (or \"error\") instead"),
    };
}

int DraftCommands::draft(CtlCall &call)
{
    for (const QString &text : call.arguments().mid(1)) {
        bool ok = false;
        if (text.toInt(&ok) < 1 || !ok)
            return call.usage(QStringLiteral("POSITION '") + text +
                              QStringLiteral("' is not a positive number"));
    }
    CtlContext &context = call.context();
    const bool overwrite = call.isSet(QStringLiteral("--overwrite"));
    Digest digest;
    if (!call.loadDigest(call.argument(0), &digest))
        return CtlFailed;
    Library *library = call.library();
    QVector<int> indexes;
    int status = CtlOk;
    if (!chooseEntries(call, digest, call.arguments().mid(1), &indexes, &status))
        return status;
    LibraryError error;
    const QVector<GlossaryTerm> glossary = library->glossaryTerms(&error);
    if (error.isError())
        return call.failed(error.message);
    if (indexes.isEmpty()) {
        call.notice(nothingToDraft(digest));
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
                         results.append(store(library, digest.entries().at(index), index, fields, model,
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
    return report(context, digest, results, call.isSet(QStringLiteral("--json")));
}

CTL_REGISTER(&DraftCommands::declare)

} // namespace DigestStudio
