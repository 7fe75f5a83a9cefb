#include "services/postimport.h"

#include "formats/digestimporter.h"
#include "formats/formatregistry.h"
#include "storage/library.h"
#include "util/boundedfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace DigestStudio {

QString PostImportOutcome::why() const
{
    if (ok || line <= 0)
        return reason;
    QString text = QCoreApplication::translate("DigestStudio::PostImport", "line %1: expected %2")
                       .arg(line)
                       .arg(expected);
    if (!found.isNull())
        text += QCoreApplication::translate("DigestStudio::PostImport", ", found \"%1\"")
                    .arg(found.size() > 60 ? found.left(57) + QStringLiteral("...") : found);
    return text;
}

QString PostImportOutcome::message() const
{
    if (line <= 0)
        return reason;
    QString text = file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": expected ") + expected;
    if (!found.isNull())
        text += QStringLiteral(", found \"") +
                (found.size() > 60 ? found.left(57) + QStringLiteral("...") : found) + QLatin1Char('"');
    return text;
}

QDate PostImport::dateFromName(const QString &fileName)
{
    // The same separator (or none) between year, month and day.
    static const QRegularExpression pattern(
        QStringLiteral("(?<!\\d)(\\d{4})([-_.]?)(\\d{2})\\2(\\d{2})(?!\\d)"));
    const QString name = QFileInfo(fileName).fileName();
    QRegularExpressionMatchIterator it = pattern.globalMatch(name);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QDate date(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        if (date.isValid())
            return date;
    }
    return QDate();
}

PostImportOutcome PostImport::read(const QString &file, const QDate &date, Digest *digest)
{
    PostImportOutcome outcome;
    outcome.file = file;
    if (date.isValid()) {
        outcome.date = date;
        outcome.dateFrom = PostImportOutcome::DateFrom::Option;
    } else if ((outcome.date = dateFromName(file)).isValid()) {
        outcome.dateFrom = PostImportOutcome::DateFrom::Name;
    } else {
        outcome.date = QDate::currentDate();
        outcome.dateFrom = PostImportOutcome::DateFrom::Today;
    }
    const PostImporter *importer = FormatRegistry::instance().importerForFile(file);
    if (!importer) {
        outcome.reason =
            QCoreApplication::translate("DigestStudio::PostImport", "no importer can read %1").arg(file);
        return outcome;
    }
    // Read with the importer's cap, in chunks: a pipe or /dev/zero ends in a refusal, not in memory
    // exhausted.
    QByteArray bytes;
    if (!BoundedFile::read(file, DigestImporter::MaxPostBytes, &bytes, &outcome.reason))
        return outcome;
    const ImportResult result = importer->read(bytes);
    if (!result.ok) {
        outcome.line = result.line;
        outcome.expected = result.expected;
        outcome.found = result.found;
        return outcome;
    }
    outcome.ok = true;
    outcome.entries = result.digest.entryCount();
    if (digest) {
        *digest = result.digest;
        digest->setDate(outcome.date);
    }
    return outcome;
}

bool PostImport::store(Library *library, const Digest &digest, PostImportOutcome *outcome)
{
    Digest dated = digest;
    dated.setDate(outcome->date);
    LibraryError error;
    const qint64 id = library->createDigest(dated, &error);
    if (id == 0) {
        outcome->ok = false;
        outcome->reason = error.message;
        return false;
    }
    outcome->digestId = id;
    return true;
}

QVector<PostImportOutcome> PostImport::importFiles(Library *library, const QStringList &files,
                                                   const QDate &date)
{
    QVector<PostImportOutcome> outcomes;
    for (const QString &file : files) {
        Digest digest;
        PostImportOutcome outcome = read(file, date, &digest);
        if (outcome.ok)
            store(library, digest, &outcome);
        outcomes.append(outcome);
    }
    return outcomes;
}

bool PostImport::undo(Library *library, const QVector<PostImportOutcome> &outcomes, QString *error)
{
    bool all = true;
    for (const PostImportOutcome &outcome : outcomes) {
        if (!outcome.ok || outcome.digestId == 0)
            continue;
        LibraryError failure;
        if (!library->deleteDigest(outcome.digestId, &failure)) {
            all = false;
            if (error)
                *error = failure.message;
        }
    }
    return all;
}

} // namespace DigestStudio
