#include "librarycommands.h"

#include "ctlarguments.h"
#include "formats/exportoptions.h"
#include "services/preferences.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace DigestStudio {

namespace {

std::unique_ptr<Library> openLibrary(CtlContext &context)
{
    LibraryError error;
    std::unique_ptr<Library> library = Library::open(context.config.libraryLocation(), &error);
    if (!library)
        ctlFailed(context, error.message);
    return library;
}

bool positiveInt(const QString &text, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value > 0;
}

void printJson(CtlContext &context, const QJsonDocument &document)
{
    *context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

void LibraryCommands::registerInto(QHash<QString, CtlRunner::Handler> *commands)
{
    commands->insert(QStringLiteral("new"), &LibraryCommands::newDigest);
    commands->insert(QStringLiteral("list"), &LibraryCommands::list);
    commands->insert(QStringLiteral("show"), &LibraryCommands::show);
    commands->insert(QStringLiteral("set"), &LibraryCommands::set);
    commands->insert(QStringLiteral("move"), &LibraryCommands::move);
    commands->insert(QStringLiteral("remove"), &LibraryCommands::remove);
    commands->insert(QStringLiteral("search"), &LibraryCommands::search);
}

int LibraryCommands::newDigest(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("new DATE [--title TEXT]");
    CtlArguments args;
    args.addOption(QStringLiteral("--title"));
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    if (args.positional().isEmpty())
        return ctlUsage(context, QStringLiteral("new needs a DATE"), synopsis);
    if (args.positional().size() > 1)
        return ctlUsage(context,
                        QStringLiteral("unexpected argument '") + args.positional().at(1) + QLatin1Char('\''),
                        synopsis);
    const QString dateText = args.positional().first();
    const QString title = args.value(QStringLiteral("--title"));
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid() || dateText.size() != 10)
        return ctlUsage(context,
                        QStringLiteral("'") + dateText + QStringLiteral("' is not a date (YYYY-MM-DD)"),
                        synopsis);
    auto library = openLibrary(context);
    if (!library)
        return CtlFailed;
    // A new digest starts from the header and footer templates in the settings (the sample's by default).
    Digest digest;
    digest.setDate(date);
    digest.setTitle(title);
    Preferences::applyDefaultTemplates(&digest, QSettings());
    LibraryError error;
    const qint64 id = library->createDigest(digest, &error);
    if (id == 0)
        return ctlFailed(context, error.message);
    *context.out << id << '\n';
    return CtlOk;
}

int LibraryCommands::list(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("list [--json]");
    CtlArguments args;
    args.addFlag({QStringLiteral("--json")});
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    if (!args.positional().isEmpty())
        return ctlUsage(context, QStringLiteral("list takes no arguments"), synopsis);
    auto library = openLibrary(context);
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QVector<DigestSummary> digests = library->digests(&error);
    if (error.isError())
        return ctlFailed(context, error.message);
    if (args.isSet(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const DigestSummary &d : digests) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), d.id);
            o.insert(QStringLiteral("date"), d.date.toString(Qt::ISODate));
            o.insert(QStringLiteral("title"), d.title);
            o.insert(QStringLiteral("entries"), d.entryCount);
            array.append(o);
        }
        printJson(context, QJsonDocument(array));
        return CtlOk;
    }
    if (digests.isEmpty()) {
        *context.err << "No digests in " << library->location() << ".\n";
        return CtlOk;
    }
    *context.out << QStringLiteral("%1  %2  %3  %4\n")
                        .arg(QStringLiteral("ID"), 6)
                        .arg(QStringLiteral("DATE"), -10)
                        .arg(QStringLiteral("ENTRIES"), 7)
                        .arg(QStringLiteral("TITLE"));
    for (const DigestSummary &d : digests)
        *context.out << QStringLiteral("%1  %2  %3  %4\n")
                            .arg(d.id, 6)
                            .arg(d.date.toString(Qt::ISODate), -10)
                            .arg(d.entryCount, 7)
                            .arg(d.title);
    return CtlOk;
}

int LibraryCommands::show(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("show DIGEST [--json]");
    CtlArguments args;
    args.addFlag({QStringLiteral("--json")});
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    const QStringList positional = args.positional();
    if (positional.size() != 1)
        return ctlUsage(context, QStringLiteral("show needs one DIGEST"), synopsis);
    auto library = openLibrary(context);
    if (!library)
        return CtlFailed;
    LibraryError error;
    const qint64 id = library->resolveDigest(positional.first(), &error);
    Digest digest;
    if (id == 0 || !library->loadDigest(id, &digest, &error))
        return ctlFailed(context, error.message);
    if (args.isSet(QStringLiteral("--json"))) {
        printJson(context, QJsonDocument(digest.toJson()));
        return CtlOk;
    }
    QTextStream &out = *context.out;
    out << "Digest " << digest.id() << "  " << digest.date().toString(Qt::ISODate);
    if (!digest.title().isEmpty())
        out << "  " << digest.title();
    out << '\n';
    out << "legend: " << digest.legend() << '\n';
    if (!digest.attribution().isEmpty())
        out << "attribution: " << digest.attribution() << '\n';
    out << "summary: " << digest.summaryLabel() << digest.summaryText() << '\n';
    out << "footer: " << digest.footer() << '\n';
    for (int i = 0; i < digest.entries().size(); ++i) {
        const DigestEntry &e = digest.entries().at(i);
        out << '\n' << (i + 1) << ". " << e.arxivId();
        if (e.version() > 0)
            out << 'v' << e.version();
        out << "  [" << DigestEntry::statusName(e.status()) << "]  revision " << e.revision() << '\n';
        for (int f = 0; f < DigestEntry::FieldCount; ++f) {
            const auto field = static_cast<DigestEntry::Field>(f);
            const QString value = e.field(field);
            if (!value.isEmpty())
                out << "   " << DigestEntry::fieldName(field) << ": " << value << '\n';
        }
    }
    return CtlOk;
}

int LibraryCommands::set(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral(
        "set DIGEST POSITION FIELD VALUE\n"
        "  FIELD: tag title authors affiliations zh_title zh_short_title zh_summary abstract status");
    CtlArguments args;
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    const QStringList positional = args.positional();
    if (positional.size() != 4)
        return ctlUsage(context, QStringLiteral("set needs DIGEST POSITION FIELD VALUE"), synopsis);
    int position = 0;
    if (!positiveInt(positional.at(1), &position))
        return ctlUsage(context,
                        QStringLiteral("POSITION '") + positional.at(1) +
                            QStringLiteral("' is not a positive number"),
                        synopsis);
    const QString fieldName = positional.at(2);
    const QString value = positional.at(3);
    const bool isStatus = fieldName == QLatin1String("status");
    DigestEntry::Field field = DigestEntry::Field::Tag;
    DigestEntry::Status status = DigestEntry::Status::Draft;
    if (isStatus) {
        if (!DigestEntry::statusFromName(value, &status))
            return ctlUsage(context,
                            QStringLiteral("status '") + value +
                                QStringLiteral("' is not one of draft, translated, reviewed"),
                            synopsis);
    } else if (!DigestEntry::fieldFromName(fieldName, &field)) {
        return ctlUsage(context, QStringLiteral("unknown FIELD '") + fieldName + QLatin1Char('\''), synopsis);
    }
    auto library = openLibrary(context);
    if (!library)
        return CtlFailed;
    LibraryError error;
    const qint64 digestId = library->resolveDigest(positional.at(0), &error);
    if (digestId == 0)
        return ctlFailed(context, error.message);
    const qint64 entryId = library->entryIdAt(digestId, position, &error);
    DigestEntry entry;
    if (entryId == 0 || !library->loadEntry(entryId, &entry, &error))
        return ctlFailed(context, error.message);
    const SaveResult result = isStatus ? library->saveStatus(entryId, entry.revision(), status)
                                       : library->saveField(entryId, entry.revision(), field, value);
    if (result.isConflict()) {
        const QString theirs =
            isStatus ? DigestEntry::statusName(result.theirs.status()) : result.theirs.field(field);
        return ctlFailed(context, QStringLiteral("entry ") + QString::number(position) +
                                      QStringLiteral(" was changed by someone else while saving; stored ") +
                                      fieldName + QStringLiteral(": '") + theirs +
                                      QStringLiteral("', yours: '") + value +
                                      QStringLiteral("' (not saved)"));
    }
    if (!result.saved())
        return ctlFailed(context, result.error.message);
    return CtlOk;
}

int LibraryCommands::move(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("move DIGEST FROM TO");
    CtlArguments args;
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    const QStringList positional = args.positional();
    if (positional.size() != 3)
        return ctlUsage(context, QStringLiteral("move needs DIGEST FROM TO"), synopsis);
    int from = 0;
    int to = 0;
    if (!positiveInt(positional.at(1), &from) || !positiveInt(positional.at(2), &to))
        return ctlUsage(context, QStringLiteral("FROM and TO must be positive numbers"), synopsis);
    auto library = openLibrary(context);
    if (!library)
        return CtlFailed;
    LibraryError error;
    const qint64 digestId = library->resolveDigest(positional.at(0), &error);
    if (digestId == 0 || !library->moveEntry(digestId, from, to, &error))
        return ctlFailed(context, error.message);
    return CtlOk;
}

int LibraryCommands::remove(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("remove DIGEST POSITION");
    CtlArguments args;
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    const QStringList positional = args.positional();
    if (positional.size() != 2)
        return ctlUsage(context, QStringLiteral("remove needs DIGEST POSITION"), synopsis);
    int position = 0;
    if (!positiveInt(positional.at(1), &position))
        return ctlUsage(context,
                        QStringLiteral("POSITION '") + positional.at(1) +
                            QStringLiteral("' is not a positive number"),
                        synopsis);
    auto library = openLibrary(context);
    if (!library)
        return CtlFailed;
    LibraryError error;
    const qint64 digestId = library->resolveDigest(positional.at(0), &error);
    if (digestId == 0)
        return ctlFailed(context, error.message);
    const qint64 entryId = library->entryIdAt(digestId, position, &error);
    if (entryId == 0 || !library->removeEntry(entryId, &error))
        return ctlFailed(context, error.message);
    return CtlOk;
}

int LibraryCommands::search(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("search QUERY [--json]");
    CtlArguments args;
    args.addFlag({QStringLiteral("--json")});
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    const QString query = args.positional().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return ctlUsage(context, QStringLiteral("search needs a QUERY"), synopsis);
    auto library = openLibrary(context);
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QVector<SearchHit> hits = library->search(query, 50, &error);
    if (error.isError())
        return ctlFailed(context, error.message);
    if (args.isSet(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const SearchHit &h : hits) {
            QJsonObject o;
            o.insert(QStringLiteral("digest_id"), h.digestId);
            o.insert(QStringLiteral("date"),
                     h.digestDate.isValid() ? h.digestDate.toString(Qt::ISODate) : QString());
            o.insert(QStringLiteral("position"), h.position);
            o.insert(QStringLiteral("entry_id"), h.entryId);
            o.insert(QStringLiteral("arxiv_id"), h.arxivId);
            o.insert(QStringLiteral("field"), h.field);
            o.insert(QStringLiteral("snippet"), h.snippet);
            o.insert(QStringLiteral("rank"), h.rank);
            array.append(o);
        }
        printJson(context, QJsonDocument(array));
        return CtlOk;
    }
    for (const SearchHit &h : hits) {
        if (h.digestId != 0)
            *context.out << h.digestDate.toString(Qt::ISODate) << " #" << h.digestId << " entry "
                         << h.position;
        else
            *context.out << "paper";
        *context.out << "  " << h.arxivId << "  " << h.field << ": " << h.snippet << '\n';
    }
    if (hits.isEmpty())
        *context.err << "Nothing in " << library->location() << " matches '" << query << "'.\n";
    return CtlOk;
}

} // namespace DigestStudio
