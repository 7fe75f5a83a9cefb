// StreamedDraft: the Chinese fields read out of a draft cut anywhere while it streams in.
#include "drafting/streameddraft.h"

#include <QtTest>

using namespace DigestStudio;

class TestStreamedDraft final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("shortTitle");
        QTest::addColumn<QString>("summary");
        QTest::newRow("nothing yet") << QString() << QString() << QString() << QString();
        QTest::newRow("only the brace") << QStringLiteral("{") << QString() << QString() << QString();
        QTest::newRow("key cut") << QStringLiteral("{\"zh_tit") << QString() << QString() << QString();
        QTest::newRow("key without value")
            << QStringLiteral("{\"zh_title\": ") << QString() << QString() << QString();
        QTest::newRow("title half way") << QStringLiteral("{\"zh_title\": \"稀疏注意")
                                        << QStringLiteral("稀疏注意") << QString() << QString();
        QTest::newRow("escapes") << QStringLiteral("{\"zh_title\":\"a\\\"b\\\\c\\n\\u4e2d\"")
                                 << QStringLiteral("a\"b\\c\n中") << QString() << QString();
        QTest::newRow("math restored into the text keeps its backslashes")
            << QStringLiteral("{\"zh_title\":\"$O(n \\log n)$ 与 \\(p\\)")
            << QStringLiteral("$O(n \\log n)$ 与 \\(p\\)") << QString() << QString();
        QTest::newRow("escape cut") << QStringLiteral("{\"zh_title\":\"ab\\") << QStringLiteral("ab")
                                    << QString() << QString();
        QTest::newRow("unicode escape cut")
            << QStringLiteral("{\"zh_title\":\"ab\\u4e") << QStringLiteral("ab") << QString() << QString();
        QTest::newRow("all three")
            << QStringLiteral(
                   "{\"zh_title\": \"标题\", \"zh_short_title\": \"短\", \"zh_summary\": \"摘要正在")
            << QStringLiteral("标题") << QStringLiteral("短") << QStringLiteral("摘要正在");
        QTest::newRow("in a code fence") << QStringLiteral("```json\n{\"zh_summary\": \"摘") << QString()
                                         << QString() << QStringLiteral("摘");
        QTest::newRow("fence opening only") << QStringLiteral("```") << QString() << QString() << QString();
        QTest::newRow("plain prose shows as the summary")
            << QStringLiteral("  这是一段译文") << QString() << QString() << QStringLiteral("这是一段译文");
    }

    void read()
    {
        QFETCH(QString, text);
        const DraftFields fields = StreamedDraft::read(text);
        QTEST(fields.zhTitle, "title");
        QTEST(fields.zhShortTitle, "shortTitle");
        QTEST(fields.zhSummary, "summary");
    }

    void everyCutOfARealAnswerIsAPrefixOfTheFinalFields()
    {
        const QString answer =
            QStringLiteral("{\"zh_title\": \"$k$头稀疏注意力\", \"zh_short_title\": \"稀疏\", "
                           "\"zh_summary\": \"本文表明\\n“引号”。\"}");
        const DraftFields final = StreamedDraft::read(answer);
        QCOMPARE(final.zhSummary, QStringLiteral("本文表明\n“引号”。"));
        for (int cut = 0; cut <= answer.size(); ++cut) {
            const DraftFields part = StreamedDraft::read(answer.left(cut));
            QVERIFY2(final.zhTitle.startsWith(part.zhTitle), qPrintable(QString::number(cut)));
            QVERIFY2(final.zhShortTitle.startsWith(part.zhShortTitle), qPrintable(QString::number(cut)));
            QVERIFY2(final.zhSummary.startsWith(part.zhSummary), qPrintable(QString::number(cut)));
        }
    }
};

QTEST_GUILESS_MAIN(TestStreamedDraft)
#include "tst_streameddraft.moc"
