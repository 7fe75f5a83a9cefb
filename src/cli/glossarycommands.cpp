#include "glossarycommands.h"

#include "ctlarguments.h"
#include "formats/glossarycsv.h"
#include "storage/library.h"

#include <QFile>
#include <QSaveFile>

namespace DigestStudio {

namespace {

const QString synopsis =
    QStringLiteral("glossary list|import FILE.csv|export FILE.csv|add EN ZH [NOTE]|remove EN");

bool sameEnglish(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

void GlossaryCommands::registerInto(QHash<QString, CtlRunner::Handler> *commands)
{
    commands->insert(QStringLiteral("glossary"), &GlossaryCommands::glossary);
}

int GlossaryCommands::glossary(CtlContext &context, const QStringList &arguments)
{
    CtlArguments args;
    if (!args.parse(arguments))
        return ctlUsage(context, args.errorText(), synopsis);
    const QStringList p = args.positional();
    const QString action = p.value(0);
    const bool shapeOk = (action == QLatin1String("list") && p.size() == 1) ||
                         ((action == QLatin1String("import") || action == QLatin1String("export") ||
                           action == QLatin1String("remove")) &&
                          p.size() == 2) ||
                         (action == QLatin1String("add") && (p.size() == 3 || p.size() == 4));
    if (!shapeOk)
        return ctlUsage(context,
                        action.isEmpty()
                            ? QStringLiteral("glossary needs list, import, export, add or remove")
                            : QStringLiteral("wrong arguments for glossary ") + action,
                        synopsis);
    if (action == QLatin1String("add") && (p.at(1).trimmed().isEmpty() || p.at(2).trimmed().isEmpty()))
        return ctlUsage(context, QStringLiteral("glossary add needs a non-empty EN and ZH"), synopsis);
    LibraryError error;
    std::unique_ptr<Library> library = Library::open(context.config.libraryLocation(), &error);
    if (!library)
        return ctlFailed(context, error.message);
    if (action == QLatin1String("list"))
        return list(context, library.get());
    if (action == QLatin1String("import"))
        return importCsv(context, library.get(), p.at(1));
    if (action == QLatin1String("export"))
        return exportCsv(context, library.get(), p.at(1));
    if (action == QLatin1String("add"))
        return add(context, library.get(), p.mid(1));
    return remove(context, library.get(), p.at(1));
}

int GlossaryCommands::list(CtlContext &context, Library *library)
{
    LibraryError error;
    const QVector<GlossaryTerm> terms = library->glossaryTerms(&error);
    if (error.isError())
        return ctlFailed(context, error.message);
    for (const GlossaryTerm &t : terms)
        *context.out << t.english() << '\t' << t.chinese() << '\t' << t.note() << '\n';
    return CtlOk;
}

int GlossaryCommands::importCsv(CtlContext &context, Library *library, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return ctlFailed(context,
                         QStringLiteral("cannot read ") + file + QStringLiteral(": ") + in.errorString());
    QVector<GlossaryTerm> terms;
    QString problem;
    // The whole file is read before anything changes: a bad file changes nothing.
    if (!GlossaryCsv::read(in.readAll(), &terms, &problem))
        return ctlFailed(context,
                         file + QStringLiteral(": ") + problem + QStringLiteral(" (nothing imported)"));
    LibraryError error;
    const QVector<GlossaryTerm> old = library->glossaryTerms(&error);
    if (error.isError())
        return ctlFailed(context, error.message);
    // One transaction: a failure half-way leaves the old glossary whole.
    if (!library->replaceGlossary(&terms, &error))
        return ctlFailed(context, error.message + QStringLiteral(" (nothing imported)"));
    *context.out << terms.size() << " terms imported (" << old.size() << " replaced)\n";
    return CtlOk;
}

int GlossaryCommands::exportCsv(CtlContext &context, Library *library, const QString &file)
{
    LibraryError error;
    const QVector<GlossaryTerm> terms = library->glossaryTerms(&error);
    if (error.isError())
        return ctlFailed(context, error.message);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(GlossaryCsv::write(terms)) < 0 || !out.commit())
        return ctlFailed(context,
                         QStringLiteral("cannot write ") + file + QStringLiteral(": ") + out.errorString());
    *context.out << terms.size() << " terms exported\n";
    return CtlOk;
}

int GlossaryCommands::add(CtlContext &context, Library *library, const QStringList &arguments)
{
    GlossaryTerm term(arguments.at(0).trimmed(), arguments.at(1).trimmed(), arguments.value(2).trimmed());
    LibraryError error;
    const QVector<GlossaryTerm> terms = library->glossaryTerms(&error);
    if (error.isError())
        return ctlFailed(context, error.message);
    for (const GlossaryTerm &t : terms) {
        if (sameEnglish(t.english(), term.english())) {
            term.setId(t.id());
            if (!library->updateGlossaryTerm(term, &error))
                return ctlFailed(context, error.message);
            *context.out << "replaced " << term.english() << '\n';
            return CtlOk;
        }
    }
    if (!library->addGlossaryTerm(&term, &error))
        return ctlFailed(context, error.message);
    *context.out << "added " << term.english() << '\n';
    return CtlOk;
}

int GlossaryCommands::remove(CtlContext &context, Library *library, const QString &english)
{
    LibraryError error;
    const QVector<GlossaryTerm> terms = library->glossaryTerms(&error);
    if (error.isError())
        return ctlFailed(context, error.message);
    int removed = 0;
    for (const GlossaryTerm &t : terms) {
        if (!sameEnglish(t.english(), english))
            continue;
        if (!library->removeGlossaryTerm(t.id(), &error))
            return ctlFailed(context, error.message);
        ++removed;
    }
    if (removed == 0)
        return ctlFailed(context, QStringLiteral("'") + english + QStringLiteral("' is not in the glossary"));
    *context.out << "removed " << english << '\n';
    return CtlOk;
}

} // namespace DigestStudio
