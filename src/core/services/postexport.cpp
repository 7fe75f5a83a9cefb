#include "services/postexport.h"

#include "formats/digestexporter.h"
#include "formats/imageexporter.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace DigestStudio {

QHash<QString, QByteArray> PostExport::firstFigures(Library *library, const Digest &digest)
{
    QHash<QString, QByteArray> figures;
    if (!library)
        return figures;
    for (const DigestEntry &entry : digest.entries()) {
        if (entry.id() == 0 || figures.contains(entry.arxivId()))
            continue;
        const QVector<EntryImage> images = library->images(entry.id());
        if (!images.isEmpty())
            figures.insert(entry.arxivId(), images.first().data);
    }
    return figures;
}

QHash<qint64, QVector<QByteArray>> PostExport::entryFigures(Library *library, const Digest &digest)
{
    QHash<qint64, QVector<QByteArray>> figures;
    if (!library)
        return figures;
    for (const DigestEntry &entry : digest.entries()) {
        if (entry.id() == 0)
            continue;
        QVector<QByteArray> data;
        for (const EntryImage &image : library->images(entry.id()))
            data.append(image.data);
        if (!data.isEmpty())
            figures.insert(entry.id(), data);
    }
    return figures;
}

bool PostExport::writesImages(const DigestExporter &format)
{
    return format.mimeType().startsWith(QLatin1String("image/"));
}

bool PostExport::exportTo(const DigestExporter &format, const Digest &digest, const ExportOptions &options,
                          const QString &target, ExportResult *result, QStringList *written, QString *error)
{
    *result = format.render(digest, options);
    if (writesImages(format)) {
        if (result->images.isEmpty()) {
            *error = result->warnings.isEmpty()
                         ? QCoreApplication::translate("DigestStudio::PostExport", "Nothing was rendered.")
                         : result->warnings.join(QLatin1Char('\n'));
            return false;
        }
        return ImageExporter::save(*result, target, written, error);
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(result->text.toUtf8()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("DigestStudio::PostExport", "cannot write %1: %2")
                     .arg(target, file.errorString());
        return false;
    }
    if (written)
        *written = QStringList{target};
    return true;
}

} // namespace DigestStudio
