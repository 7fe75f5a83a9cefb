// Decodes a figure's image file (PNG, JPEG, GIF, as arXiv's pages link them) within the caps: the file's size
// first, then the picture's size as its header states it, then the pixels. A pure function over bytes.
#pragma once

#include <QByteArray>
#include <QImage>

namespace DigestStudio {

class FigureImage final
{
public:
    enum class Error {
        None,
        TooLarge,      // the file is over FullTextLimits::MaxImageBytes: refused unread
        NotAnImage,    // no image format Qt reads, or a broken one
        TooManyPixels, // the header states more than FullTextLimits::MaxImagePixels: refused undecoded
    };

    struct Result
    {
        Error error = Error::None;
        QImage image;
        QByteArray format; // `png`, `jpeg`, `gif`
        bool ok() const { return error == Error::None; }
    };

    static Result read(const QByteArray &bytes);
};

} // namespace DigestStudio
