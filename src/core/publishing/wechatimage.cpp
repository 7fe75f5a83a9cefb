#include "publishing/wechatimage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace DigestStudio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DigestStudio::WeChatImage", text);
}

QString size(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB")
                                : QString::number((bytes + 1023) / 1024) + QStringLiteral(" KB");
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(image);
    return out;
}

// White under transparent parts: JPEG has no alpha, and WeChat shows figures on white.
QImage opaque(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

// JPEG at quality 85, then smaller by a quarter each time, until it fits.
QByteArray shrunk(const QImage &image, QSize *finalSize)
{
    QImage current = opaque(image);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QByteArray data = jpeg(current, 85);
        if (!data.isEmpty() && data.size() < WeChatImage::MaxUploadBytes) {
            *finalSize = current.size();
            return data;
        }
        if (current.width() < 64 || current.height() < 64)
            break;
        current = current.scaled(current.size() * 0.75, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return QByteArray();
}

} // namespace

WeChatImage WeChatImage::prepare(const QByteArray &bytes, const QString &what)
{
    WeChatImage result;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    const QSize dimensions = reader.size();
    if (format.isEmpty() || !dimensions.isValid()) {
        result.error = tr("%1 is not an image Digest Studio can read.").arg(what);
        return result;
    }
    if (qint64(dimensions.width()) * dimensions.height() > MaxPixels) {
        result.error = tr("%1 has %2×%3 pixels; images over 50 megapixels are refused.")
                           .arg(what)
                           .arg(dimensions.width())
                           .arg(dimensions.height());
        return result;
    }
    const bool accepted = format == "png" || format == "jpeg" || format == "jpg";
    if (accepted && bytes.size() < MaxUploadBytes) {
        result.data = bytes;
        result.mimeType = format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
        result.fileName = format == "png" ? QStringLiteral("figure.png") : QStringLiteral("figure.jpg");
        return result;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        result.error = tr("%1 could not be decoded (%2).").arg(what, reader.errorString());
        return result;
    }
    QSize finalSize;
    result.data = shrunk(image, &finalSize);
    if (result.data.isEmpty()) {
        result.error = tr("%1 could not be made smaller than 1 MB.").arg(what);
        return result;
    }
    result.mimeType = QStringLiteral("image/jpeg");
    result.fileName = QStringLiteral("figure.jpg");
    const QString from = QString::fromLatin1(format.toUpper()) + QStringLiteral(", ") + size(bytes.size());
    result.note =
        tr("%1 (%2) was converted to JPEG at %3×%4 pixels (%5): WeChat takes jpg or png under 1 MB.")
            .arg(what, from)
            .arg(finalSize.width())
            .arg(finalSize.height())
            .arg(size(result.data.size()));
    return result;
}

WeChatImage WeChatImage::fromImage(const QImage &image, const QString &what)
{
    WeChatImage result;
    QSize finalSize;
    result.data = shrunk(image, &finalSize);
    if (result.data.isEmpty()) {
        result.error = tr("%1 could not be made smaller than 1 MB.").arg(what);
        return result;
    }
    result.mimeType = QStringLiteral("image/jpeg");
    result.fileName = QStringLiteral("cover.jpg");
    return result;
}

} // namespace DigestStudio
