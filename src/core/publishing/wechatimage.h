// An image made ready for WeChat's upload calls: jpg or png under 1 MB, converted and shrunk when it is not,
// with a message saying so.
#pragma once

#include <QByteArray>
#include <QString>

class QImage;

namespace DigestStudio {

struct WeChatImage
{
    // uploadimg takes jpg or png under 1 MB (Limits table of the README).
    static constexpr qint64 MaxUploadBytes = 1024 * 1024;
    // Larger images are refused before they are decoded (a decompression bomb would exhaust memory).
    static constexpr qint64 MaxPixels = 50'000'000;

    QByteArray data;
    QString mimeType; // image/jpeg or image/png
    QString fileName; // `figure.jpg`, as the multipart part names it
    QString note;     // non-empty when the image was converted or shrunk: what was done and why
    QString error;    // non-empty when the image cannot be used

    bool isValid() const { return error.isEmpty() && !data.isEmpty(); }

    // `what` names the image in messages (`figure 2 of entry 3`).
    static WeChatImage prepare(const QByteArray &bytes, const QString &what);
    // A rendered image (the title card) as JPEG under the limit.
    static WeChatImage fromImage(const QImage &image, const QString &what);
};

} // namespace DigestStudio
