#include "publishing/wechatanswer.h"

#include <QtTest>

using namespace DigestStudio;

class TestWeChatAnswer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("errcode");
        QTest::addColumn<QString>("mediaId");
        QTest::newRow("draft answer")
            << QByteArray("{\"media_id\":\"MEDIA_ID\"}") << true << 0 << QStringLiteral("MEDIA_ID");
        QTest::newRow("error answer")
            << QByteArray("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}") << true
            << 45009 << QString();
        QTest::newRow("errcode 0 with data")
            << QByteArray("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"X\"}") << true << 0
            << QStringLiteral("X");
        QTest::newRow("errcode as text") << QByteArray("{\"errcode\":\"45009\"}") << false << 0 << QString();
        QTest::newRow("errcode fractional") << QByteArray("{\"errcode\":1.5}") << false << 0 << QString();
        QTest::newRow("errcode huge") << QByteArray("{\"errcode\":1e300}") << false << 0 << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << false << 0 << QString();
        QTest::newRow("empty") << QByteArray() << false << 0 << QString();
        QTest::newRow("html error page") << QByteArray("<html>502</html>") << false << 0 << QString();
        QTest::newRow("media_id not a string") << QByteArray("{\"media_id\":5}") << true << 0 << QString();
        QTest::newRow("over the limit")
            << QByteArray("{\"x\":\"") + QByteArray(70000, 'a') + QByteArray("\"}") << false << 0
            << QString();
    }

    void parses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QFETCH(int, errcode);
        QFETCH(QString, mediaId);
        const WeChatAnswer answer = WeChatAnswer::parse(bytes);
        QCOMPARE(answer.valid, valid);
        QCOMPARE(answer.errcode, errcode);
        QCOMPARE(answer.string(QStringLiteral("media_id")), mediaId);
        QCOMPARE(answer.isError(), !valid || errcode != 0);
        if (!valid)
            QVERIFY(!answer.problem.isEmpty());
    }

    void explains_data()
    {
        QTest::addColumn<int>("errcode");
        QTest::addColumn<QString>("words");
        QTest::newRow("40164 whitelist") << 40164 << QStringLiteral("IP whitelist");
        QTest::newRow("40164 where") << 40164 << QStringLiteral("设置与开发 → 基本配置");
        QTest::newRow("40164 minutes") << 40164 << QStringLiteral("few minutes");
        QTest::newRow("40001 secret") << 40001 << QStringLiteral("AppSecret");
        QTest::newRow("40125 secret") << 40125 << QStringLiteral("AppSecret");
        QTest::newRow("45009 quota") << 45009 << QStringLiteral("quota");
        QTest::newRow("48001 account type") << 48001 << QStringLiteral("account type");
        QTest::newRow("44003 empty") << 44003 << QStringLiteral("empty");
        QTest::newRow("unknown code named") << 61451 << QStringLiteral("errcode 61451");
    }

    void explains()
    {
        QFETCH(int, errcode);
        QFETCH(QString, words);
        const QString text = WeChatAnswer::explain(
            errcode, QStringLiteral("invalid ip 198.51.100.4 ipv6 ::1, not in whitelist"));
        QVERIFY2(text.contains(words), qPrintable(text));
        QVERIFY(text.contains(QString::number(errcode)));
    }

    void namesTheRefusedAddress()
    {
        QVERIFY(
            WeChatAnswer::explain(40164, QStringLiteral("invalid ip 198.51.100.4 ipv6 ::1, not in whitelist"))
                .contains(QStringLiteral("(198.51.100.4)")));
    }
};

QTEST_GUILESS_MAIN(TestWeChatAnswer)
#include "tst_wechatanswer.moc"
