// Importing published posts, one file or many at once, each all or nothing, the date taken from the file's
// name: `digestctl import FILE...` and File ▸ Import Published Posts… both run this.
#pragma once

#include "model/digest.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

class Library;

struct PostImportOutcome
{
    enum class DateFrom { Option, Name, Today };

    QString file;
    bool ok = false;
    qint64 digestId = 0; // the new digest when ok
    QDate date;
    DateFrom dateFrom = DateFrom::Today;
    int entries = 0;
    // When not ok: the line that could not be placed (0: not a parse failure), what was expected and found
    // (null when the file ended), or `reason` for the rest (unreadable file, library error).
    int line = 0;
    QString expected;
    QString found;
    QString reason;

    // Why the file was refused, without its name: `line 12: expected ..., found "..."`.
    QString why() const;
    // The same with the file's name first: `FILE:12: expected ...` (digestctl's form).
    QString message() const;
};

class PostImport final
{
public:
    // The date a file's name holds: `2022-10-14`, `2022_10_14`, `2022.10.14` or `20221014`, not inside a
    // longer run of digits (an arXiv id such as 2210.06441 is none); the first valid one. Invalid: none.
    static QDate dateFromName(const QString &fileName);

    // Reads and parses `file` with the FormatRegistry's importer for it (no library is touched); the date is
    // `date` when valid, else the name's, else today. The digest goes to `digest` only when ok.
    static PostImportOutcome read(const QString &file, const QDate &date, Digest *digest);
    // Stores a digest read() gave as a new digest of the library (one transaction); fills the outcome.
    static bool store(Library *library, const Digest &digest, PostImportOutcome *outcome);
    // read() and store() for each file; a refused file does not stop the others.
    static QVector<PostImportOutcome> importFiles(Library *library, const QStringList &files,
                                                  const QDate &date = QDate());
    // Takes back what an import made: deletes the digests it created (the GUI's Undo Import). False with
    // `error` when one could not be deleted (the rest still are).
    static bool undo(Library *library, const QVector<PostImportOutcome> &outcomes, QString *error);
};

} // namespace DigestStudio
