#include "formats/digestimporter.h"
#include "model/tagtable.h"
#include "publishing/titlecard.h"
#include "publishing/wechatimage.h"
#include "testsupport.h"

#include <QtTest>

using namespace DigestStudio;

namespace {

Digest digestTagged(const QStringList &tags)
{
    Digest digest;
    digest.setDate(QDate(2022, 10, 14));
    QVector<DigestEntry> entries;
    for (const QString &tag : tags) {
        DigestEntry entry;
        entry.setTag(tag);
        entries.append(entry);
    }
    digest.setEntries(entries);
    return digest;
}

} // namespace

class TestTitleCard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsTitleInTagColour()
    {
        const Digest digest =
            DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
        QVERIFY(TitleCard::canRender());
        const QImage card =
            TitleCard::render(digest, QStringLiteral("arXiv 每日速递 2022-10-14"), TagTable());
        QCOMPARE(card.size(), QSize(TitleCard::Width, TitleCard::Height));
        const QColor colour = TitleCard::tagColour(TitleCard::mainTag(digest), TagTable());
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
        const TagTable table;
        QCOMPARE(TitleCard::tagColour(QStringLiteral("XY"), table),
                 TitleCard::tagColour(QStringLiteral("XY"), table));
        QVERIFY(TitleCard::tagColour(QStringLiteral("LG"), table) !=
                TitleCard::tagColour(QStringLiteral("CV"), table));
    }

    // The card is in the colour the long images and the post give the tag (TagTable), the user's own
    // colours included.
    void cardTakesTheTagTablesColour_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("override"); // `TAG=#rrggbb` set in the table, or empty
        QTest::addColumn<QString>("expected");
        QTest::newRow("built-in CL") << QStringList{QStringLiteral("CL"), QStringLiteral("CL")} << QString()
                                     << TagTable().colour(QStringLiteral("CL"));
        QTest::newRow("built-in AS") << QStringList{QStringLiteral("AS")} << QString()
                                     << TagTable().colour(QStringLiteral("AS"));
        QTest::newRow("palette for an unlisted tag")
            << QStringList{QStringLiteral("QP")} << QString() << TagTable().colour(QStringLiteral("QP"));
        QTest::newRow("user's CL") << QStringList{QStringLiteral("LG"), QStringLiteral("CL"),
                                                  QStringLiteral("CL")}
                                   << QStringLiteral("CL=#123456") << QStringLiteral("#123456");
        QTest::newRow("user's colour of another tag leaves the main one")
            << QStringList{QStringLiteral("CV")} << QStringLiteral("LG=#123456")
            << TagTable().colour(QStringLiteral("CV"));
        QTest::newRow("unreadable user colour: the built-in one")
            << QStringList{QStringLiteral("RO")} << QStringLiteral("RO=not-a-colour")
            << TagTable().colour(QStringLiteral("RO"));
    }

    void cardTakesTheTagTablesColour()
    {
        QFETCH(QStringList, tags);
        QFETCH(QString, override);
        QFETCH(QString, expected);
        TagTable table;
        if (!override.isEmpty())
            table.setColour(override.section(QLatin1Char('='), 0, 0), override.section(QLatin1Char('='), 1));
        const QImage card = TitleCard::render(digestTagged(tags), QStringLiteral("标题"), table);
        QCOMPARE(card.pixelColor(TitleCard::Width - 5, 5), QColor(expected));
        QCOMPARE(TitleCard::tagColour(TitleCard::mainTag(digestTagged(tags)), table), QColor(expected));
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
