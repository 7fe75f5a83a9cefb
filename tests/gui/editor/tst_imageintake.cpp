// ImageIntake: images offered by a drop or the clipboard are read within caps on bytes and pixels, and
// nothing is read or decoded while a file is only dragged over.
#include "editor/imageintake.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <sys/stat.h>

using namespace DigestStudio;

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= static_cast<unsigned char>(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void putBigEndian(QByteArray *data, int at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        (*data)[at + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xFF);
}

// A small real PNG whose header claims `width` x `height`: decoding it would allocate for the claim.
QByteArray pngClaiming(int width, int height)
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    // Signature (8), IHDR length (4), "IHDR" (4), then width and height; the CRC covers type and data (17
    // bytes).
    putBigEndian(&png, 16, quint32(width));
    putBigEndian(&png, 20, quint32(height));
    putBigEndian(&png, 29, crc32(png.mid(12, 17)));
    return png;
}

} // namespace

class TestImageIntake final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pixelBombIsRefusedFromItsHeader()
    {
        QMimeData data;
        data.setData(QStringLiteral("image/png"), pngClaiming(30000, 30000));
        const ImageIntake::Result r = ImageIntake::read(&data);
        QVERIFY(r.bytes.isEmpty());
        QVERIFY2(r.problem.contains(QStringLiteral("30000 × 30000 pixels, more than 50 million")),
                 qPrintable(r.problem));
        QVERIFY(ImageIntake::check(pngClaiming(4000, 3000), QStringLiteral("x")).isEmpty());
    }

    void fileOverTheByteCapIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ImageIntake::MaxImageBytes + 1));
        file.close();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const ImageIntake::Result r = ImageIntake::read(&data);
        QVERIFY(r.bytes.isEmpty());
        QVERIFY2(r.problem.contains(QStringLiteral("huge.png is larger than 20 MB")), qPrintable(r.problem));
    }

    // The cap's edge: a file of exactly MaxImageBytes is read (and then judged as an image: zeros are none);
    // a FIFO, whose size says 0, is refused once past the cap instead of read without end.
    void fileAtTheByteCapIsReadAndAnEndlessOneRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edge.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ImageIntake::MaxImageBytes));
        file.close();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        ImageIntake::Result r = ImageIntake::read(&data);
        QVERIFY2(!r.problem.contains(QStringLiteral("larger than")), qPrintable(r.problem));
        QVERIFY2(r.problem.contains(QStringLiteral("edge.png is not an image")), qPrintable(r.problem));

        const QString fifo = dir.filePath(QStringLiteral("endless.png"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QProcess writer;
        writer.start(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("exec cat /dev/zero > '%1'").arg(fifo)});
        QVERIFY(writer.waitForStarted());
        data.setUrls({QUrl::fromLocalFile(fifo)});
        r = ImageIntake::read(&data);
        writer.kill();
        writer.waitForFinished();
        QVERIFY(r.bytes.isEmpty());
        QVERIFY2(r.problem.contains(QStringLiteral("endless.png is larger than 20 MB")),
                 qPrintable(r.problem));
    }

    void draggingLooksAtKindsOnly()
    {
        // A file that does not exist: offering it is judged by its name; reading it says why it failed.
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(QStringLiteral("/nonexistent/figure.png"))});
        QVERIFY(ImageIntake::offersImages(&data));
        const ImageIntake::Result r = ImageIntake::read(&data);
        QVERIFY(r.bytes.isEmpty());
        QVERIFY2(r.problem.contains(QStringLiteral("figure.png")), qPrintable(r.problem));
    }

    void notAnImageIsNamed()
    {
        QMimeData data;
        data.setData(QStringLiteral("image/png"), QByteArray("GIF89a, or rather nothing"));
        const ImageIntake::Result r = ImageIntake::read(&data);
        QVERIFY(r.bytes.isEmpty());
        QVERIFY2(r.problem.contains(QStringLiteral("is not an image")), qPrintable(r.problem));
    }
};

QTEST_MAIN(TestImageIntake)
#include "tst_imageintake.moc"
