// FigureImage on any bytes: no crash, and whatever it decodes stays within the pixel cap (a header's claim is
// checked before decoding, the decoded image after).
#include "fulltext/figureimage.h"
#include "fulltext/fulltextlimits.h"
#include "fuzzsupport.h"

using namespace DigestStudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FigureImage::Result result = FigureImage::read(Fuzz::bytes(data, size));
    if (result.ok() == result.image.isNull())
        Fuzz::broken("an image exactly when the read succeeds");
    if (qint64(result.image.width()) * result.image.height() > FullTextLimits::MaxImagePixels)
        Fuzz::broken("a decoded image within the pixel cap");
    if (result.ok() && result.format != "png" && result.format != "jpeg" && result.format != "gif")
        Fuzz::broken("only PNG, JPEG and GIF are decoded", QString::fromLatin1(result.format));
    return 0;
}
