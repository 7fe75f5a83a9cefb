// Images offered by a clipboard or a drop, read safely: while dragging only the kinds are looked at; on drop
// or paste the bytes and the pixel count (from the image header, before any decoding) are capped.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class QMimeData;

namespace DigestStudio {

class ImageIntake final
{
    Q_DECLARE_TR_FUNCTIONS(ImageIntake)

public:
    // A figure is a screenshot or a plot: 20 MB and 50 megapixels are far past any, and bound the memory a
    // decoded image can take (50 million pixels x 4 bytes).
    static constexpr qint64 MaxImageBytes = 20 * 1024 * 1024;
    static constexpr qint64 MaxImagePixels = 50 * 1000 * 1000;

    struct Result
    {
        QVector<QByteArray> bytes; // encoded (PNG, JPEG, ...)
        QStringList mimeTypes;
        QString problem; // why an image offered was refused; empty when none was
    };

    // Whether `data` offers images at all, by their kinds only: nothing is read or decoded (drag enter).
    static bool offersImages(const QMimeData *data);
    // The images of `data` within the caps (drop, paste).
    static Result read(const QMimeData *data);
    // Empty when `bytes` hold an image within the caps, else why not (`name` says which image).
    static QString check(const QByteArray &bytes, const QString &name);

private:
    static void readFiles(const QMimeData *data, Result *result);
    static void readFormats(const QMimeData *data, Result *result);
    static void readDecoded(const QMimeData *data, Result *result);
};

} // namespace DigestStudio
