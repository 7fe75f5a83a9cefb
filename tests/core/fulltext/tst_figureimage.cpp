// FigureImage: the fixtures' figures decoded at the sizes ImageMagick drew them (tests/fixtures/fulltext/
// make-fixtures.sh), and files over the caps, bombs and other formats refused before decoding.
#include "fulltext/figureimage.h"
#include "fulltext/fulltextlimits.h"
#include "testsupport.h"

#include <QBuffer>
#include <QtTest>

using namespace DigestStudio;

namespace {

// A GIF (GIF89a, section 18 and 20 of its specification) whose screen and image descriptors claim
// `width` x `height` pixels, with a one-code image body: a bomb of 60 bytes.
QByteArray claimingGif(quint16 width, quint16 height)
{
    QByteArray gif("GIF89a");
    auto le16 = [&](quint16 v) {
        gif.append(static_cast<char>(v & 0xff));
        gif.append(static_cast<char>(v >> 8));
    };
    le16(width);
    le16(height);
    gif.append("\x80\x00\x00", 3); // a global colour table of 2 entries
    gif.append("\x00\x00\x00\xff\xff\xff", 6);
    gif.append('\x2c'); // image descriptor
    le16(0);
    le16(0);
    le16(width);
    le16(height);
    gif.append('\x00');
    gif.append("\x02\x02\x4c\x01\x00", 5); // LZW minimum code size 2, one block, end
    gif.append('\x3b');
    return gif;
}

} // namespace

class TestFigureImage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QSize>("size");
        QTest::newRow("loss.png") << QStringLiteral("fulltext/src/figures/loss.png") << QSize(320, 200);
        QTest::newRow("left.png") << QStringLiteral("fulltext/src/figures/left.png") << QSize(120, 120);
        QTest::newRow("right.png") << QStringLiteral("fulltext/src/figures/right.png") << QSize(120, 120);
        QTest::newRow("arch.png") << QStringLiteral("fulltext/src/figures/arch.png") << QSize(400, 150);
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QSize, size);
        const FigureImage::Result result = FigureImage::read(Test::fixture(file));
        QCOMPARE(result.error, FigureImage::Error::None);
        QCOMPARE(result.format, QByteArray("png"));
        QCOMPARE(result.image.size(), size);
    }

    void jpegAndGif()
    {
        QImage image(64, 32, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        for (const char *format : {"jpeg", "gif"}) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (!image.save(&buffer, format))
                continue; // Qt writes no GIF; the bomb below is a GIF read
            const FigureImage::Result result = FigureImage::read(bytes);
            QCOMPARE(result.error, FigureImage::Error::None);
            QCOMPARE(result.image.size(), QSize(64, 32));
        }
        const FigureImage::Result small = FigureImage::read(claimingGif(3, 2));
        QCOMPARE(small.error, FigureImage::Error::None);
        QCOMPARE(small.format, QByteArray("gif"));
    }

    // 65535 x 65535 pixels (16 GB decoded) claimed by 60 bytes: refused on the header's word.
    void bomb()
    {
        const FigureImage::Result result = FigureImage::read(claimingGif(65535, 65535));
        QCOMPARE(result.error, FigureImage::Error::TooManyPixels);
        QVERIFY(result.image.isNull());
    }

    void sizeCap()
    {
        QByteArray over = Test::fixture(QStringLiteral("fulltext/src/figures/loss.png"));
        over.append(QByteArray(FullTextLimits::MaxImageBytes + 1 - over.size(), '\0'));
        QCOMPARE(FigureImage::read(over).error, FigureImage::Error::TooLarge);
    }

    void notImages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("HTML") << QByteArray("<!DOCTYPE html><html><body>Not Found</body></html>");
        QTest::newRow("SVG is not offered")
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
                          "height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");
        QTest::newRow("a PNG cut short")
            << Test::fixture(QStringLiteral("fulltext/src/figures/loss.png")).left(40);
    }

    void notImages()
    {
        QFETCH(QByteArray, bytes);
        const FigureImage::Result result = FigureImage::read(bytes);
        QCOMPARE(result.error, FigureImage::Error::NotAnImage);
        QVERIFY(result.image.isNull());
    }
};

QTEST_GUILESS_MAIN(TestFigureImage)
#include "tst_figureimage.moc"
