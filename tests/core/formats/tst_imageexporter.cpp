// The `image` format: sizes, cuts between entries (and between lines of a taller entry), Chinese glyphs
// drawn where the titles are, the numbered files, and the Weibo thread's attached images. Offscreen.
#include "formats/digestimporter.h"
#include "formats/formatregistry.h"
#include "formats/imageexporter.h"
#include "formats/imagelayout.h"
#include "formats/weiboexporter.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace DigestStudio;

namespace {

Digest sample()
{
    return DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
}

// `count` copies of the sample's entries: a tall post.
Digest tall(int count)
{
    Digest d = sample();
    const QVector<DigestEntry> base = d.entries();
    QVector<DigestEntry> entries;
    for (int i = 0; i < count; ++i)
        entries.append(base.at(i % base.size()));
    d.setEntries(entries);
    return d;
}

// Blank across the text column (the tag's bar at the left runs through an entry).
bool isBlankRow(const QImage &image, int y)
{
    for (int x = 40 * 2; x < image.width() - 40 * 2; ++x) {
        if (image.pixel(x, y) != qRgb(255, 255, 255))
            return false;
    }
    return true;
}

int inkIn(const QImage &image, const QRect &rect)
{
    int ink = 0;
    const QRect r = rect & image.rect();
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ink += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    }
    return ink;
}

QImage region(const ExportImage &image, int index)
{
    return image.image.copy(image.titleRects.at(index));
}

} // namespace

class TestImageExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registeredAsImage()
    {
        const DigestExporter *format = FormatRegistry::instance().format(QStringLiteral("image"));
        QVERIFY(format);
        QCOMPARE(format->fileExtension(), QStringLiteral("png"));
        QCOMPARE(format->mimeType(), QStringLiteral("image/png"));
    }

    void sizes_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("scale");
        QTest::newRow("default 750 at 2x") << 750 << 2;
        QTest::newRow("600 at 3x") << 600 << 3;
        QTest::newRow("1080 at 1x") << 1080 << 1;
    }

    void sizes()
    {
        QFETCH(int, width);
        QFETCH(int, scale);
        ExportOptions options;
        options.imageWidth = width;
        options.imageScale = scale;
        const ExportResult result = ImageExporter().render(sample(), options);
        QVERIFY(!result.images.isEmpty());
        for (const ExportImage &image : result.images) {
            QCOMPARE(image.image.width(), width * scale);
            QVERIFY(image.image.height() > 0);
            QVERIFY(image.image.height() <= options.imageMaxHeight * scale);
        }
        // `text` lists the files.
        QVERIFY(result.text.startsWith(QStringLiteral("post-01.png\t%1x").arg(width * scale)));
        QCOMPARE(result.text.count(QLatin1Char('\n')), result.images.size());
    }

    void tallPostIsCutBetweenEntries()
    {
        ExportOptions options;
        const Digest digest = tall(30);
        const ExportResult result = ImageExporter().render(digest, options);
        // The whole post on one very tall image, for its content height.
        ExportOptions oneImage = options;
        oneImage.imageMaxHeight = 30000;
        const ExportResult whole = ImageExporter().render(tall(8), oneImage);
        QCOMPARE(whole.images.size(), 1);
        const qreal perEntry = whole.images.first().image.height() / 2.0 / 8;
        // 30 entries of about `perEntry` logical pixels in images of 5,000: at least that many images.
        const int least = qCeil(30 * perEntry / options.imageMaxHeight);
        QVERIFY2(result.images.size() >= least, qPrintable(QString::number(result.images.size())));
        QVERIFY(result.images.size() <= 30);
        // Each entry whole on exactly one image, in order: the cuts are between entries.
        int next = 1;
        for (const ExportImage &image : result.images) {
            QCOMPARE(image.firstEntry, next);
            QVERIFY(image.lastEntry >= image.firstEntry);
            next = image.lastEntry + 1;
            QVERIFY(image.image.height() <= options.imageMaxHeight * options.imageScale);
        }
        QCOMPARE(next, 31);
        // Greedy: every image but the last is filled to more than half.
        for (int i = 0; i + 1 < result.images.size(); ++i)
            QVERIFY(result.images.at(i).image.height() > options.imageMaxHeight);
    }

    void anEntryTallerThanAnImageIsCutBetweenLines()
    {
        Digest digest = sample();
        QString summary;
        for (int i = 0; i < 400; ++i)
            summary += QStringLiteral("很长的摘要句子第%1句。").arg(i);
        digest.entries()[1].setZhSummary(summary);
        ExportOptions options;
        options.imageMaxHeight = 2000;
        const ExportResult result = ImageExporter().render(digest, options);
        int spans = 0;
        for (int i = 0; i + 1 < result.images.size(); ++i) {
            const ExportImage &a = result.images.at(i);
            const ExportImage &b = result.images.at(i + 1);
            QVERIFY(a.image.height() <= 2000 * 2);
            if (a.lastEntry != 2 || b.firstEntry != 2)
                continue;
            ++spans;
            // Never through a line: the rows at both sides of the cut hold no ink.
            const int padding = 40 * 2;
            QVERIFY(isBlankRow(a.image, a.image.height() - padding - 1));
            QVERIFY(isBlankRow(b.image, padding));
        }
        QVERIFY2(spans >= 2, qPrintable(QString::number(spans)));
    }

    void chineseTitlesAreDrawn()
    {
        Digest digest = sample();
        const ExportResult result = ImageExporter().render(digest, ExportOptions());
        const ExportImage &first = result.images.first();
        QCOMPARE(first.firstEntry, 1);
        QVERIFY(!first.titleRects.isEmpty());
        const QRect rect = first.titleRects.first();
        QVERIFY(rect.width() > 100 && rect.height() > 30);
        // Not blank where the Chinese title is drawn.
        QVERIFY2(inkIn(first.image, rect) > rect.width() * rect.height() / 50,
                 qPrintable(QString::number(inkIn(first.image, rect))));
        // And real glyphs, not boxes for missing ones: another title of the same length looks different.
        digest.entries()[0].setZhTitle(QStringLiteral("揭开彩票假说的面纱中奖彩票的掩码"));
        const ExportResult other = ImageExporter().render(digest, ExportOptions());
        Digest same = sample();
        same.entries()[0].setZhTitle(QStringLiteral("数据增强相当于增加了多少数据对缩"));
        const ExportResult third = ImageExporter().render(same, ExportOptions());
        QCOMPARE(other.images.first().titleRects.first().size(),
                 third.images.first().titleRects.first().size());
        QVERIFY(region(other.images.first(), 0) != region(third.images.first(), 0));
    }

    void footerOnTheLastImage()
    {
        Digest digest = tall(20);
        digest.setFooter(QStringLiteral("页脚"));
        ExportResult with = ImageExporter().render(digest, ExportOptions());
        digest.setFooter(QString());
        ExportResult without = ImageExporter().render(digest, ExportOptions());
        QCOMPARE(with.images.size(), without.images.size());
        for (int i = 0; i + 1 < with.images.size(); ++i)
            QCOMPARE(with.images.at(i).image.height(), without.images.at(i).image.height());
        QVERIFY(with.images.last().image.height() > without.images.last().image.height());
    }

    void firstFigureIsDrawn()
    {
        Digest digest = sample();
        QImage red(400, 300, QImage::Format_RGB32);
        red.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        red.save(&buffer, "PNG");
        ExportOptions options;
        const int without = ImageExporter().render(digest, options).images.first().image.height();
        options.figures.insert(digest.entries().first().arxivId(), png);
        const ExportResult result = ImageExporter().render(digest, options);
        const QImage &image = result.images.first().image;
        QVERIFY2(qAbs(image.height() - (without + (300 + 14) * 2)) <= 1,
                 qPrintable(QString::number(image.height())));
        int redPixels = 0;
        for (int y = 0; y < image.height(); y += 4)
            redPixels += image.pixel(image.width() / 2, y) == qRgb(255, 0, 0) ? 1 : 0;
        QVERIFY(redPixels > 100);
        // A figure Qt cannot read is left out with a warning.
        options.figures.insert(digest.entries().first().arxivId(), QByteArrayLiteral("not an image"));
        QCOMPARE(ImageExporter().render(digest, options).warnings.size(), 1);
    }

    void saveWritesNumberedFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportOptions options;
        options.imageMaxHeight = 3000;
        const ExportResult result = ImageExporter().render(sample(), options);
        QVERIFY(result.images.size() >= 3);
        QStringList written;
        QString error;
        QVERIFY2(ImageExporter::save(result, dir.filePath(QStringLiteral("out")), &written, &error),
                 qPrintable(error));
        QCOMPARE(written.size(), result.images.size());
        QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files).first(),
                 QStringLiteral("post-01.png"));
        const QImage back(written.at(1));
        QCOMPARE(back.size(), result.images.at(1).image.size());
        QVERIFY(ImageExporter::save(result, dir.filePath(QStringLiteral("day.png")), &written, &error));
        QCOMPARE(QFileInfo(written.first()).fileName(), QStringLiteral("day-01.png"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("day.png"))));
        // A folder that cannot be made: an error, nothing written.
        QVERIFY(!ImageExporter::save(result, QStringLiteral("/proc/no/such/folder"), &written, &error));
        QVERIFY(!error.isEmpty());
    }

    void weiboThreadCarriesTheImages()
    {
        ExportOptions options;
        options.weiboAttachImages = true;
        options.imageMaxHeight = 3000;
        const Digest digest = sample();
        const ExportResult result = WeiboExporter().render(digest, options);
        QVERIFY(result.images.size() > 1);
        QVector<int> seen;
        for (const WeiboPart &part : result.parts)
            seen += part.images;
        std::sort(seen.begin(), seen.end());
        QVector<int> all;
        for (int i = 0; i < result.images.size(); ++i)
            all.append(i);
        QCOMPARE(seen, all); // each image goes with exactly one part
        // An image goes with the part where its first entry begins.
        for (const WeiboPart &part : result.parts) {
            for (const int i : part.images) {
                const int entry = result.images.at(i).firstEntry;
                if (entry > 0)
                    QVERIFY(part.text.contains(QString::number(entry) + QStringLiteral("、[")));
            }
        }
        // Without the option: no images, the same text.
        options.weiboAttachImages = false;
        const ExportResult plain = WeiboExporter().render(digest, options);
        QVERIFY(plain.images.isEmpty());
        QCOMPARE(plain.text, result.text);
    }

    // WeiboExporter::MaxImagesPerPost at its edge: one part carrying 18 long images is fine, one carrying 19
    // is named in a warning with the count and the limit. Entries of one short line each, at the least image
    // height, make one image apiece; the text stays one part.
    void weiboImagesPerPostAtTheLimit()
    {
        ExportOptions options;
        options.weiboAttachImages = true;
        options.weiboLimit = 1000000;
        options.imageScale = 1;
        options.imageMaxHeight = 200;
        QVector<int> countsSeen;
        for (int entries = 1; entries <= 40; ++entries) {
            Digest digest;
            for (int i = 1; i <= entries; ++i) {
                DigestEntry e;
                e.setTag(QStringLiteral("LG"));
                e.setTitle(QStringLiteral("Paper %1").arg(i));
                digest.entries().append(e);
            }
            const ExportResult result = WeiboExporter().render(digest, options);
            QCOMPARE(result.parts.size(), 1);
            const int images = static_cast<int>(result.images.size());
            QCOMPARE(result.parts.first().images.size(), images);
            countsSeen.append(images);
            const QString warnings = result.warnings.join(QLatin1Char('\n'));
            QCOMPARE(warnings.contains(QStringLiteral("Weibo takes at most")),
                     images > WeiboExporter::MaxImagesPerPost);
            if (images == WeiboExporter::MaxImagesPerPost + 1)
                QVERIFY2(warnings.contains(
                             QStringLiteral("part 1 would carry 19 images; Weibo takes at most 18 a post")),
                         qPrintable(warnings));
            if (images > WeiboExporter::MaxImagesPerPost + 1)
                break;
        }
        QVERIFY(countsSeen.contains(WeiboExporter::MaxImagesPerPost));
        QVERIFY(countsSeen.contains(WeiboExporter::MaxImagesPerPost + 1));
    }

    // ImageLayout::MaxFigureHeight at its edge: a figure that tall is drawn at its own size; one pixel taller
    // is scaled down to the limit, its width in proportion.
    void figureHeightAtItsLimit()
    {
        const Digest digest = sample();
        const auto drawnSize = [&digest](int height) {
            QImage figure(200, height, QImage::Format_RGB32);
            figure.fill(Qt::darkCyan);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            figure.save(&buffer, "PNG");
            ExportOptions options;
            options.figures.insert(digest.entries().first().arxivId(), png);
            const ImageLayout layout(digest, options);
            for (const ImageLayout::Block &block : layout.blocks()) {
                for (const ImageLayout::Piece &piece : block.pieces) {
                    if (piece.kind == ImageLayout::Piece::Kind::Figure)
                        return piece.rect.size();
                }
            }
            return QSizeF();
        };
        QCOMPARE(ImageLayout::MaxFigureHeight, 560);
        QCOMPARE(drawnSize(560), QSizeF(200, 560));
        QCOMPARE(drawnSize(561), QSizeF(200.0 * 560 / 561, 560));
        QCOMPARE(drawnSize(1120), QSizeF(100, 560));
    }
};

QTEST_MAIN(TestImageExporter)
#include "tst_imageexporter.moc"
