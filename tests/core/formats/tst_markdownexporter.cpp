#include "formatgolden.h"
#include "formats/digestimporter.h"
#include "formats/markdownexporter.h"

#include <QtTest>

using namespace DigestStudio;

class TestMarkdownExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("golden");
        QTest::newRow("sample") << QStringLiteral("published/digest-sample.txt")
                                << QStringLiteral("formats/sample.md");
        QTest::newRow("old-style ids, no affiliations")
            << QStringLiteral("formats/variant-old-ids.txt") << QStringLiteral("formats/variant-old-ids.md");
    }

    void golden()
    {
        QFETCH(QString, input);
        QFETCH(QString, golden);
        const QByteArray bytes = Test::fixture(input);
        const DigestImporter::Result r = DigestImporter::parse(bytes);
        QVERIFY2(r.ok, qPrintable(r.errorMessage()));
        QVERIFY(Test::compareGolden(MarkdownExporter().render(r.digest, ExportOptions()).text, golden));
    }

    void inlineText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("brackets and emphasis escaped")
            << QStringLiteral("[EPFL] *a* _b_") << QStringLiteral("\\[EPFL\\] \\*a\\* \\_b\\_");
        QTest::newRow("ordered-list start escaped")
            << QStringLiteral("1. not a list") << QStringLiteral("1\\. not a list");
        QTest::newRow("heading start escaped")
            << QStringLiteral("# not a heading") << QStringLiteral("\\# not a heading");
        QTest::newRow("URL becomes an autolink") << QStringLiteral("code: https://github.com/a_b/c.")
                                                 << QStringLiteral("code: <https://github.com/a_b/c>.");
        // A reference a renderer would decode is escaped; a lone ampersand is shown as it is.
        QTest::newRow("entity reference escaped")
            << QStringLiteral("R&amp;D &lt;b&gt; &#60;") << QStringLiteral("R\\&amp;D \\&lt;b\\&gt; \\&#60;");
        QTest::newRow("lone ampersand kept")
            << QStringLiteral("Maryland & NYU, AT&T;x") << QStringLiteral("Maryland & NYU, AT\\&T;x");
        QTest::newRow("Chinese untouched")
            << QStringLiteral("数据增强?对缩放率") << QStringLiteral("数据增强?对缩放率");
    }

    void inlineText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownExporter::inlineText(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownExporter)
#include "tst_markdownexporter.moc"
