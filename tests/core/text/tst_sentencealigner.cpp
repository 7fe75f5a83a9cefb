// Sentence spans in English and Chinese text and the sentence index at a caret.
#include "text/sentencealigner.h"

#include <QtTest>

using namespace DigestStudio;

class TestSentenceAligner final : public QObject
{
    Q_OBJECT

private:
    static QStringList texts(const QString &text)
    {
        QStringList out;
        for (const SentenceAligner::Span &span : SentenceAligner::sentences(text))
            out.append(text.mid(span.start, span.length));
        return out;
    }

private Q_SLOTS:
    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two english sentences")
            << QStringLiteral("We study data. It helps a lot.")
            << QStringList{QStringLiteral("We study data."), QStringLiteral("It helps a lot.")};
        QTest::newRow("question and exclamation")
            << QStringLiteral("Does it work? Yes! Indeed")
            << QStringList{QStringLiteral("Does it work?"), QStringLiteral("Yes!"), QStringLiteral("Indeed")};
        QTest::newRow("decimal does not split")
            << QStringLiteral("Accuracy rises by 3.5 points. Next.")
            << QStringList{QStringLiteral("Accuracy rises by 3.5 points."), QStringLiteral("Next.")};
        QTest::newRow("abbreviations do not split")
            << QStringLiteral("Prior work (e.g. Smith et al. 2020) fails, cf. Fig. 3 and Eq. 2. We fix it.")
            << QStringList{QStringLiteral("Prior work (e.g. Smith et al. 2020) fails, cf. Fig. 3 and Eq. 2."),
                           QStringLiteral("We fix it.")};
        QTest::newRow("initials do not split")
            << QStringLiteral("As J. Smith showed, it holds. Then more.")
            << QStringList{QStringLiteral("As J. Smith showed, it holds."), QStringLiteral("Then more.")};
        QTest::newRow("closing quote stays with the sentence")
            << QStringLiteral("He said \"stop.\" Then left.")
            << QStringList{QStringLiteral("He said \"stop.\""), QStringLiteral("Then left.")};
        QTest::newRow("chinese full-width stops")
            << QStringLiteral("我们研究数据。它很有用！真的吗？是的；好")
            << QStringList{QStringLiteral("我们研究数据。"), QStringLiteral("它很有用！"),
                           QStringLiteral("真的吗？"), QStringLiteral("是的；"), QStringLiteral("好")};
        QTest::newRow("ascii question mark before chinese")
            << QStringLiteral("数据增强相当于增加了多少数据?对缩放率的研究。")
            << QStringList{QStringLiteral("数据增强相当于增加了多少数据?"),
                           QStringLiteral("对缩放率的研究。")};
        QTest::newRow("chinese closing bracket after stop")
            << QStringLiteral("见下文。」接着")
            << QStringList{QStringLiteral("见下文。」"), QStringLiteral("接着")};
        QTest::newRow("decimal in chinese")
            << QStringLiteral("提升了3.5%。完")
            << QStringList{QStringLiteral("提升了3.5%。"), QStringLiteral("完")};
        QTest::newRow("line break ends a sentence")
            << QStringLiteral("First line\nsecond line.")
            << QStringList{QStringLiteral("First line"), QStringLiteral("second line.")};
        QTest::newRow("ellipsis stays")
            << QStringLiteral("Wait... Go.") << QStringList{QStringLiteral("Wait..."), QStringLiteral("Go.")};
        QTest::newRow("url dots do not split")
            << QStringLiteral("Code at https://github.com/x/y.git now. End.")
            << QStringList{QStringLiteral("Code at https://github.com/x/y.git now."), QStringLiteral("End.")};
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("only spaces") << QStringLiteral("   \n ") << QStringList();
    }

    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(texts(text), expected);
    }

    void sentenceAtCaret_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("sentence");
        // "Aa bb. Cc dd. Ee." : sentences at 0..5, 7..12, 14..16
        QTest::newRow("start") << 0 << 0;
        QTest::newRow("inside first") << 3 << 0;
        QTest::newRow("right after first stop") << 6 << 0;
        QTest::newRow("start of second") << 7 << 1;
        QTest::newRow("inside third") << 15 << 2;
        QTest::newRow("end of text") << 17 << 2;
    }

    void sentenceAtCaret()
    {
        QFETCH(int, position);
        QFETCH(int, sentence);
        const auto spans = SentenceAligner::sentences(QStringLiteral("Aa bb. Cc dd. Ee."));
        QCOMPARE(spans.size(), 3);
        QCOMPARE(SentenceAligner::sentenceAt(spans, position), sentence);
    }

    void noSentenceIsMinusOne() { QCOMPARE(SentenceAligner::sentenceAt({}, 0), -1); }
};

QTEST_MAIN(TestSentenceAligner)
#include "tst_sentencealigner.moc"
