// DraftJsonParser: exactly zh_title, zh_short_title and zh_summary, bare, fenced or after a think block;
// anything else a clear error.
#include "drafting/draftjsonparser.h"

#include <QtTest>

using namespace DigestStudio;

class TestDraftJsonParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("answer");
        const QString object = QStringLiteral(
            "{\"zh_title\":\"标题：副题\",\"zh_short_title\":\"标题\",\"zh_summary\":\"本文。\"}");
        QTest::newRow("bare object") << object;
        QTest::newRow("white space around") << QStringLiteral("\n  ") + object + QStringLiteral("\n");
        QTest::newRow("json fence") << QStringLiteral("```json\n") + object + QStringLiteral("\n```");
        QTest::newRow("plain fence") << QStringLiteral("```\n") + object + QStringLiteral("\n```\n");
        QTest::newRow("after a think block") << QStringLiteral("<think>嗯 {\"x\":1}</think>\n") + object;
        QTest::newRow("think block, then a fence")
            << QStringLiteral("<think>…</think>\n```json\n") + object + QStringLiteral("\n```");
        QTest::newRow("keys in another order") << QStringLiteral(
            "{\"zh_summary\":\"本文。\",\"zh_title\":\"标题：副题\",\"zh_short_title\":\"标题\"}");
    }
    void accepted()
    {
        QFETCH(QString, answer);
        DraftFields fields;
        QString error;
        QVERIFY2(DraftJsonParser::parse(answer, &fields, &error), qPrintable(error));
        QCOMPARE(fields.zhTitle, QStringLiteral("标题：副题"));
        QCOMPARE(fields.zhShortTitle, QStringLiteral("标题"));
        QCOMPARE(fields.zhSummary, QStringLiteral("本文。"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("prose") << QStringLiteral("当然！标题是……") << QStringLiteral("not a JSON object");
        QTest::newRow("prose before the object")
            << QStringLiteral("Here: {\"zh_title\":\"a\",\"zh_short_title\":\"a\",\"zh_summary\":\"b\"}")
            << QStringLiteral("not a JSON object");
        QTest::newRow("an array") << QStringLiteral("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("an extra key")
            << QStringLiteral(
                   "{\"zh_title\":\"a\",\"zh_short_title\":\"a\",\"zh_summary\":\"b\",\"note\":\"c\"}")
            << QStringLiteral("unexpected key \"note\"");
        QTest::newRow("a missing key") << QStringLiteral("{\"zh_title\":\"a\",\"zh_summary\":\"b\"}")
                                       << QStringLiteral("lacks \"zh_short_title\"");
        QTest::newRow("not a string")
            << QStringLiteral("{\"zh_title\":1,\"zh_short_title\":\"a\",\"zh_summary\":\"b\"}")
            << QStringLiteral("\"zh_title\" is not a string");
        QTest::newRow("empty summary")
            << QStringLiteral("{\"zh_title\":\"a\",\"zh_short_title\":\"a\",\"zh_summary\":\" \"}")
            << QStringLiteral("empty");
        QTest::newRow("unclosed fence")
            << QStringLiteral("```json\n{\"zh_title\":\"a\"}") << QStringLiteral("fence");
        QTest::newRow("fence of another language")
            << QStringLiteral("```python\n{}\n```") << QStringLiteral("fence");
        QTest::newRow("cut off") << QStringLiteral("{\"zh_title\":\"a\",\"zh_short_title\":\"a\",\"zh_summ")
                                 << QStringLiteral("not a JSON object");
        QTest::newRow("only thinking") << QStringLiteral("<think>…") << QStringLiteral("empty");
    }
    void refused()
    {
        QFETCH(QString, answer);
        QFETCH(QString, says);
        DraftFields fields{QStringLiteral("keep"), QStringLiteral("keep"), QStringLiteral("keep")};
        QString error;
        QVERIFY(!DraftJsonParser::parse(answer, &fields, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QCOMPARE(fields.zhTitle, QStringLiteral("keep"));
    }
};

QTEST_APPLESS_MAIN(TestDraftJsonParser)
#include "tst_draftjsonparser.moc"
