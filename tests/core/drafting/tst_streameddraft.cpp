// StreamedDraft: the Chinese fields read out of a draft cut anywhere while it streams in, at once and piece
// by piece (each piece read once: what a feed() says it added sums to the fields).
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

    // The same rows fed in pieces of every size from one character: the fields are those read at once, and
    // the changes feed() reports add up to them.
    void readPieceByPiece_data() { read_data(); }

    void readPieceByPiece()
    {
        QFETCH(QString, text);
        for (int size = 1; size <= qMax(1, int(text.size())); ++size) {
            StreamedDraft draft;
            DraftFields sum;
            for (int at = 0; at < text.size(); at += size) {
                const StreamedDraft::Change change = draft.feed(text.mid(at, size));
                if (change.startOver)
                    sum = DraftFields();
                sum.zhTitle += change.added.zhTitle;
                sum.zhShortTitle += change.added.zhShortTitle;
                sum.zhSummary += change.added.zhSummary;
            }
            const QString where = QStringLiteral("pieces of %1").arg(size);
            QVERIFY2(draft.fields() == StreamedDraft::read(text), qPrintable(where));
            QVERIFY2(sum == draft.fields(), qPrintable(where));
            QTEST(sum.zhTitle, "title");
            QTEST(sum.zhShortTitle, "shortTitle");
            QTEST(sum.zhSummary, "summary");
        }
    }

    // Prose that turns out to hold the object: shown as the summary until the first key, then the fields
    // start over from the object.
    void proseThenTheObjectStartsOver()
    {
        StreamedDraft draft;
        StreamedDraft::Change change = draft.feed(QStringLiteral("Here it is: "));
        QCOMPARE(change.added.zhSummary, QStringLiteral("Here it is:"));
        QVERIFY(!change.startOver);
        change = draft.feed(QStringLiteral("{\"zh_title\": \"标"));
        QVERIFY(change.startOver);
        QCOMPARE(change.added.zhTitle, QStringLiteral("标"));
        QVERIFY(change.added.zhSummary.isEmpty());
        change = draft.feed(QStringLiteral("题\", \"zh_summary\": \"摘要"));
        QVERIFY(!change.startOver);
        QCOMPARE(change.added.zhTitle, QStringLiteral("题"));
        QCOMPARE(change.added.zhSummary, QStringLiteral("摘要"));
        QCOMPARE(draft.fields().zhTitle, QStringLiteral("标题"));
    }

    // A key given twice counts once (the first value), and a key's name inside a value is no key.
    void onlyTheFirstValueOfAKeyCounts()
    {
        const DraftFields fields = StreamedDraft::read(
            QStringLiteral("{\"zh_title\": \"一 \\\"zh_summary\\\": x\", \"zh_title\": \"二\", "
                           "\"zh_summary\": \"三\"}"));
        QCOMPARE(fields.zhTitle, QStringLiteral("一 \"zh_summary\": x"));
        QCOMPARE(fields.zhSummary, QStringLiteral("三"));
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
