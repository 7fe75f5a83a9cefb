#include "formats/formatregistry.h"

#include <QtTest>

using namespace DigestStudio;

class TestFormatRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheFiveFormats()
    {
        // The long images came after the four text formats.
        const FormatRegistry &registry = FormatRegistry::instance();
        QCOMPARE(registry.ids(),
                 (QStringList{QStringLiteral("text"), QStringLiteral("weibo"), QStringLiteral("wechat"),
                              QStringLiteral("markdown"), QStringLiteral("image")}));
        QCOMPARE(registry.formats().size(), 5);
        QVERIFY(!registry.format(QStringLiteral("pdf")));
    }

    void formatProperties_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("txt")
                              << QStringLiteral("text/plain") << QString();
        QTest::newRow("weibo") << QStringLiteral("weibo") << QStringLiteral("txt")
                               << QStringLiteral("text/plain") << QString();
        QTest::newRow("wechat") << QStringLiteral("wechat") << QStringLiteral("html")
                                << QStringLiteral("text/html") << QStringLiteral("HTML");
        QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("md")
                                  << QStringLiteral("text/markdown") << QStringLiteral("Markdown");
        QTest::newRow("image") << QStringLiteral("image") << QStringLiteral("png")
                               << QStringLiteral("image/png") << QString();
    }

    void formatProperties()
    {
        QFETCH(QString, id);
        QFETCH(QString, extension);
        QFETCH(QString, mime);
        QFETCH(QString, syntax);
        const DigestExporter *format = FormatRegistry::instance().format(id);
        QVERIFY(format);
        QCOMPARE(format->id(), id);
        QVERIFY(!format->name().isEmpty());
        QCOMPARE(format->fileExtension(), extension);
        QCOMPARE(format->mimeType(), mime);
        QCOMPARE(format->syntaxName(), syntax);
    }

    void figureFileName_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected");
        QTest::newRow("new-style id") << 1 << QStringLiteral("2210.06441") << QStringLiteral("png")
                                      << QStringLiteral("01-2210.06441.png");
        QTest::newRow("two digits, dotted suffix")
            << 12 << QStringLiteral("2210.06441") << QStringLiteral(".jpg")
            << QStringLiteral("12-2210.06441.jpg");
        QTest::newRow("old-style id") << 3 << QStringLiteral("hep-th/9901001") << QStringLiteral("png")
                                      << QStringLiteral("03-hep-th_9901001.png");
    }

    void figureFileName()
    {
        QFETCH(int, position);
        QFETCH(QString, id);
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        QCOMPARE(FormatRegistry::figureFileName(position, id, suffix), expected);
    }
};

QTEST_GUILESS_MAIN(TestFormatRegistry)
#include "tst_formatregistry.moc"
