// ThinkStripper: a leading <think> block is removed, also when its tags are split across chunks; text that
// only looks like one at first is kept.
#include "drafting/thinkstripper.h"

#include <QtTest>

using namespace DigestStudio;

class TestThinkStripper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("visible");
        QTest::newRow("no think block") << QStringLiteral("{\"a\":1}") << QStringLiteral("{\"a\":1}");
        QTest::newRow("think block then answer")
            << QStringLiteral("<think>\n想一想 {\"zh_title\":\"错\"}\n</think>\n\n{\"a\":1}")
            << QStringLiteral("{\"a\":1}");
        QTest::newRow("white space before the block")
            << QStringLiteral("\n <think>x</think>y") << QStringLiteral("y");
        QTest::newRow("a tag-like start that is not think")
            << QStringLiteral("<thinking>ok") << QStringLiteral("<thinking>ok");
        QTest::newRow("only a prefix of the tag") << QStringLiteral("<thi") << QStringLiteral("<thi");
        QTest::newRow("a think block later is text")
            << QStringLiteral("answer <think>x</think>") << QStringLiteral("answer <think>x</think>");
        QTest::newRow("unclosed think block shows nothing")
            << QStringLiteral("<think>still thinking") << QString();
    }
    void strip()
    {
        QFETCH(QString, text);
        QFETCH(QString, visible);
        QCOMPARE(ThinkStripper::strip(text), visible);
        // Split at every pair of places: the same visible text, and never a piece of the think block.
        for (int a = 0; a <= text.size(); ++a) {
            for (int b = a; b <= text.size(); ++b) {
                ThinkStripper stripper;
                QString shown = stripper.feed(text.left(a));
                shown += stripper.feed(text.mid(a, b - a));
                shown += stripper.feed(text.mid(b));
                shown += stripper.finish();
                QCOMPARE(shown, visible);
            }
        }
    }

    void thinkingState()
    {
        ThinkStripper stripper;
        QCOMPARE(stripper.feed(QStringLiteral("<think>a")), QString());
        QVERIFY(stripper.thinking());
        QCOMPARE(stripper.feed(QStringLiteral("</thi")), QString());
        QCOMPARE(stripper.feed(QStringLiteral("nk>ok")), QStringLiteral("ok"));
        QVERIFY(!stripper.thinking());
    }
};

QTEST_APPLESS_MAIN(TestThinkStripper)
#include "tst_thinkstripper.moc"
