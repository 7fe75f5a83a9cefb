#include "formatgolden.h"
#include "formats/digestimporter.h"
#include "formats/wechatexporter.h"

#include <QMimeData>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

using namespace DigestStudio;

namespace {

Digest sample()
{
    return DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
}

Digest withLinks()
{
    Digest d;
    d.setTitle(QStringLiteral("今日推介"));
    DigestEntry e;
    e.setTag(QStringLiteral("LG"));
    e.setTitle(QStringLiteral("A <b>bold</b> & \"quoted\" title"));
    e.setZhTitle(QStringLiteral("标题"));
    e.setZhSummary(QStringLiteral("详见 https://mp.weixin.qq.com/s/abc 与 https://github.com/x/y 。"));
    e.setAbstract(QStringLiteral("Code: https://github.com/x/y and https://example.org/z."));
    e.setLink(QStringLiteral("https://arxiv.org/abs/2401.00001"));
    d.entries().append(e);
    return d;
}

} // namespace

class TestWeChatExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<bool>("references");
        QTest::addColumn<QString>("golden");
        QTest::newRow("classic, references")
            << QStringLiteral("classic") << true << QStringLiteral("formats/sample.classic.html");
        QTest::newRow("modern, plain-text links")
            << QStringLiteral("modern") << false << QStringLiteral("formats/sample.modern.html");
        QTest::newRow("compact, references")
            << QStringLiteral("compact") << true << QStringLiteral("formats/sample.compact.html");
    }

    void golden()
    {
        QFETCH(QString, style);
        QFETCH(bool, references);
        QFETCH(QString, golden);
        ExportOptions options;
        options.wechatStyle = style;
        options.wechatLinks =
            references ? ExportOptions::LinkMode::References : ExportOptions::LinkMode::PlainText;
        const ExportResult result = WeChatExporter().render(sample(), options);
        QVERIFY(Test::compareGolden(result.text, golden));
    }

    void onlyInlineStyles_data()
    {
        QTest::addColumn<QString>("style");
        for (const QString &id : WeChatExporter::styleIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void onlyInlineStyles()
    {
        QFETCH(QString, style);
        ExportOptions options;
        options.wechatStyle = style;
        const QString html = WeChatExporter().render(sample(), options).text;
        QVERIFY(!html.contains(QStringLiteral("<style")));
        QVERIFY(!html.contains(QStringLiteral("class=")));
        QVERIFY(!html.contains(QStringLiteral("var(--")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        // Every element that is not a line break carries its style.
        const QRegularExpression tag(QStringLiteral("<(p|section|strong|sup|a)(\\s[^>]*)?>"));
        QRegularExpressionMatchIterator it = tag.globalMatch(html);
        int count = 0;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QVERIFY2(m.captured(2).contains(QStringLiteral("style=\"")), qPrintable(m.captured(0)));
            ++count;
        }
        QVERIFY(count > 50);
    }

    void customStyleTakesTheValuesGiven()
    {
        ExportOptions options;
        options.wechatStyle = QStringLiteral("custom");
        options.customStyle.accentColor = QStringLiteral("#ff6600");
        options.customStyle.fontSize = QStringLiteral("17px");
        options.customStyle.textColor =
            QStringLiteral("red\" onclick=\"x"); // refused: would close the attribute
        const QString html = WeChatExporter().render(sample(), options).text;
        QVERIFY(html.contains(QStringLiteral("color:#ff6600;")));
        QVERIFY(html.contains(QStringLiteral("font-size:17px;")));
        QVERIFY(!html.contains(QStringLiteral("onclick")));
        QVERIFY(html.contains(QStringLiteral("color:#333333;")));
    }

    // Regression: only '"' and '<' used to be refused, so CSS functions reached the HTML.
    void customStyleAcceptsValuesByGrammarOnly_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("hex colour") << QStringLiteral("accent") << QStringLiteral("#ff6600") << true;
        QTest::newRow("rgba colour") << QStringLiteral("accent") << QStringLiteral("rgba(0, 128, 255, 0.5)")
                                     << true;
        QTest::newRow("named colour") << QStringLiteral("accent") << QStringLiteral("teal") << true;
        QTest::newRow("CSS variable") << QStringLiteral("accent") << QStringLiteral("var(--brand)") << false;
        QTest::newRow("url() with javascript")
            << QStringLiteral("accent") << QStringLiteral("url(javascript:alert(1))") << false;
        QTest::newRow("second declaration")
            << QStringLiteral("accent") << QStringLiteral("red;position:fixed") << false;
        QTest::newRow("expression()")
            << QStringLiteral("accent") << QStringLiteral("expression(alert(1))") << false;
        QTest::newRow("size in px") << QStringLiteral("size") << QStringLiteral("17px") << true;
        QTest::newRow("size as a variable") << QStringLiteral("size") << QStringLiteral("var(--s)") << false;
        QTest::newRow("size with a url")
            << QStringLiteral("size") << QStringLiteral("1px;background:url(x)") << false;
        QTest::newRow("font list") << QStringLiteral("font")
                                   << QStringLiteral("'Noto Serif CJK SC', 宋体, serif") << true;
        QTest::newRow("font with a url")
            << QStringLiteral("font") << QStringLiteral("x;src:url(evil.woff)") << false;
    }

    void customStyleAcceptsValuesByGrammarOnly()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        ExportOptions options;
        options.wechatStyle = QStringLiteral("custom");
        QString *target = field == QLatin1String("accent") ? &options.customStyle.accentColor
                          : field == QLatin1String("size") ? &options.customStyle.fontSize
                                                           : &options.customStyle.fontFamily;
        *target = value;
        const QString html = WeChatExporter().render(sample(), options).text;
        QCOMPARE(html.contains(value), accepted);
        QVERIFY(!html.contains(QStringLiteral("var(")));
        QVERIFY(!html.contains(QStringLiteral("url(")));
        QVERIFY(!html.contains(QStringLiteral("expression(")));
    }

    void linksBecomeReferencesOrPlainText()
    {
        ExportOptions options;
        const ExportResult refs = WeChatExporter().render(withLinks(), options);
        // WeChat's own links stay links; others are numbered in order of appearance, once each.
        QVERIFY(refs.text.contains(QStringLiteral("<a href=\"https://mp.weixin.qq.com/s/abc\"")));
        QCOMPARE(refs.text.count(QStringLiteral("<a ")), 1);
        QVERIFY(refs.text.contains(
            QStringLiteral("https://github.com/x/y<sup style=\"color:#1e6bb8;\">[1]</sup>")));
        QVERIFY(refs.text.contains(
            QStringLiteral("https://example.org/z<sup style=\"color:#1e6bb8;\">[2]</sup>.")));
        QVERIFY(refs.text.contains(
            QStringLiteral("https://arxiv.org/abs/2401.00001<sup style=\"color:#1e6bb8;\">[3]</sup>")));
        QVERIFY(refs.text.contains(QStringLiteral("[1] https://github.com/x/y</p>")));
        QVERIFY(refs.text.contains(QStringLiteral("[3] https://arxiv.org/abs/2401.00001</p>")));
        QCOMPARE(refs.text.count(QStringLiteral("[1]")), 3); // twice in the text, once in the list
        QVERIFY(refs.plainText.contains(QStringLiteral("\n参考链接\n[1] https://github.com/x/y\n")));
        // Text is escaped.
        QVERIFY(
            refs.text.contains(QStringLiteral("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title")));

        options.wechatLinks = ExportOptions::LinkMode::PlainText;
        const ExportResult plain = WeChatExporter().render(withLinks(), options);
        QVERIFY(!plain.text.contains(QStringLiteral("<sup")));
        QVERIFY(!plain.text.contains(QStringLiteral("参考链接")));
        QVERIFY(plain.text.contains(QStringLiteral("https://github.com/x/y and https://example.org/z.")));
    }

    void warningsForTheLimits_data()
    {
        QTest::addColumn<int>("titleLength");
        QTest::addColumn<int>("summaryLength");
        QTest::addColumn<int>("bodyLength");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("within every limit") << 64 << 100 << 1000 << QStringList();
        QTest::newRow("title over 64") << 65 << 100 << 1000 << QStringList{QStringLiteral("title has 65")};
        QTest::newRow("summary over 120")
            << 10 << 121 << 1000 << QStringList{QStringLiteral("summary has 121")};
        QTest::newRow("body over 20000") << 10 << 10 << 20001 << QStringList{QStringLiteral("body has")};
    }

    void warningsForTheLimits()
    {
        QFETCH(int, titleLength);
        QFETCH(int, summaryLength);
        QFETCH(int, bodyLength);
        QFETCH(QStringList, expected);
        Digest d;
        d.setTitle(QString(titleLength, QChar(0x6570)));
        DigestEntry e;
        e.setZhTitle(QString(summaryLength, QChar(0x5B57)));
        e.setZhSummary(QString(bodyLength, QChar(0x6587)));
        d.entries().append(e);
        const QStringList warnings = WeChatExporter().render(d, ExportOptions()).warnings;
        QCOMPARE(warnings.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(warnings.at(i).contains(expected.at(i)), qPrintable(warnings.at(i)));
    }

    void clipboardHasHtmlAndPlainText()
    {
        const ExportResult result = WeChatExporter().render(withLinks(), ExportOptions());
        const std::unique_ptr<QMimeData> data(WeChatExporter::mimeData(result));
        QVERIFY(data->hasHtml());
        QVERIFY(data->hasText());
        QCOMPARE(data->html(), result.text);
        QCOMPARE(data->text(), result.plainText);
        QVERIFY(data->text().startsWith(QStringLiteral("摘要:标题\n")));
    }
};

QTEST_GUILESS_MAIN(TestWeChatExporter)
#include "tst_wechatexporter.moc"
