#include "publishing/wechatarticle.h"

#include <QtTest>

using namespace DigestStudio;

class TestWeChatArticle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limits_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<int>("problems");
        const QString ok = QStringLiteral("arXiv 每日速递 2022-10-14");
        QTest::newRow("all within") << ok << QStringLiteral("爱可可") << QStringLiteral("摘要") << 0;
        QTest::newRow("title of 32 is fine") << QString(32, QChar(0x5B57)) << QString() << QString() << 0;
        QTest::newRow("title of 33") << QString(33, QChar(0x5B57)) << QString() << QString() << 1;
        QTest::newRow("emoji counts once")
            << QString(16, QChar(0xD83D)).replace(QChar(0xD83D), QStringLiteral("😀")) << QString()
            << QString() << 0;
        QTest::newRow("empty title") << QString() << QString() << QString() << 1;
        QTest::newRow("author of 17") << ok << QString(17, QLatin1Char('a')) << QString() << 1;
        QTest::newRow("digest of 129") << ok << QString() << QString(129, QLatin1Char('d')) << 1;
    }

    void limits()
    {
        QFETCH(QString, title);
        QFETCH(QString, author);
        QFETCH(QString, digest);
        QFETCH(int, problems);
        WeChatArticle article;
        article.title = title;
        article.author = author;
        article.digest = digest;
        QCOMPARE(article.problems(false).size(), problems);
    }

    void readMoreUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << QString() << true;
        QTest::newRow("https") << QStringLiteral("https://example.org/digest/2022-10-14?from=wechat") << true;
        QTest::newRow("http") << QStringLiteral("http://example.org/") << true;
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://example.org/") << true;
        QTest::newRow("no scheme") << QStringLiteral("example.org/digest") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org/digest") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("no host") << QStringLiteral("https:///digest") << false;
        QTest::newRow("space inside") << QStringLiteral("https://example.org/a b") << false;
    }

    void readMoreUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        WeChatArticle article;
        article.title = QStringLiteral("t");
        article.contentSourceUrl = url;
        const QStringList problems = article.problems(false);
        QCOMPARE(problems.isEmpty(), accepted);
        if (!accepted) {
            QVERIFY(problems.first().contains(url));
            QVERIFY(problems.first().contains(QStringLiteral("阅读原文")));
        }
        QCOMPARE(article.toJson().value(QStringLiteral("content_source_url")).toString(), url);
    }

    void contentLimits()
    {
        WeChatArticle article;
        article.title = QStringLiteral("t");
        article.content = QStringLiteral("<p style=\"color:red\">&nbsp;</p>");
        QCOMPARE(WeChatArticle::visibleCharacters(article.content), 1);
        QVERIFY(article.problems().isEmpty());
        article.content = QStringLiteral("<p>") + QString(20000, QChar(0x5B57)) + QStringLiteral("</p>");
        QCOMPARE(article.problems().size(), 1);
        article.content = QStringLiteral("<p> </p>");
        QCOMPARE(article.problems().size(), 1);
    }

    void shortened()
    {
        QCOMPARE(WeChatArticle::shortened(QStringLiteral("abc"), 5), QStringLiteral("abc"));
        const QString cut = WeChatArticle::shortened(QString(200, QChar(0x5B57)), 128);
        QCOMPARE(WeChatArticle::length(cut), 128);
        QVERIFY(cut.endsWith(QChar(0x2026)));
    }

    void json()
    {
        WeChatArticle article;
        article.title = QStringLiteral("T");
        article.thumbMediaId = QStringLiteral("M");
        article.openComment = true;
        const QJsonObject o = article.toJson();
        QCOMPARE(o.value(QStringLiteral("need_open_comment")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("thumb_media_id")).toString(), QStringLiteral("M"));
        QVERIFY(o.contains(QStringLiteral("content_source_url")));
    }
};

QTEST_GUILESS_MAIN(TestWeChatArticle)
#include "tst_wechatarticle.moc"
