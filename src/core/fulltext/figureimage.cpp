#include "fulltext/figureimage.h"

#include "fulltext/fulltextlimits.h"

#include <QBuffer>
#include <QImageReader>

namespace DigestStudio {

FigureImage::Result FigureImage::read(const QByteArray &bytes)
{
    Result result;
    if (bytes.size() > FullTextLimits::MaxImageBytes) {
        result.error = Error::TooLarge;
        return result;
    }
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    result.format = reader.format();
    // The formats arXiv's pages link (other decoders, SVG's XML among them, are not offered outside bytes).
    const bool known = result.format == "png" || result.format == "jpeg" || result.format == "gif";
    const QSize size = known ? reader.size() : QSize();
    if (!known || !size.isValid() || size.isEmpty()) {
        result.error = Error::NotAnImage;
        return result;
    }
    if (qint64(size.width()) * size.height() > FullTextLimits::MaxImagePixels) {
        result.error = Error::TooManyPixels;
        return result;
    }
    result.image = reader.read();
    // A decoder may still find a size other than the header's: the cap holds for what was decoded too.
    if (result.image.isNull() ||
        qint64(result.image.width()) * result.image.height() > FullTextLimits::MaxImagePixels) {
        result.image = QImage();
        result.error = Error::NotAnImage;
    }
    return result;
}

} // namespace DigestStudio
