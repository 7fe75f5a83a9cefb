#include "glossarycommands.h"

#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "formats/glossarycsv.h"
#include "storage/library.h"
#include "util/boundedfile.h"

#include <QSaveFile>

namespace DigestStudio {

namespace {

bool sameEnglish(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

CtlCommand row(const char *subName, CtlCommand::Handler handler)
{
    return CtlCommand("glossary", subName, handler).inSection(CtlSection::Drafting).usingLibrary();
}

} // namespace

QVector<CtlCommand> GlossaryCommands::declare()
{
    return {
        row("list", &GlossaryCommands::list)
            .withSummary("the term base, one term a line")
            .withHelp(
                "Prints the library's glossary, one term a line: english, chinese and note, separated by "
                "tabs. The drafting model is given these terms, and the checks look for them."),
        row("import", &GlossaryCommands::importCsv)
            .withSummary("make the glossary the terms of a CSV file")
            .withHelp(
                "Replaces the whole glossary with the terms of FILE.csv, the CSV the GUI reads and "
                "writes: columns english, chinese, note (a header row of those names is skipped), RFC "
                "4180 quoting, UTF-8 with or without a BOM, at most 16 MB. Prints how many terms came in "
                "and how many were replaced.\n\n"
                "All or nothing: a file with a mistake (an open quote, a row without its Chinese) is "
                "named with its line, and the glossary stays as it was.")
            .withArgument("FILE.csv", "the CSV file to read"),
        row("export", &GlossaryCommands::exportCsv)
            .withSummary("write the glossary as a CSV file")
            .withHelp("Writes the glossary to FILE.csv, whole or not at all: a header row, then one row per "
                      "term, CRLF line ends, UTF-8 without a BOM. Prints how many terms were written.")
            .withArgument("FILE.csv", "the CSV file to write"),
        row("add", &GlossaryCommands::add)
            .withSummary("add a term, or replace the one with the same English")
            .withHelp(
                "Adds the term EN with its Chinese rendering ZH (and a NOTE). A term whose English is the "
                "same, ignoring case and surrounding spaces, is replaced instead. Prints 'added EN' or "
                "'replaced EN'.")
            .withArgument("EN", "the English term, not empty")
            .withArgument("ZH", "its Chinese rendering, not empty")
            .withArgument("NOTE", "a note for the translators", CtlArgument::Count::Optional),
        row("remove", &GlossaryCommands::remove)
            .withSummary("remove a term")
            .withHelp("Removes the term EN (ignoring case and surrounding spaces) and prints 'removed EN'. A "
                      "term that is not in the glossary is an error (exit status 1).")
            .withArgument("EN", "the English term"),
    };
}

int GlossaryCommands::list(CtlCall &call)
{
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QVector<GlossaryTerm> terms = library->glossaryTerms(&error);
    if (error.isError())
        return call.failed(error.message);
    for (const GlossaryTerm &t : terms)
        call.out() << t.english() << '\t' << t.chinese() << '\t' << t.note() << '\n';
    return CtlOk;
}

int GlossaryCommands::importCsv(CtlCall &call)
{
    const QString file = call.argument(0);
    // The whole file is read, with a cap, before anything changes: a bad file changes nothing.
    QByteArray bytes;
    QString problem;
    if (!BoundedFile::read(file, GlossaryCsv::MaxBytes, &bytes, &problem))
        return call.failed(problem + QStringLiteral(" (nothing imported)"));
    QVector<GlossaryTerm> terms;
    if (!GlossaryCsv::read(bytes, &terms, &problem))
        return call.failed(file + QStringLiteral(": ") + problem + QStringLiteral(" (nothing imported)"));
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QVector<GlossaryTerm> old = library->glossaryTerms(&error);
    if (error.isError())
        return call.failed(error.message);
    // One transaction: a failure half-way leaves the old glossary whole.
    if (!library->replaceGlossary(&terms, &error))
        return call.failed(error.message + QStringLiteral(" (nothing imported)"));
    call.out() << terms.size() << " terms imported (" << old.size() << " replaced)\n";
    return CtlOk;
}

int GlossaryCommands::exportCsv(CtlCall &call)
{
    const QString file = call.argument(0);
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QVector<GlossaryTerm> terms = library->glossaryTerms(&error);
    if (error.isError())
        return call.failed(error.message);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(GlossaryCsv::write(terms)) < 0 || !out.commit())
        return call.failed(QStringLiteral("cannot write ") + file + QStringLiteral(": ") + out.errorString());
    call.out() << terms.size() << " terms exported\n";
    return CtlOk;
}

int GlossaryCommands::add(CtlCall &call)
{
    if (call.argument(0).trimmed().isEmpty() || call.argument(1).trimmed().isEmpty())
        return call.usage(QStringLiteral("glossary add needs a non-empty EN and ZH"));
    GlossaryTerm term(call.argument(0).trimmed(), call.argument(1).trimmed(), call.argument(2).trimmed());
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QVector<GlossaryTerm> terms = library->glossaryTerms(&error);
    if (error.isError())
        return call.failed(error.message);
    for (const GlossaryTerm &t : terms) {
        if (sameEnglish(t.english(), term.english())) {
            term.setId(t.id());
            if (!library->updateGlossaryTerm(term, &error))
                return call.failed(error.message);
            call.out() << "replaced " << term.english() << '\n';
            return CtlOk;
        }
    }
    if (!library->addGlossaryTerm(&term, &error))
        return call.failed(error.message);
    call.out() << "added " << term.english() << '\n';
    return CtlOk;
}

int GlossaryCommands::remove(CtlCall &call)
{
    const QString english = call.argument(0);
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    const QVector<GlossaryTerm> terms = library->glossaryTerms(&error);
    if (error.isError())
        return call.failed(error.message);
    int removed = 0;
    for (const GlossaryTerm &t : terms) {
        if (!sameEnglish(t.english(), english))
            continue;
        if (!library->removeGlossaryTerm(t.id(), &error))
            return call.failed(error.message);
        ++removed;
    }
    if (removed == 0)
        return call.failed(QStringLiteral("'") + english + QStringLiteral("' is not in the glossary"));
    call.out() << "removed " << english << '\n';
    return CtlOk;
}

CTL_REGISTER(&GlossaryCommands::declare)

} // namespace DigestStudio
