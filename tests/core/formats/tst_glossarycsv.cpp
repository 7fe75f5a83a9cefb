// The glossary's CSV: RFC 4180 quoting both ways, UTF-8 with or without BOM, errors naming the line.
#include "formats/glossarycsv.h"

#include <QtTest>

using namespace DigestStudio;

class TestGlossaryCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryCharacter()
    {
        const QVector<GlossaryTerm> terms{
            GlossaryTerm(QStringLiteral("transformer"), QStringLiteral("变换器"), QString()),
            GlossaryTerm(QStringLiteral("loss, total"), QStringLiteral("总损失"),
                         QStringLiteral("say \"total\"")),
            GlossaryTerm(QStringLiteral("multi\nline"), QStringLiteral("多行"),
                         QStringLiteral("note,with,commas")),
        };
        const QByteArray csv = GlossaryCsv::write(terms);
        QVERIFY(csv.startsWith("english,chinese,note\r\n"));
        QVERIFY(csv.contains("\"loss, total\",总损失,\"say \"\"total\"\"\"\r\n"));
        QVector<GlossaryTerm> back;
        QString error;
        QVERIFY2(GlossaryCsv::read(csv, &back, &error), qPrintable(error));
        QCOMPARE(back, terms);
    }

    void reads_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("firstChinese");
        QTest::newRow("bom and header") << QByteArray("\xEF\xBB\xBF"
                                                      "English,Chinese,Note\r\nloss,损失,\r\n")
                                        << 1 << QStringLiteral("损失");
        QTest::newRow("no header, LF, two columns")
            << QByteArray("loss,损失\nattention,注意力\n") << 2 << QStringLiteral("损失");
        QTest::newRow("no final newline") << QByteArray("loss,损失") << 1 << QStringLiteral("损失");
        QTest::newRow("blank lines skipped")
            << QByteArray("loss,损失\r\n\r\nattention,注意力\r\n") << 2 << QStringLiteral("损失");
        QTest::newRow("quoted with newline")
            << QByteArray("\"a\nb\",\"甲\"\"乙\"\"\"\n") << 1 << QStringLiteral("甲\"乙\"");
    }

    void reads()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, count);
        QFETCH(QString, firstChinese);
        QVector<GlossaryTerm> terms;
        QString error;
        QVERIFY2(GlossaryCsv::read(csv, &terms, &error), qPrintable(error));
        QCOMPARE(terms.size(), count);
        QCOMPARE(terms.first().chinese(), firstChinese);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated quote")
            << QByteArray("loss,损失\n\"open,x\n") << QStringLiteral("Line 2");
        QTest::newRow("text after quote") << QByteArray("\"loss\"x,损失\n") << QStringLiteral("Line 1");
        QTest::newRow("missing chinese") << QByteArray("loss,损失\nattention\n") << QStringLiteral("Line 2");
        QTest::newRow("too many fields") << QByteArray("a,b,c,d\n") << QStringLiteral("Line 1");
        QTest::newRow("not utf-8") << QByteArray("loss,\xff\xfe\n") << QStringLiteral("UTF-8");
    }

    void errors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        QVector<GlossaryTerm> terms{GlossaryTerm(QStringLiteral("kept"), QStringLiteral("保留"))};
        QString error;
        QVERIFY(!GlossaryCsv::read(csv, &terms, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        // Bad input changes nothing.
        QCOMPARE(terms.size(), 1);
        QCOMPARE(terms.first().english(), QStringLiteral("kept"));
    }
};

QTEST_MAIN(TestGlossaryCsv)
#include "tst_glossarycsv.moc"
