// Glossary terms found in English text: case, word boundaries, longest match, plurals.
#include "text/glossarymatcher.h"

#include <QtTest>

using namespace DigestStudio;

class TestGlossaryMatcher final : public QObject
{
    Q_OBJECT

private:
    static QStringList found(const QString &text)
    {
        const GlossaryMatcher matcher(
            {GlossaryTerm(QStringLiteral("transformer"), QStringLiteral("变换器")),
             GlossaryTerm(QStringLiteral("vision transformer"), QStringLiteral("视觉变换器")),
             GlossaryTerm(QStringLiteral("attention"), QStringLiteral("注意力")),
             GlossaryTerm(QStringLiteral("self-attention"), QStringLiteral("自注意力")),
             GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失")),
             GlossaryTerm(QStringLiteral("3D"), QStringLiteral("三维"))});
        QStringList out;
        for (const GlossaryMatcher::Match &m : matcher.matches(text))
            out.append(text.mid(m.start, m.length) + QLatin1Char('=') + matcher.terms().at(m.term).chinese());
        return out;
    }

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one term") << QStringLiteral("A transformer model.")
                                  << QStringList{QStringLiteral("transformer=变换器")};
        QTest::newRow("case-insensitive")
            << QStringLiteral("Transformer and TRANSFORMER")
            << QStringList{QStringLiteral("Transformer=变换器"), QStringLiteral("TRANSFORMER=变换器")};
        QTest::newRow("longest first") << QStringLiteral("A Vision Transformer works.")
                                       << QStringList{QStringLiteral("Vision Transformer=视觉变换器")};
        QTest::newRow("word boundary") << QStringLiteral("transformers-like lossless glossy")
                                       << QStringList{QStringLiteral("transformers=变换器")};
        QTest::newRow("plural") << QStringLiteral("Two vision transformers and losses.")
                                << QStringList{QStringLiteral("vision transformers=视觉变换器"),
                                               QStringLiteral("losses=损失")};
        QTest::newRow("hyphenated term beats its part")
            << QStringLiteral("self-attention, attention")
            << QStringList{QStringLiteral("self-attention=自注意力"), QStringLiteral("attention=注意力")};
        QTest::newRow("a hyphen ends a word")
            << QStringLiteral("attention-based, non-attention")
            << QStringList{QStringLiteral("attention=注意力"), QStringLiteral("attention=注意力")};
        QTest::newRow("term inside a word is not a match")
            << QStringLiteral("retransformer") << QStringList();
        QTest::newRow("digits") << QStringLiteral("3D scenes, not 23D")
                                << QStringList{QStringLiteral("3D=三维")};
        QTest::newRow("next to chinese")
            << QStringLiteral("用attention机制") << QStringList{QStringLiteral("attention=注意力")};
        QTest::newRow("none") << QStringLiteral("Nothing here.") << QStringList();
    }

    void matches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(found(text), expected);
    }

    void rangeLimitsTheSearch()
    {
        const GlossaryMatcher matcher({GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失"))});
        const QString text = QStringLiteral("loss one. loss two.");
        const auto matches = matcher.matches(text, 10, 9);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().start, 10);
    }

    void emptyTermsAreIgnored()
    {
        const GlossaryMatcher matcher({GlossaryTerm(QString(), QStringLiteral("空"))});
        QVERIFY(matcher.matches(QStringLiteral("anything")).isEmpty());
    }
};

QTEST_MAIN(TestGlossaryMatcher)
#include "tst_glossarymatcher.moc"
