// The long images from any digest text (an imported post can hold anything) and any size: no crash, every
// image as wide as asked and at most the height asked, and the entries on the images in order, each one whole
// on one image unless it is taller than an image (then on consecutive ones).
#include "formats/exportoptions.h"
#include "formats/imageexporter.h"
#include "fuzzsupport.h"

#include <QGuiApplication>

using namespace DigestStudio;

namespace {

// Width, scale, height and the digest from the input: three bytes of sizes within digestctl's bounds (width
// 200-4000, scale 1-4, height 500-30000), then fields split at U+001F (title, legend, footer, then per entry
// tag, English title, Chinese title, Chinese summary, link). The physical width is held to 3000 pixels (the
// scale lowered for a wide image), the area of an image to about 4 million pixels, and the text short
// (-max_len 2048), so that a run stays fast.
struct Case
{
    ExportOptions options;
    Digest digest;
};

int byteAt(const QByteArray &bytes, int i)
{
    return bytes.size() > i ? static_cast<unsigned char>(bytes.at(i)) : 0;
}

Case caseFrom(const QByteArray &bytes)
{
    Case c;
    c.options.imageWidth = 200 + byteAt(bytes, 0) * 3800 / 255;
    c.options.imageScale = qMax(1, qMin(1 + byteAt(bytes, 1) % 4, 3000 / c.options.imageWidth));
    const int wide = c.options.imageWidth * c.options.imageScale * c.options.imageScale;
    c.options.imageMaxHeight = qMin(500 + byteAt(bytes, 2) * 29500 / 255, qMax(500, 4000000 / wide));
    const QStringList parts = QString::fromUtf8(bytes.mid(3)).split(QChar(0x1F));
    int next = 0;
    auto take = [&]() { return next < parts.size() ? parts.at(next++) : QString(); };
    c.digest.setTitle(take());
    c.digest.setLegend(take());
    c.digest.setFooter(take());
    while (next < parts.size() && c.digest.entryCount() < 40) {
        DigestEntry e;
        e.setTag(take().left(8));
        e.setTitle(take());
        e.setZhTitle(take());
        e.setZhSummary(take());
        e.setLink(take());
        c.digest.entries().append(e);
    }
    return c;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096) // a post this long is drawn the same way, only slower (-max_len keeps runs under this)
        return 0;
    const Case c = caseFrom(Fuzz::bytes(data, size));
    const ExportResult result = ImageExporter().render(c.digest, c.options);
    int last = 0;
    for (const ExportImage &image : result.images) {
        // Physical pixels: the logical sizes times the scale.
        const int scale = c.options.imageScale;
        if (image.image.width() != c.options.imageWidth * scale)
            Fuzz::broken("every image is as wide as asked", QString::number(image.image.width()));
        if (image.image.height() > c.options.imageMaxHeight * scale)
            Fuzz::broken("no image is higher than asked", QString::number(image.image.height()));
        if (image.firstEntry == 0)
            continue;
        // The next image starts with the next entry, or goes on with the one cut between its lines.
        if (image.firstEntry != last + 1 && image.firstEntry != last)
            Fuzz::broken("the entries are on the images in order", QString::number(image.firstEntry));
        if (image.lastEntry < image.firstEntry)
            Fuzz::broken("an image's entries are a range", QString::number(image.lastEntry));
        last = image.lastEntry;
    }
    if (last != c.digest.entryCount())
        Fuzz::broken("every entry is on an image", QString::number(last));
    return 0;
}
