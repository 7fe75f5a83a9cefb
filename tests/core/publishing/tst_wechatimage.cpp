// WeChatImage at its limit: WeChatImage::MaxPixels (50 megapixels) is taken, one pixel row more is refused
// with the size in words, before anything is decoded.
#include "publishing/wechatimage.h"

#include <QBuffer>
#include <QImage>
#include <QtTest>

using namespace DigestStudio;

namespace {

// A one-bit PNG of `width` x `height` white pixels: a few kilobytes however large, as a decompression bomb.
QByteArray blankPng(int width, int height)
{
    QImage image(width, height, QImage::Format_Mono);
    image.fill(1);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "png");
    return bytes;
}

} // namespace

class TestWeChatImage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maxPixelsIsTheEdge()
    {
        QCOMPARE(WeChatImage::MaxPixels, qint64(10000) * 5000);
        const QByteArray atTheLimit = blankPng(10000, 5000);
        QVERIFY(atTheLimit.size() < WeChatImage::MaxUploadBytes);
        const WeChatImage taken = WeChatImage::prepare(atTheLimit, QStringLiteral("Figure 1"));
        QVERIFY2(taken.isValid(), qPrintable(taken.error));
        QCOMPARE(taken.mimeType, QStringLiteral("image/png"));
        QCOMPARE(taken.data, atTheLimit); // a PNG under 1 MB goes as it is

        const WeChatImage refused = WeChatImage::prepare(blankPng(10000, 5001), QStringLiteral("Figure 2"));
        QVERIFY(!refused.isValid());
        QCOMPARE(refused.error,
                 QStringLiteral("Figure 2 has 10000×5001 pixels; images over 50 megapixels are refused."));
    }
};

QTEST_GUILESS_MAIN(TestWeChatImage)
#include "tst_wechatimage.moc"
