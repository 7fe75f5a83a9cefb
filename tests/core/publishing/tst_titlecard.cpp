#include "formats/digestimporter.h"
#include "publishing/titlecard.h"
#include "publishing/wechatimage.h"
#include "testsupport.h"

#include <QtTest>

using namespace DigestStudio;

class TestTitleCard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsTitleInTagColour()
    {
        const Digest digest =
            DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
        QVERIFY(TitleCard::canRender());
        const QImage card = TitleCard::render(digest, QStringLiteral("arXiv 每日速递 2022-10-14"));
        QCOMPARE(card.size(), QSize(TitleCard::Width, TitleCard::Height));
        const QColor colour = TitleCard::tagColour(TitleCard::mainTag(digest));
        QCOMPARE(card.pixelColor(TitleCard::Width - 5, 5), colour);
        // The title's band holds white text, not the plain colour.
        int light = 0;
        for (int y = 60; y < TitleCard::Height - 110; ++y) {
            for (int x = 70; x < TitleCard::Width - 70; ++x)
                light += qGray(card.pixel(x, y)) > 200 ? 1 : 0;
        }
        QVERIFY2(light > 2000, qPrintable(QString::number(light)));
        const WeChatImage jpeg = WeChatImage::fromImage(card, QStringLiteral("card"));
        QVERIFY(jpeg.isValid());
        QVERIFY(jpeg.data.size() < WeChatImage::MaxUploadBytes);
    }

    void tagColours()
    {
        QCOMPARE(TitleCard::tagColour(QStringLiteral("XY")), TitleCard::tagColour(QStringLiteral("XY")));
        QVERIFY(TitleCard::tagColour(QStringLiteral("LG")) != TitleCard::tagColour(QStringLiteral("CV")));
    }

    void refusesWhatIsNotAnImage()
    {
        const WeChatImage image =
            WeChatImage::prepare(QByteArray("not an image"), QStringLiteral("figure 1"));
        QVERIFY(!image.isValid());
        QVERIFY(image.error.contains(QStringLiteral("figure 1")));
    }
};

QTEST_MAIN(TestTitleCard)
#include "tst_titlecard.moc"
