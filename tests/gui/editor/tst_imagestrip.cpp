// The figure strip: thumbnails in order, images found in drops and pastes, reorder and removal requests.
#include "common/guiresources.h"
#include "editor/imageintake.h"
#include "editor/imagestrip.h"

#include <QBuffer>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace DigestStudio;

namespace {

QImage picture(const QColor &color)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace

class TestImageStrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiResources::init(); }

    void showsThumbnailsInOrder()
    {
        ImageStrip strip;
        strip.setImages({11, 12, 13}, {picture(Qt::red), picture(Qt::green), picture(Qt::blue)});
        QCOMPARE(strip.count(), 3);
        QCOMPARE(strip.imageIds(), (QVector<qint64>{11, 12, 13}));
        QVERIFY(!strip.item(0)->icon().isNull());
    }

    void reorderingAsksForTheNewOrder()
    {
        ImageStrip strip;
        strip.setImages({11, 12, 13}, {picture(Qt::red), picture(Qt::green), picture(Qt::blue)});
        QSignalSpy reordered(&strip, &ImageStrip::imagesReordered);
        QVERIFY(strip.model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
        QCOMPARE(reordered.count(), 1);
        QCOMPARE(reordered.first().first().value<QVector<qint64>>(), (QVector<qint64>{13, 11, 12}));
    }

    void deleteAsksToRemoveTheSelection()
    {
        ImageStrip strip;
        strip.setImages({11, 12}, {picture(Qt::red), picture(Qt::green)});
        QSignalSpy removed(&strip, &ImageStrip::imagesRemoved);
        strip.item(1)->setSelected(true);
        QTest::keyClick(&strip, Qt::Key_Delete);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().value<QVector<qint64>>(), QVector<qint64>{12});
    }

    void findsImagesInDrops()
    {
        QTemporaryDir dir;
        const QString jpeg = dir.filePath(QStringLiteral("figure.jpg"));
        QVERIFY(picture(Qt::yellow).save(jpeg, "JPEG"));
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image");
        file.close();

        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(text), QUrl::fromLocalFile(jpeg)});
        ImageIntake::Result r = ImageIntake::read(&files);
        QCOMPARE(r.mimeTypes, QStringList{QStringLiteral("image/jpeg")});
        QVERIFY(!QImage::fromData(r.bytes.first()).isNull());

        QMimeData png;
        png.setData(QStringLiteral("image/png"), encoded(picture(Qt::red), "PNG"));
        r = ImageIntake::read(&png);
        QCOMPARE(r.mimeTypes, QStringList{QStringLiteral("image/png")});

        QMimeData decoded;
        decoded.setImageData(picture(Qt::blue));
        r = ImageIntake::read(&decoded);
        QCOMPARE(QImage::fromData(r.bytes.first()).size(), QSize(64, 48));

        QMimeData none;
        none.setText(QStringLiteral("hello"));
        QVERIFY(ImageIntake::read(&none).bytes.isEmpty());
        QVERIFY(!ImageIntake::offersImages(&none));
    }
};

QTEST_MAIN(TestImageStrip)
#include "tst_imagestrip.moc"
