// MathMasker: which spans are math, the round trip, and drafts that lost or changed a placeholder.
#include "drafting/mathmasker.h"

#include <QtTest>

using namespace DigestStudio;

class TestMathMasker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mask_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QStringList>("spans");
        QTest::newRow("inline dollars")
            << QStringLiteral("costs $O(n)$ time") << QStringLiteral("costs ⟦M1⟧ time")
            << QStringList{QStringLiteral("$O(n)$")};
        QTest::newRow("display dollars") << QStringLiteral("a $$x^2$$ b") << QStringLiteral("a ⟦M1⟧ b")
                                         << QStringList{QStringLiteral("$$x^2$$")};
        QTest::newRow("parenthesis and bracket delimiters")
            << QStringLiteral("\\(p=0.1\\) and \\[E=mc^2\\]") << QStringLiteral("⟦M1⟧ and ⟦M2⟧")
            << QStringList{QStringLiteral("\\(p=0.1\\)"), QStringLiteral("\\[E=mc^2\\]")};
        QTest::newRow("LaTeX commands with arguments")
            << QStringLiteral("in \\mathcal{O}(n) with \\alpha and \\frac{a}{b}")
            << QStringLiteral("in ⟦M1⟧(n) with ⟦M2⟧ and ⟦M3⟧")
            << QStringList{QStringLiteral("\\mathcal{O}"), QStringLiteral("\\alpha"),
                           QStringLiteral("\\frac{a}{b}")};
        QTest::newRow("escaped dollar inside math") << QStringLiteral("$a\\$b$ c") << QStringLiteral("⟦M1⟧ c")
                                                    << QStringList{QStringLiteral("$a\\$b$")};
        QTest::newRow("a lone dollar is text")
            << QStringLiteral("US$5 only") << QStringLiteral("US$5 only") << QStringList{};
        QTest::newRow("a placeholder mark in the text is masked too")
            << QStringLiteral("⟦M1⟧ $x$") << QStringLiteral("⟦M1⟧M1⟧ ⟦M2⟧")
            << QStringList{QStringLiteral("⟦"), QStringLiteral("$x$")};
    }
    void mask()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QFETCH(QStringList, spans);
        MathMasker masker;
        QCOMPARE(masker.mask(text), masked);
        QCOMPARE(masker.count(), spans.size());
        for (int i = 0; i < spans.size(); ++i)
            QCOMPARE(masker.span(i), spans.at(i));
        QString restored;
        QString error;
        QVERIFY2(masker.restoreAll(masked, 0, masker.count(), &restored, &error), qPrintable(error));
        QCOMPARE(restored, text);
    }

    // Regression: identical formulas share one placeholder, across texts too (the title's `$k$` is the
    // abstract's), so a draft that names a repeated formula once has lost nothing.
    void identicalFormulasShareOnePlaceholder()
    {
        MathMasker masker;
        QCOMPARE(masker.mask(QStringLiteral("$k$ heads")), QStringLiteral("⟦M1⟧ heads"));
        QCOMPARE(masker.mask(QStringLiteral("over $k$ in $O(n)$, $k$ again")),
                 QStringLiteral("over ⟦M1⟧ in ⟦M2⟧, ⟦M1⟧ again"));
        QCOMPARE(masker.count(), 2);
        // `$k$` and `$ k$` are written differently: two formulas.
        QCOMPARE(masker.mask(QStringLiteral("$ k$")), QStringLiteral("⟦M3⟧"));
        QString restored;
        QString error;
        QVERIFY2(masker.restoreAll(QStringLiteral("⟦M1⟧与⟦M2⟧，⟦M3⟧"), 1, 3, &restored, &error),
                 qPrintable(error));
        QCOMPARE(restored, QStringLiteral("$k$与$O(n)$，$ k$"));
    }

    void refusedDrafts_data()
    {
        QTest::addColumn<QString>("draft");
        QTest::addColumn<QString>("says");
        QTest::newRow("a placeholder lost")
            << QStringLiteral("只需⟦M1⟧的时间") << QStringLiteral("lost the math \"$y$\"");
        QTest::newRow("a placeholder renumbered") << QStringLiteral("⟦M1⟧⟦M3⟧") << QStringLiteral("changed");
        QTest::newRow("a placeholder broken") << QStringLiteral("⟦M1⟧⟦M2") << QStringLiteral("changed");
        QTest::newRow("a placeholder translated")
            << QStringLiteral("⟦M1⟧⟦公式2⟧") << QStringLiteral("changed");
    }
    void refusedDrafts()
    {
        QFETCH(QString, draft);
        QFETCH(QString, says);
        MathMasker masker;
        masker.mask(QStringLiteral("$x$ and $y$"));
        QString restored = QStringLiteral("untouched");
        QString error;
        QVERIFY(!masker.restoreAll(draft, 0, 2, &restored, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void placeholdersMayMoveAndRepeat()
    {
        MathMasker masker;
        masker.mask(QStringLiteral("$x$ then $y$"));
        QString restored;
        QString error;
        QVERIFY(masker.restoreAll(QStringLiteral("先⟦M2⟧后⟦M1⟧，又⟦M1⟧"), 0, 2, &restored, &error));
        QCOMPARE(restored, QStringLiteral("先$y$后$x$，又$x$"));
    }
};

QTEST_APPLESS_MAIN(TestMathMasker)
#include "tst_mathmasker.moc"
