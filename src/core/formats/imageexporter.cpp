#include "formats/imageexporter.h"

#include "formats/imagelayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QSaveFile>

#include <cmath>

namespace DigestStudio {

namespace {

// A part of a block placed on an image: the block's rows [from, to) drawn at `y` below the padding.
struct Slice
{
    int block = 0;
    qreal from = 0;
    qreal to = 0;
    qreal y = 0;
};

struct Page
{
    QVector<Slice> slices;
    qreal used = 0; // logical height below the top padding
};

// Packs the blocks into pages of at most `room` logical pixels of content: whole blocks where they fit,
// a block taller than a page cut at its last cut point that fits.
QVector<Page> paginate(const QVector<ImageLayout::Block> &blocks, qreal room)
{
    QVector<Page> pages(1);
    for (int b = 0; b < blocks.size(); ++b) {
        const ImageLayout::Block &block = blocks.at(b);
        const qreal gap = pages.last().slices.isEmpty() ? 0 : ImageLayout::BlockGap;
        if (pages.last().used + gap + block.height > room && !pages.last().slices.isEmpty())
            pages.append(Page());
        if (block.height <= room - pages.last().used) {
            Page &page = pages.last();
            const qreal y = page.slices.isEmpty() ? 0 : page.used + ImageLayout::BlockGap;
            page.slices.append(Slice{b, 0, block.height, y});
            page.used = y + block.height;
            continue;
        }
        // Taller than a page: between its lines.
        qreal from = 0;
        while (from < block.height) {
            if (!pages.last().slices.isEmpty())
                pages.append(Page());
            qreal to = -1;
            for (const qreal cut : block.cuts) {
                if (cut > from && cut - from <= room)
                    to = cut;
            }
            if (to < 0) // one line taller than an image: it is clipped rather than lost
                to = qMin(block.height, from + room);
            pages.last().slices.append(Slice{b, from, to, 0});
            pages.last().used = to - from;
            from = to;
        }
    }
    return pages;
}

// `maxHeight`: physical pixels (rounding must not make an image a pixel higher than asked).
ExportImage paint(const ImageLayout &layout, const Page &page, int scale, int maxHeight)
{
    const QVector<ImageLayout::Block> &blocks = layout.blocks();
    const qreal height = page.used + 2 * ImageLayout::Padding;
    QImage image(layout.width() * scale, qMin(maxHeight, static_cast<int>(std::ceil(height * scale))),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDevicePixelRatio(scale);
    ExportImage out;
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        for (const Slice &slice : page.slices) {
            const ImageLayout::Block &block = blocks.at(slice.block);
            const qreal offset = ImageLayout::Padding + slice.y - slice.from;
            painter.save();
            painter.translate(0, offset);
            painter.setClipRect(QRectF(0, slice.from, layout.width(), slice.to - slice.from));
            layout.paint(&painter, block);
            painter.restore();
            if (block.entry > 0) {
                if (out.firstEntry == 0)
                    out.firstEntry = block.entry;
                out.lastEntry = block.entry;
            }
            for (const ImageLayout::Piece &piece : block.pieces) {
                const QRectF visible =
                    piece.rect & QRectF(0, slice.from, layout.width(), slice.to - slice.from);
                if (piece.zhTitle && !visible.isEmpty())
                    out.titleRects.append(
                        QRectF(visible.translated(0, offset).topLeft() * scale, visible.size() * scale)
                            .toAlignedRect());
            }
        }
    }
    image.setDevicePixelRatio(1);
    out.image = image;
    return out;
}

QString manifestLine(int index, const ExportImage &image)
{
    QString line = ImageExporter::fileName(index) + QLatin1Char('\t') + QString::number(image.image.width()) +
                   QLatin1Char('x') + QString::number(image.image.height()) + QLatin1Char('\t');
    if (image.firstEntry == 0)
        line += QStringLiteral("header");
    else if (image.firstEntry == image.lastEntry)
        line += QStringLiteral("entry ") + QString::number(image.firstEntry);
    else
        line += QStringLiteral("entries %1-%2").arg(image.firstEntry).arg(image.lastEntry);
    return line;
}

} // namespace

QString ImageExporter::name() const
{
    return QCoreApplication::translate("DigestStudio::FormatRegistry", "Long images (PNG)");
}

ExportResult ImageExporter::render(const Digest &digest, const ExportOptions &options) const
{
    ExportResult result;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        result.warnings.append(QStringLiteral("long images need fonts: run with a QGuiApplication "
                                              "(digestctl starts one for --format image)"));
        return result;
    }
    const ImageLayout layout(digest, options);
    result.warnings = layout.warnings();
    const int scale = qMax(1, options.imageScale);
    const int maxHeight = qMax(200, options.imageMaxHeight);
    const qreal room = maxHeight - 2 * ImageLayout::Padding;
    const QVector<Page> pages = paginate(layout.blocks(), room);
    QStringList lines;
    for (const Page &page : pages) {
        if (page.slices.isEmpty())
            continue;
        result.images.append(paint(layout, page, scale, maxHeight * scale));
        lines.append(manifestLine(static_cast<int>(result.images.size()) - 1, result.images.last()));
    }
    result.text = lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return result;
}

QString ImageExporter::fileName(int index, const QString &base)
{
    return base + QStringLiteral("-%1.png").arg(index + 1, 2, 10, QLatin1Char('0'));
}

QStringList ImageExporter::targetPaths(const QString &target, int count)
{
    const QFileInfo info(target);
    const bool file = info.suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0 && !info.isDir();
    const QString dir = file ? info.absolutePath() : info.absoluteFilePath();
    const QString base = file ? info.completeBaseName() : QStringLiteral("post");
    QStringList paths;
    for (int i = 0; i < count; ++i)
        paths.append(QDir(dir).filePath(fileName(i, base)));
    return paths;
}

bool ImageExporter::save(const ExportResult &result, const QString &target, QStringList *written,
                         QString *error)
{
    const QStringList paths = targetPaths(target, static_cast<int>(result.images.size()));
    if (paths.isEmpty()) {
        *error = QCoreApplication::translate("DigestStudio::ImageExporter", "There are no images to write.");
        return false;
    }
    const QString dir = QFileInfo(paths.first()).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error =
            QCoreApplication::translate("DigestStudio::ImageExporter", "Cannot make the folder %1.").arg(dir);
        return false;
    }
    QStringList done;
    for (int i = 0; i < paths.size(); ++i) {
        QSaveFile file(paths.at(i));
        if (!file.open(QIODevice::WriteOnly) || !result.images.at(i).image.save(&file, "PNG") ||
            !file.commit()) {
            *error = QCoreApplication::translate("DigestStudio::ImageExporter", "Cannot write %1: %2")
                         .arg(paths.at(i), file.errorString());
            for (const QString &path : done) // all or nothing
                QFile::remove(path);
            return false;
        }
        done.append(paths.at(i));
    }
    if (written)
        *written = done;
    return true;
}

} // namespace DigestStudio
