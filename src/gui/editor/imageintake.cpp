#include "editor/imageintake.h"

#include "util/boundedfile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QMimeDatabase>
#include <QUrl>

namespace DigestStudio {

namespace {

const char *const Formats[] = {"image/png", "image/jpeg", "image/gif", "image/webp"};

QString imageTypeOf(const QUrl &url)
{
    if (!url.isLocalFile())
        return QString();
    // By the name only: the file is not opened while dragging.
    const QString type =
        QMimeDatabase().mimeTypeForFile(url.toLocalFile(), QMimeDatabase::MatchExtension).name();
    return type.startsWith(QLatin1String("image/")) ? type : QString();
}

} // namespace

bool ImageIntake::offersImages(const QMimeData *data)
{
    if (data->hasUrls()) {
        for (const QUrl &url : data->urls()) {
            if (!imageTypeOf(url).isEmpty())
                return true;
        }
    }
    for (const char *type : Formats) {
        if (data->hasFormat(QString::fromLatin1(type)))
            return true;
    }
    return data->hasImage();
}

QString ImageIntake::check(const QByteArray &bytes, const QString &name)
{
    if (bytes.size() > MaxImageBytes)
        return tr("%1 is larger than %2 MB").arg(name).arg(MaxImageBytes / (1024 * 1024));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // The size comes from the header: nothing is decoded to learn it.
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid())
        return tr("%1 is not an image Digest Studio can read").arg(name);
    if (qint64(size.width()) * size.height() > MaxImagePixels)
        return tr("%1 has %2 × %3 pixels, more than %4 million")
            .arg(name)
            .arg(size.width())
            .arg(size.height())
            .arg(MaxImagePixels / 1000000);
    return QString();
}

ImageIntake::Result ImageIntake::read(const QMimeData *data)
{
    Result result;
    // Files first: they keep the original encoding (a JPEG stays a JPEG).
    readFiles(data, &result);
    if (result.bytes.isEmpty())
        readFormats(data, &result);
    if (result.bytes.isEmpty())
        readDecoded(data, &result);
    return result;
}

void ImageIntake::readFiles(const QMimeData *data, Result *result)
{
    if (!data->hasUrls())
        return;
    for (const QUrl &url : data->urls()) {
        const QString type = imageTypeOf(url);
        if (type.isEmpty())
            continue;
        const QString path = url.toLocalFile();
        const QString name = QFileInfo(path).fileName();
        QByteArray bytes;
        if (!BoundedFile::read(path, MaxImageBytes, &bytes, &result->problem))
            continue;
        const QString problem = check(bytes, name);
        if (!problem.isEmpty()) {
            result->problem = problem;
            continue;
        }
        result->bytes.append(bytes);
        result->mimeTypes.append(type);
    }
}

void ImageIntake::readFormats(const QMimeData *data, Result *result)
{
    for (const char *type : Formats) {
        const QString name = QString::fromLatin1(type);
        if (!data->hasFormat(name))
            continue;
        const QByteArray bytes = data->data(name);
        const QString problem = check(bytes, tr("The pasted image"));
        if (!problem.isEmpty()) {
            result->problem = problem;
            continue;
        }
        result->bytes.append(bytes);
        result->mimeTypes.append(name);
        return;
    }
}

void ImageIntake::readDecoded(const QMimeData *data, Result *result)
{
    if (!data->hasImage())
        return;
    // A decoded image (a screenshot tool, a browser's "copy image"): stored as PNG.
    const QImage image = qvariant_cast<QImage>(data->imageData());
    if (image.isNull())
        return;
    if (qint64(image.width()) * image.height() > MaxImagePixels) {
        result->problem = tr("The pasted image has %1 × %2 pixels, more than %3 million")
                              .arg(image.width())
                              .arg(image.height())
                              .arg(MaxImagePixels / 1000000);
        return;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    result->bytes.append(png);
    result->mimeTypes.append(QStringLiteral("image/png"));
}

} // namespace DigestStudio
