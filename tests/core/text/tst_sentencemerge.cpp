// SentenceMerge: two people's edits of one field, made from the same stored text, merge when they touch
// different sentences and do not when they touch the same one. Every expected text is written by hand.
#include "text/sentencemerge.h"

#include <QtTest>

using namespace DigestStudio;

class TestSentenceMerge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pieces()
    {
        const QString text = QStringLiteral("我们提出一种方法。它更快！  结果见表 1。");
        const QStringList expected{QStringLiteral("我们提出一种方法。"), QStringLiteral("它更快！  "),
                                   QStringLiteral("结果见表 1。")};
        QCOMPARE(SentenceMerge::pieces(text), expected);
        QCOMPARE(SentenceMerge::pieces(text).join(QString()), text);
        QCOMPARE(SentenceMerge::pieces(QStringLiteral(" We test. It works.\n")),
                 (QStringList{QStringLiteral(" We test. "), QStringLiteral("It works.\n")}));
        QVERIFY(SentenceMerge::pieces(QString()).isEmpty());
    }

    void merges_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("expected");
        const QString base = QStringLiteral("甲句。乙句。丙句。");
        QTest::newRow("first and last sentence")
            << base << QStringLiteral("甲句改。乙句。丙句。") << QStringLiteral("甲句。乙句。丙句改。")
            << QStringLiteral("甲句改。乙句。丙句改。");
        QTest::newRow("neighbouring sentences")
            << base << QStringLiteral("甲句。乙句改。丙句。") << QStringLiteral("甲句。乙句。丙句改。")
            << QStringLiteral("甲句。乙句改。丙句改。");
        QTest::newRow("only theirs changed") << base << base << QStringLiteral("甲句。乙句新。丙句。")
                                             << QStringLiteral("甲句。乙句新。丙句。");
        QTest::newRow("only mine changed")
            << base << QStringLiteral("甲句。丙句。") << base << QStringLiteral("甲句。丙句。");
        QTest::newRow("the same change on both sides")
            << base << QStringLiteral("甲句。乙句改。丙句。") << QStringLiteral("甲句。乙句改。丙句。")
            << QStringLiteral("甲句。乙句改。丙句。");
        QTest::newRow("a sentence added at the end, another changed")
            << base << QStringLiteral("甲句。乙句。丙句。丁句。") << QStringLiteral("甲句改。乙句。丙句。")
            << QStringLiteral("甲句改。乙句。丙句。丁句。");
        QTest::newRow("one deletes a sentence, the other changes its neighbour")
            << base << QStringLiteral("甲句。丙句。") << QStringLiteral("甲句。乙句。丙句改。")
            << QStringLiteral("甲句。丙句改。");
        QTest::newRow("an insertion before a sentence the other changes")
            << base << QStringLiteral("甲句。新句。乙句。丙句。") << QStringLiteral("甲句。乙句改。丙句。")
            << QStringLiteral("甲句。新句。乙句改。丙句。");
        QTest::newRow("English sentences") << QStringLiteral("We propose X. It is fast. It is small.")
                                           << QStringLiteral("We propose Y. It is fast. It is small.")
                                           << QStringLiteral("We propose X. It is fast. It is tiny.")
                                           << QStringLiteral("We propose Y. It is fast. It is tiny.");
        QTest::newRow("lines") << QStringLiteral("第一行\n第二行\n") << QStringLiteral("第一行改\n第二行\n")
                               << QStringLiteral("第一行\n第二行改\n")
                               << QStringLiteral("第一行改\n第二行改\n");
        QTest::newRow("from nothing, one side")
            << QString() << QStringLiteral("新文。") << QString() << QStringLiteral("新文。");
    }

    void merges()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QString, expected);
        QString merged = QStringLiteral("untouched");
        QVERIFY(SentenceMerge::merge(base, mine, theirs, &merged));
        QCOMPARE(merged, expected);
        // The merge does not depend on whose side is whose.
        QVERIFY(SentenceMerge::merge(base, theirs, mine, &merged));
        QCOMPARE(merged, expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        const QString base = QStringLiteral("甲句。乙句。丙句。");
        QTest::newRow("the same sentence, changed differently")
            << base << QStringLiteral("甲句。乙句一。丙句。") << QStringLiteral("甲句。乙句二。丙句。");
        QTest::newRow("deleted by one, changed by the other")
            << base << QStringLiteral("甲句。丙句。") << QStringLiteral("甲句。乙句改。丙句。");
        QTest::newRow("different sentences added at one place")
            << base << QStringLiteral("甲句。乙句。丙句。丁句。")
            << QStringLiteral("甲句。乙句。丙句。戊句。");
        QTest::newRow("one sentence, no stop")
            << QStringLiteral("一句话") << QStringLiteral("一句话改") << QStringLiteral("改一句话");
        QTest::newRow("from nothing, both sides")
            << QString() << QStringLiteral("我的。") << QStringLiteral("他们的。");
        QTest::newRow("an insertion inside a span the other replaced")
            << base << QStringLiteral("甲句。乙句。新句。丙句。") << QStringLiteral("甲句。替换。");
    }

    void refuses()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QString merged = QStringLiteral("untouched");
        QVERIFY(!SentenceMerge::merge(base, mine, theirs, &merged));
        QVERIFY(!SentenceMerge::merge(base, theirs, mine, &merged));
        QCOMPARE(merged, QStringLiteral("untouched"));
    }

    void tooLongIsNotMerged()
    {
        QString base;
        for (int i = 0; i <= SentenceMerge::MaxSentences; ++i)
            base += QStringLiteral("句") + QString::number(i) + QStringLiteral("。");
        const QString mine = QStringLiteral("改。") + base;
        const QString theirs = base + QStringLiteral("尾。");
        QString merged;
        QVERIFY(!SentenceMerge::merge(base, mine, theirs, &merged));
    }
};

QTEST_MAIN(TestSentenceMerge)
#include "tst_sentencemerge.moc"
