// CharacterDiff: hand-written expectations of the character diff (Chinese and English), with the marked
// notation, the bound past which the middle is one replacement, and the spans rebuilding both texts.
#include "text/characterdiff.h"

#include <QtTest>

using namespace DigestStudio;

class TestCharacterDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marked_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same") << QStringLiteral("大模型") << QStringLiteral("大模型")
                              << QStringLiteral("大模型");
        QTest::newRow("one character replaced")
            << QStringLiteral("基于扩散模型的图像生成") << QStringLiteral("基于流模型的图像生成")
            << QStringLiteral("基于[-扩散-]{+流+}模型的图像生成");
        QTest::newRow("inserted in the middle")
            << QStringLiteral("机器人学习") << QStringLiteral("机器人强化学习")
            << QStringLiteral("机器人{+强化+}学习");
        QTest::newRow("removed at the end") << QStringLiteral("语言模型，综述") << QStringLiteral("语言模型")
                                            << QStringLiteral("语言模型[-，综述-]");
        QTest::newRow("two separate changes") << QStringLiteral("甲乙丙丁戊") << QStringLiteral("甲X丙丁Y")
                                              << QStringLiteral("甲[-乙-]{+X+}丙丁[-戊-]{+Y+}");
        QTest::newRow("from nothing")
            << QString() << QStringLiteral("新摘要") << QStringLiteral("{+新摘要+}");
        QTest::newRow("to nothing") << QStringLiteral("旧") << QString() << QStringLiteral("[-旧-]");
        QTest::newRow("latin") << QStringLiteral("cat sat") << QStringLiteral("cut sat")
                               << QStringLiteral("c[-a-]{+u+}t sat");
    }
    void marked()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(CharacterDiff::marked(before, after), expected);
    }

    // Whatever the texts, the kept and removed spans spell the old text and the kept and added the new.
    void spansRebuildBothTexts()
    {
        const QString before = QStringLiteral("我们提出一种新的训练方法，在三个基准上取得最好结果。");
        const QString after = QStringLiteral("作者提出了一种训练方法，在四个基准上取得了最好的结果。");
        QString rebuiltBefore;
        QString rebuiltAfter;
        int changed = 0;
        for (const CharacterDiff::Span &span : CharacterDiff::diff(before, after)) {
            if (span.kind != CharacterDiff::Span::Kind::Added)
                rebuiltBefore += span.text;
            if (span.kind != CharacterDiff::Span::Kind::Removed)
                rebuiltAfter += span.text;
            if (span.kind != CharacterDiff::Span::Kind::Same)
                changed += static_cast<int>(span.text.size());
        }
        QCOMPARE(rebuiltBefore, before);
        QCOMPARE(rebuiltAfter, after);
        // 我们->作者, +了, -新的, 三->四, +了, +的: 2 + 2 + 1 + 2 + 2 + 1 + 1 = 11 characters at most.
        QVERIFY2(changed <= 11, qPrintable(QString::number(changed)));
    }

    // Past MaxCells the middle between the common ends is one removal and one addition, at once.
    void longTextsStayBounded()
    {
        QString before(3000, QChar(0x4e00));
        QString after(3000, QChar(0x4e8c));
        before.prepend(QStringLiteral("头"));
        after.prepend(QStringLiteral("头"));
        const QVector<CharacterDiff::Span> spans = CharacterDiff::diff(before, after);
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans.at(0).text, QStringLiteral("头"));
        QCOMPARE(spans.at(1).kind, CharacterDiff::Span::Kind::Removed);
        QCOMPARE(spans.at(1).text.size(), 3000);
        QCOMPARE(spans.at(2).kind, CharacterDiff::Span::Kind::Added);
    }
};

QTEST_GUILESS_MAIN(TestCharacterDiff)
#include "tst_characterdiff.moc"
