#include "digestcommands.h"

#include "arxiv/arxivid.h"
#include "arxiv/entrydefaults.h"
#include "checks/checkcontext.h"
#include "formatcommands.h"
#include "lookupcommand.h"
#include "storage/library.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace DigestStudio {

namespace {

// Opens the library and loads the digest DIGEST names; says why on stderr when it cannot.
std::unique_ptr<Library> openDigest(CtlContext &context, const QString &spec, Digest *digest)
{
    LibraryError openError;
    std::unique_ptr<Library> library = Library::open(context.dbLocation, &openError);
    if (!library) {
        ctlFailed(context, openError.message);
        return nullptr;
    }
    LibraryError error;
    const qint64 id = library->resolveDigest(spec, &error);
    if (id == 0 || !library->loadDigest(id, digest, &error)) {
        ctlFailed(context, error.message);
        return nullptr;
    }
    return library;
}

} // namespace

void DigestCommands::registerInto(QHash<QString, CtlRunner::Handler> *commands)
{
    commands->insert(QStringLiteral("add"), &DigestCommands::add);
    commands->insert(QStringLiteral("import"), &DigestCommands::import);
    commands->insert(QStringLiteral("export"), &DigestCommands::exportDigest);
    commands->insert(QStringLiteral("check"), &DigestCommands::check);
}

int DigestCommands::add(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("add DIGEST ID|URL...");
    for (const QString &a : arguments) {
        if (a.startsWith(QLatin1String("--")))
            return ctlUsage(context, QStringLiteral("unknown option ") + a, synopsis);
    }
    if (arguments.size() < 2)
        return ctlUsage(context, QStringLiteral("add needs a DIGEST and at least one arXiv id or URL"),
                        synopsis);

    // Malformed ids are named before anything touches the library or the network.
    QVector<ArxivId> ids;
    QSet<QString> seen;
    bool malformed = false;
    for (const QString &argument : arguments.mid(1)) {
        const ArxivId id = ArxivId::parse(argument);
        if (!id.isValid()) {
            *context.err << "digestctl: not an arXiv id: '" << argument << "': " << id.error() << '\n';
            malformed = true;
        } else if (!seen.contains(id.id())) {
            seen.insert(id.id());
            ids.append(id);
        }
    }
    if (malformed)
        return ctlFailed(context, QStringLiteral("nothing was added"));

    Digest digest;
    std::unique_ptr<Library> library = openDigest(context, arguments.first(), &digest);
    if (!library)
        return CtlFailed;

    const ArxivClient::LookupResult result = LookupCommand::lookupBlocking(context, ids, library.get());
    if (LookupCommand::reportProblems(context, result))
        return ctlFailed(context, QStringLiteral("nothing was added"));

    EntryDefaults defaults = EntryDefaults::fromSettings();
    defaults.setStore(library.get());
    int position = digest.entryCount();
    for (const Paper &paper : result.papers) {
        const auto existing = std::find_if(digest.entries().cbegin(), digest.entries().cend(),
                                           [&](const DigestEntry &e) { return e.arxivId() == paper.id(); });
        if (existing != digest.entries().cend()) {
            *context.err << "digestctl: " << paper.id() << " is already entry "
                         << (existing - digest.entries().cbegin()) + 1 << "; not added again\n";
            continue;
        }
        LibraryError error;
        const DigestEntry stored = library->appendEntry(digest.id(), defaults.entryFor(paper), &error);
        if (stored.id() == 0)
            return ctlFailed(context, error.message);
        ++position;
        *context.out << position << '\t' << paper.id() << 'v' << paper.version() << '\t' << paper.title()
                     << '\n';
    }
    context.out->flush();
    return CtlOk;
}

int DigestCommands::import(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("import FILE [--date YYYY-MM-DD]");
    QString file;
    QString dateText;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--date")) {
            if (i + 1 >= arguments.size())
                return ctlUsage(context, QStringLiteral("--date needs a value"), synopsis);
            dateText = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--date="))) {
            dateText = a.mid(7);
        } else if (a.startsWith(QLatin1String("--"))) {
            return ctlUsage(context, QStringLiteral("unknown option ") + a, synopsis);
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return ctlUsage(context, QStringLiteral("import takes one FILE"), synopsis);
        }
    }
    if (file.isEmpty())
        return ctlUsage(context, QStringLiteral("import needs a FILE"), synopsis);
    QDate date;
    if (!dateText.isEmpty()) {
        date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid())
            return ctlUsage(context,
                            QStringLiteral("'") + dateText + QStringLiteral("' is not a date (YYYY-MM-DD)"),
                            synopsis);
    } else {
        static const QRegularExpression inName(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));
        const QRegularExpressionMatch m = inName.match(QFileInfo(file).fileName());
        if (m.hasMatch())
            date = QDate::fromString(m.captured(1), Qt::ISODate);
        if (!date.isValid())
            date = QDate::currentDate();
    }

    // Parse first: a file that is not a digest never opens (or creates) the library.
    Digest digest;
    if (FormatCommands::importFile(context, file, &digest) != CtlOk)
        return CtlFailed;
    digest.setDate(date);

    LibraryError openError;
    std::unique_ptr<Library> library = Library::open(context.dbLocation, &openError);
    if (!library)
        return ctlFailed(context, openError.message);
    LibraryError error;
    const qint64 id = library->createDigest(digest, &error);
    if (id == 0)
        return ctlFailed(context, error.message);
    *context.out << id << '\n';
    context.out->flush();
    return CtlOk;
}

int DigestCommands::exportDigest(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis =
        QStringLiteral("export DIGEST --format text|weibo|wechat|markdown [--output FILE]");
    if (arguments.isEmpty() || arguments.first().startsWith(QLatin1String("--")))
        return ctlUsage(context, QStringLiteral("export needs a DIGEST"), synopsis);
    // Option mistakes are found before the library is opened.
    if (!arguments.mid(1).contains(QStringLiteral("--format")) &&
        std::none_of(arguments.cbegin(), arguments.cend(),
                     [](const QString &a) { return a.startsWith(QLatin1String("--format=")); }))
        return ctlUsage(context, QStringLiteral("export needs --format"), synopsis);
    Digest digest;
    if (!openDigest(context, arguments.first(), &digest))
        return CtlFailed;
    return FormatCommands::exportDigest(context, digest, arguments.mid(1));
}

int DigestCommands::check(CtlContext &context, const QStringList &arguments)
{
    const QString synopsis = QStringLiteral("check DIGEST [--json]");
    if (arguments.isEmpty() || arguments.first().startsWith(QLatin1String("--")))
        return ctlUsage(context, QStringLiteral("check needs a DIGEST"), synopsis);
    for (const QString &a : arguments.mid(1)) {
        if (a != QLatin1String("--json"))
            return ctlUsage(context, QStringLiteral("unexpected argument '") + a + QLatin1Char('\''),
                            synopsis);
    }
    Digest digest;
    std::unique_ptr<Library> library = openDigest(context, arguments.first(), &digest);
    if (!library)
        return CtlFailed;
    return FormatCommands::checkDigest(context, digest, arguments.mid(1),
                                       CheckContext::fromLibrary(library.get(), digest));
}

} // namespace DigestStudio
