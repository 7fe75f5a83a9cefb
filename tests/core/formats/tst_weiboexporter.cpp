#include "formatgolden.h"
#include "formats/digestimporter.h"
#include "formats/posttext.h"
#include "formats/textexporter.h"
#include "formats/weiboexporter.h"

#include <QRegularExpression>
#include <QtTest>

using namespace DigestStudio;

namespace {

Digest sample()
{
    return DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
}

// The part's text without its `(k/n)` line.
QString body(const WeiboPart &part)
{
    return part.text.mid(part.text.indexOf(QLatin1Char('\n')) + 1);
}

// Letters and digits only: what must survive a split, whatever the cuts did to white space.
QString visible(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!PostText::isSpace(c))
            out += c;
    }
    return out;
}

} // namespace

class TestWeiboExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weight_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("urlWeight");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty") << QString() << 10 << 0;
        QTest::newRow("one ASCII character rounds up") << QStringLiteral("a") << 10 << 1;
        QTest::newRow("two ASCII characters") << QStringLiteral("ab") << 10 << 1;
        QTest::newRow("Latin-1 counts half") << QStringLiteral("\u00FC\u00E9\u00A0") << 10 << 2;
        QTest::newRow("Han counts one") << QStringLiteral("机器学习") << 10 << 4;
        QTest::newRow("full-width punctuation counts one") << QStringLiteral("\uFF0C\u3001") << 10 << 2;
        QTest::newRow("emoji beyond the BMP counts two") << QStringLiteral("\U0001F600") << 10 << 2;
        QTest::newRow("URL counts fixed") << QStringLiteral("https://arxiv.org/abs/2210.06441") << 10 << 10;
        QTest::newRow("URL weight is a setting")
            << QStringLiteral("https://arxiv.org/abs/2210.06441") << 12 << 12;
        QTest::newRow("URL then text")
            << QStringLiteral("见https://example.com/a?b=1 。") << 10 << 1 + 10 + 1 + 1;
        QTest::newRow("URL ends before sentence punctuation")
            << QStringLiteral("see http://x.org/a.") << 10 << 2 + 10 + 1;
        QTest::newRow("mixed, halves add before rounding") << QStringLiteral("a机b") << 10 << 2;
    }

    void weight()
    {
        QFETCH(QString, text);
        QFETCH(int, urlWeight);
        QFETCH(int, expected);
        QCOMPARE(WeiboExporter::weight(text, urlWeight), expected);
    }

    void golden_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("parts");
        QTest::addColumn<QString>("golden");
        QTest::newRow("sample, default limit") << 2000 << 8 << QStringLiteral("formats/sample.weibo.txt");
        // A long entry starts a post of its own and is cut between its paragraphs, the title kept with the
        // paragraph after it (it was cut between the authors and the affiliations lines: review_weibo.py).
        QTest::newRow("sample, 700: entries cut between paragraphs")
            << 700 << 19 << QStringLiteral("formats/sample.weibo-700.txt");
    }

    void golden()
    {
        QFETCH(int, limit);
        QFETCH(int, parts);
        QFETCH(QString, golden);
        ExportOptions options;
        options.weiboLimit = limit;
        const ExportResult result = WeiboExporter().render(sample(), options);
        QVERIFY(Test::compareGolden(result.text, golden));
        QCOMPARE(result.parts.size(), parts);
    }

    void partsAreNumberedWithinTheLimitAndLoseNothing_data()
    {
        QTest::addColumn<int>("limit");
        for (const int limit : {2000, 1000, 700, 400, 140})
            QTest::newRow(qPrintable(QStringLiteral("limit %1").arg(limit))) << limit;
    }

    void partsAreNumberedWithinTheLimitAndLoseNothing()
    {
        QFETCH(int, limit);
        ExportOptions options;
        options.weiboLimit = limit;
        const Digest d = sample();
        const ExportResult result = WeiboExporter().render(d, options);
        const int n = static_cast<int>(result.parts.size());
        QVERIFY(n >= 1);
        QString all;
        for (int k = 0; k < n; ++k) {
            const WeiboPart &part = result.parts.at(k);
            QVERIFY(part.text.startsWith(QStringLiteral("(%1/%2)\n").arg(k + 1).arg(n)));
            QCOMPARE(part.weight, WeiboExporter::weight(part.text));
            QVERIFY2(part.weight <= limit,
                     qPrintable(QStringLiteral("part %1 counts %2").arg(k + 1).arg(part.weight)));
            // Every link stays whole in one part.
            const QRegularExpression link(QStringLiteral("https://arxiv.org/abs/\\d{4}\\.\\d{5}(?!\\d)"));
            all += body(part);
            const QString b = body(part);
            QVERIFY(!b.endsWith(QStringLiteral("https://arxiv.org/abs/")));
        }
        QCOMPARE(visible(all), visible(TextExporter().render(d, options).text));
        // The file form: parts separated by `---` lines.
        QCOMPARE(result.text.count(QStringLiteral("\n---\n")), n - 1);
        for (const DigestEntry &e : d.entries())
            QVERIFY(result.text.contains(e.link()));
    }

    void shortDigestIsOnePart()
    {
        Digest d;
        d.setAttribution(QStringLiteral("转自"));
        DigestEntry e;
        e.setTag(QStringLiteral("LG"));
        e.setTitle(QStringLiteral("T"));
        e.setZhTitle(QStringLiteral("标题"));
        e.setZhSummary(QStringLiteral("摘要。"));
        e.setLink(QStringLiteral("https://arxiv.org/abs/2401.00001"));
        d.entries().append(e);
        const ExportResult result = WeiboExporter().render(d, ExportOptions());
        QCOMPARE(result.parts.size(), 1);
        QCOMPARE(result.text,
                 QStringLiteral("(1/1)\n转自\n\n摘要:标题\n\n\u00A0\n\n1\u3001[LG] T\n\n标题。摘要。\n\n"
                                "https://arxiv.org/abs/2401.00001\n"));
        // Halves: (1/1)⏎ 6, 转自 4, ⏎⏎ 2, 摘要:标题 9, ⏎⏎ U+00A0 ⏎⏎ 5, 1、[LG] T 9, ⏎⏎ 2, 标题。摘要。 12, ⏎⏎
        // 2, the URL 20: 71 halves, rounded up.
        QCOMPARE(result.parts.first().weight, 36);
    }

    void longParagraphIsCutBetweenWordsNeverInsideALink()
    {
        // One English paragraph of 300 words with links in it, in a thread limited to 100.
        QStringList words;
        for (int i = 0; i < 300; ++i)
            words.append(i % 50 == 7 ? QStringLiteral("https://example.org/path/%1").arg(i)
                                     : QStringLiteral("word%1").arg(i));
        const QString paragraph = words.join(QLatin1Char(' '));
        QStringList warnings;
        const QVector<WeiboPart> parts =
            WeiboExporter::split({paragraph}, QStringLiteral("\n\n"), 100, 10, &warnings);
        QVERIFY(parts.size() > 10);
        QCOMPARE(warnings.size(), 1);
        QStringList seen;
        for (const WeiboPart &part : parts) {
            QVERIFY(part.weight <= 100);
            seen.append(body(part).split(QLatin1Char(' ')));
        }
        QCOMPARE(seen, words);
    }
};

QTEST_GUILESS_MAIN(TestWeiboExporter)
#include "tst_weiboexporter.moc"
