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
