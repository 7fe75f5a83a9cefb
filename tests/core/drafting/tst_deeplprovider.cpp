// DeepLProvider: /v2/translate with ZH-HANS, the glossary id and the key header; placeholders as XML tags;
// the short title derived by the digest's rule.
#include "drafting/deeplprovider.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace DigestStudio;

class TestDeepLProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void request()
    {
        DraftSettings s;
        s.provider = QStringLiteral("deepl");
        s.baseUrl = QUrl(QStringLiteral("https://api-free.deepl.com"));
        s.apiKey = QStringLiteral("deepl-secret:fx");
        s.deeplGlossaryId = QStringLiteral("def3a26b-3e84-45b3-84ae-0c0aaf3525f7");
        const DraftInput input{
            QStringLiteral("A <b> & ⟦M1⟧"), QStringLiteral("Abstract ⟦M2⟧."), QStringLiteral("LG"), {}};
        const DraftRequest r = DeepLProvider().request(s, input);
        QCOMPARE(r.request.url().toString(), QStringLiteral("https://api-free.deepl.com/v2/translate"));
        QCOMPARE(r.request.rawHeader("Authorization"), QByteArray("DeepL-Auth-Key deepl-secret:fx"));
        QVERIFY(!r.body.contains("secret"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("target_lang")).toString(), QStringLiteral("ZH-HANS"));
        QCOMPARE(body.value(QStringLiteral("source_lang")).toString(), QStringLiteral("EN"));
        QCOMPARE(body.value(QStringLiteral("tag_handling")).toString(), QStringLiteral("xml"));
        QCOMPARE(body.value(QStringLiteral("glossary_id")).toString(), s.deeplGlossaryId);
        QCOMPARE(body.value(QStringLiteral("text")).toArray().at(0).toString(),
                 QStringLiteral("A &lt;b&gt; &amp; <m i=\"1\"/>"));
        s.deeplGlossaryId.clear();
        QVERIFY(!QJsonDocument::fromJson(DeepLProvider().request(s, input).body)
                     .object()
                     .contains(QStringLiteral("glossary_id")));
    }

    void xmlRoundTrip()
    {
        const QString masked = QStringLiteral("a<b & \"c\" ⟦M12⟧ 'd'");
        QCOMPARE(DeepLProvider::fromXml(DeepLProvider::toXml(masked)), masked);
        // A CR survives (as a reference: XML would read a raw one as LF); a control character too (the
        // answer is then not XML, read as text).
        const QString lines = QStringLiteral("one\r\ntwo\rthree");
        QCOMPARE(DeepLProvider::fromXml(DeepLProvider::toXml(lines)), lines);
        QCOMPARE(DeepLProvider::fromXml(DeepLProvider::toXml(lines + QChar(1))), lines + QChar(1));
    }

    // DeepL's answer is XML: read as XML, whatever form its references and tags take (found by fuzz-deeplxml:
    // a numeric reference stayed as written).
    void answerReadAsXml_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("text");
        QTest::newRow("decimal reference") << QStringLiteral("A &#38; B") << QStringLiteral("A & B");
        QTest::newRow("hex reference") << QStringLiteral("&#x4E2D;文") << QStringLiteral("中文");
        QTest::newRow("single quotes") << QStringLiteral("在<m i='2'/>个头") << QStringLiteral("在⟦M2⟧个头");
        QTest::newRow("start and end tag")
            << QStringLiteral("<m i=\"3\"></m>时间") << QStringLiteral("⟦M3⟧时间");
        QTest::newRow("space before />") << QStringLiteral("<m  i = \"4\" />") << QStringLiteral("⟦M4⟧");
        QTest::newRow("CDATA") << QStringLiteral("<![CDATA[a<b]]>") << QStringLiteral("a<b");
        QTest::newRow("another tag keeps its text")
            << QStringLiteral("x<b>粗</b>y") << QStringLiteral("x粗y");
        QTest::newRow("not a placeholder") << QStringLiteral("<m i=\"x\"/>z") << QStringLiteral("z");
        QTest::newRow("not XML: read as text")
            << QStringLiteral("a & b <m i=\"5\"/>") << QStringLiteral("a & b ⟦M5⟧");
    }

    void answerReadAsXml()
    {
        QFETCH(QString, answer);
        QFETCH(QString, text);
        QCOMPARE(DeepLProvider::fromXml(answer), text);
    }

    void answer()
    {
        auto reader = DeepLProvider().reader();
        const QByteArray bytes = Test::fixture(QStringLiteral("llm/deepl-translate.json"));
        QVERIFY(reader->feed(bytes.left(17)));
        QVERIFY(reader->feed(bytes.mid(17)));
        DraftFields fields;
        QVERIFY2(reader->finish(&fields), qPrintable(reader->error()));
        QCOMPARE(fields.zhTitle, QStringLiteral("⟦M1⟧头的稀疏注意力呈线性扩展"));
        QVERIFY(fields.zhSummary.startsWith(QStringLiteral("我们表明，在⟦M1⟧个头上")));
        QCOMPARE(fields.zhShortTitle, fields.zhTitle); // no colon or question mark: the whole title
    }

    void badAnswers()
    {
        for (const QByteArray &body :
             {QByteArray("<html>"), QByteArray("{\"translations\":[{\"text\":\"a\"}]}")}) {
            auto reader = DeepLProvider().reader();
            reader->feed(body);
            DraftFields fields;
            QVERIFY(!reader->finish(&fields));
            QVERIFY(!reader->error().isEmpty());
        }
    }

    void needsAKey()
    {
        DraftSettings s;
        s.baseUrl = QUrl(QStringLiteral("https://api-free.deepl.com"));
        QVERIFY(DeepLProvider().problem(s).contains(QStringLiteral("key")));
    }

    // At request time: the DeepL key never goes over http:// to another machine.
    void cleartextToAnotherMachineIsRefused()
    {
        DraftSettings s;
        s.apiKey = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:fx");
        s.baseUrl = QUrl(QStringLiteral("http://api-free.deepl.com"));
        QVERIFY2(DeepLProvider().problem(s).contains(QStringLiteral("clear text")),
                 qPrintable(DeepLProvider().problem(s)));
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(DeepLProvider().problem(s).isEmpty());
        s.baseUrl = QUrl(QStringLiteral("https://api-free.deepl.com"));
        QVERIFY(DeepLProvider().problem(s).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestDeepLProvider)
#include "tst_deeplprovider.moc"
