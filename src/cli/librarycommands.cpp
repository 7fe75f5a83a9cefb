#include "librarycommands.h"

#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "fulltextcommands.h"
#include "services/preferences.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace DigestStudio {

namespace {

bool positiveInt(const QString &text, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value > 0;
}

void printJson(CtlCall &call, const QJsonDocument &document)
{
    call.out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

QVector<CtlCommand> LibraryCommands::declare()
{
    using Count = CtlArgument::Count;
    const char *digest = "a digest id, or a date YYYY-MM-DD (the latest digest of that day)";
    return {
        CtlCommand("new", &LibraryCommands::newDigest)
            .inSection(CtlSection::Digests)
            .usingLibrary()
            .withSummary("create a digest (DATE = YYYY-MM-DD); prints its id")
            .withHelp(
                "Creates an empty digest for DATE in the library and prints its id. Its header and "
                "footer come from the templates in the GUI's settings (those of the published sample "
                "by default). Several digests may share a date; a date as DIGEST then names the latest.")
            .withArgument("DATE", "the day of the digest, YYYY-MM-DD")
            .withOption("--title", "TEXT", "the digest's title (none by default)"),
        CtlCommand("list", &LibraryCommands::list)
            .inSection(CtlSection::Digests)
            .usingLibrary()
            .withSummary("the digests in the library")
            .withHelp("Prints one line per digest, newest date first: its id, date, number of entries and "
                      "title. An empty library prints nothing on stdout and says so on stderr.")
            .withFlag("--json", "a JSON array of {\"id\", \"date\", \"title\", \"entries\"} instead"),
        CtlCommand("show", &LibraryCommands::show)
            .inSection(CtlSection::Digests)
            .usingLibrary()
            .withSummary("a digest and its entries")
            .withHelp("Prints the digest's header (id, date, title, legend, attribution, summary line and "
                      "footer), then each entry: its position, arXiv id and version, status, revision, and "
                      "every field that is not empty.")
            .withArgument("DIGEST", digest)
            .withFlag("--json",
                      "the digest as Digest JSON (id, date, title, legend, attribution, "
                      "summary_label, footer and the entries with all their fields and their figures: id, "
                      "caption, mime, width, height) instead"),
        CtlCommand("set", &LibraryCommands::set)
            .inSection(CtlSection::Digests)
            .usingLibrary()
            .withSummary("change one field of one entry")
            .withHelp(
                "Sets FIELD of the entry at POSITION to VALUE and saves it. The save checks the "
                "entry's revision: when someone else changed the entry meanwhile, nothing is saved, both "
                "texts are shown and the exit status is 1.")
            .withArgument("DIGEST", digest)
            .withArgument("POSITION", "the entry's position in the digest, from 1")
            .withArgument("FIELD", "tag, title, authors (or authors_line), affiliations, affiliations_note, "
                                   "zh_title, zh_short_title, zh_summary, abstract, link, or status")
            .withArgument("VALUE", "the new text; for status: draft, translated or reviewed"),
        CtlCommand("move", &LibraryCommands::move)
            .inSection(CtlSection::Digests)
            .usingLibrary()
            .withSummary("move an entry to another position")
            .withHelp("Moves the entry at position FROM to position TO; the entries between them shift by "
                      "one.")
            .withArgument("DIGEST", digest)
            .withArgument("FROM", "the entry's position now, from 1")
            .withArgument("TO", "its new position, from 1"),
        CtlCommand("remove", &LibraryCommands::remove)
            .inSection(CtlSection::Digests)
            .usingLibrary()
            .withSummary("remove an entry")
            .withHelp("Removes the entry at POSITION, with its figures; the entries after it move up.")
            .withArgument("DIGEST", digest)
            .withArgument("POSITION", "the entry's position, from 1"),
        CtlCommand("search", &LibraryCommands::search)
            .inSection(CtlSection::Digests)
            .usingLibrary()
            .withSummary("full-text search over the library and past digests")
            .withHelp("Searches every digest's entries and the papers the library knows for QUERY (all the "
                      "words given, joined by spaces). Prints at most 50 hits, best first, one a line: the "
                      "digest's date and id and the entry's position (or 'paper' for a paper in no digest), "
                      "the arXiv id, the field that matched and a snippet of it.")
            .withArgument("QUERY", "the words to find", Count::OneOrMore)
            .withFlag("--json", "a JSON array of {\"digest_id\", \"date\", \"position\", \"entry_id\", "
                                "\"arxiv_id\", \"field\", \"snippet\", \"rank\"} instead"),
    };
}

int LibraryCommands::newDigest(CtlCall &call)
{
    const QString dateText = call.argument(0);
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid() || dateText.size() != 10)
        return call.usage(QStringLiteral("'") + dateText + QStringLiteral("' is not a date (YYYY-MM-DD)"));
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    // A new digest starts from the header and footer templates in the settings (the sample's by default).
    Digest digest;
    digest.setDate(date);
    digest.setTitle(call.value(QStringLiteral("--title")));
    Preferences::applyDefaultTemplates(&digest, QSettings());
    LibraryError error;
    const qint64 id = library->createDigest(digest, &error);
    if (id == 0)
        return call.failed(error.message);
    call.out() << id << '\n';
    return CtlOk;
}

int LibraryCommands::list(CtlCall &call)
{
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QVector<DigestSummary> digests = library->digests(&error);
    if (error.isError())
        return call.failed(error.message);
    if (call.isSet(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const DigestSummary &d : digests) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), d.id);
            o.insert(QStringLiteral("date"), d.date.toString(Qt::ISODate));
            o.insert(QStringLiteral("title"), d.title);
            o.insert(QStringLiteral("entries"), d.entryCount);
            array.append(o);
        }
        printJson(call, QJsonDocument(array));
        return CtlOk;
    }
    if (digests.isEmpty()) {
        *call.context().err << "No digests in " << library->location() << ".\n";
        return CtlOk;
    }
    call.out() << QStringLiteral("%1  %2  %3  %4\n")
                      .arg(QStringLiteral("ID"), 6)
                      .arg(QStringLiteral("DATE"), -10)
                      .arg(QStringLiteral("ENTRIES"), 7)
                      .arg(QStringLiteral("TITLE"));
    for (const DigestSummary &d : digests)
        call.out() << QStringLiteral("%1  %2  %3  %4\n")
                          .arg(d.id, 6)
                          .arg(d.date.toString(Qt::ISODate), -10)
                          .arg(d.entryCount, 7)
                          .arg(d.title);
    return CtlOk;
}

int LibraryCommands::show(CtlCall &call)
{
    Digest digest;
    if (!call.loadDigest(call.argument(0), &digest))
        return CtlFailed;
    if (call.isSet(QStringLiteral("--json"))) {
        printJson(call, QJsonDocument(FulltextCommands::digestJson(call.library(), digest)));
        return CtlOk;
    }
    QTextStream &out = call.out();
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

int LibraryCommands::set(CtlCall &call)
{
    int position = 0;
    if (!positiveInt(call.argument(1), &position))
        return call.usage(QStringLiteral("POSITION '") + call.argument(1) +
                          QStringLiteral("' is not a positive number"));
    const QString fieldName = call.argument(2);
    const QString value = call.argument(3);
    const bool isStatus = fieldName == QLatin1String("status");
    DigestEntry::Field field = DigestEntry::Field::Tag;
    DigestEntry::Status status = DigestEntry::Status::Draft;
    if (isStatus) {
        if (!DigestEntry::statusFromName(value, &status))
            return call.usage(QStringLiteral("status '") + value +
                              QStringLiteral("' is not one of draft, translated, reviewed"));
    } else if (!DigestEntry::fieldFromName(fieldName, &field)) {
        return call.usage(QStringLiteral("unknown FIELD '") + fieldName + QLatin1Char('\''));
    }
    const qint64 digestId = call.digestId(call.argument(0));
    if (digestId == 0)
        return CtlFailed;
    Library *library = call.library();
    LibraryError error;
    const qint64 entryId = library->entryIdAt(digestId, position, &error);
    DigestEntry entry;
    if (entryId == 0 || !library->loadEntry(entryId, &entry, &error))
        return call.failed(error.message);
    const SaveResult result = isStatus ? library->saveStatus(entryId, entry.revision(), status)
                                       : library->saveField(entryId, entry.revision(), field, value);
    if (result.isConflict()) {
        const QString theirs =
            isStatus ? DigestEntry::statusName(result.theirs.status()) : result.theirs.field(field);
        return call.failed(QStringLiteral("entry ") + QString::number(position) +
                           QStringLiteral(" was changed by someone else while saving; stored ") + fieldName +
                           QStringLiteral(": '") + theirs + QStringLiteral("', yours: '") + value +
                           QStringLiteral("' (not saved)"));
    }
    if (!result.saved())
        return call.failed(result.error.message);
    return CtlOk;
}

int LibraryCommands::move(CtlCall &call)
{
    int from = 0;
    int to = 0;
    if (!positiveInt(call.argument(1), &from) || !positiveInt(call.argument(2), &to))
        return call.usage(QStringLiteral("FROM and TO must be positive numbers"));
    const qint64 digestId = call.digestId(call.argument(0));
    if (digestId == 0)
        return CtlFailed;
    LibraryError error;
    if (!call.library()->moveEntry(digestId, from, to, &error))
        return call.failed(error.message);
    return CtlOk;
}

int LibraryCommands::remove(CtlCall &call)
{
    int position = 0;
    if (!positiveInt(call.argument(1), &position))
        return call.usage(QStringLiteral("POSITION '") + call.argument(1) +
                          QStringLiteral("' is not a positive number"));
    const qint64 digestId = call.digestId(call.argument(0));
    if (digestId == 0)
        return CtlFailed;
    Library *library = call.library();
    LibraryError error;
    const qint64 entryId = library->entryIdAt(digestId, position, &error);
    if (entryId == 0 || !library->removeEntry(entryId, &error))
        return call.failed(error.message);
    return CtlOk;
}

namespace {

QJsonObject hitJson(const SearchHit &h)
{
    QJsonObject o;
    o.insert(QStringLiteral("digest_id"), h.digestId);
    o.insert(QStringLiteral("date"), h.digestDate.isValid() ? h.digestDate.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("position"), h.position);
    o.insert(QStringLiteral("entry_id"), h.entryId);
    o.insert(QStringLiteral("arxiv_id"), h.arxivId);
    o.insert(QStringLiteral("field"), h.field);
    o.insert(QStringLiteral("snippet"), h.snippet);
    o.insert(QStringLiteral("rank"), h.rank);
    return o;
}

} // namespace

int LibraryCommands::search(CtlCall &call)
{
    const QString query = call.arguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return call.usage(QStringLiteral("search needs a QUERY"));
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QVector<SearchHit> hits = library->search(query, 50, &error);
    if (error.isError())
        return call.failed(error.message);
    if (call.isSet(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const SearchHit &h : hits)
            array.append(hitJson(h));
        printJson(call, QJsonDocument(array));
        return CtlOk;
    }
    for (const SearchHit &h : hits) {
        if (h.digestId != 0)
            call.out() << h.digestDate.toString(Qt::ISODate) << " #" << h.digestId << " entry " << h.position;
        else
            call.out() << "paper";
        call.out() << "  " << h.arxivId << "  " << h.field << ": " << h.snippet << '\n';
    }
    if (hits.isEmpty())
        *call.context().err << "Nothing in " << library->location() << " matches '" << query << "'.\n";
    return CtlOk;
}

CTL_REGISTER(&LibraryCommands::declare)

} // namespace DigestStudio
