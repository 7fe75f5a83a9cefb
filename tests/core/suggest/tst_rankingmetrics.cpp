// RankingMetrics on rankings small enough to score by hand: recall at k, nDCG at k and average precision,
// each expected value worked out in the comment beside it (binary relevance, log2 discounts).
#include "suggest/rankingmetrics.h"

#include <QtTest>

using namespace DigestStudio;

namespace {

// Five papers ranked a..e; the editor picked b and d, and x, which the ranking does not hold at all (a
// pick the model never saw still counts against recall and precision).
const QStringList ranked{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                         QStringLiteral("e")};
const QSet<QString> picked{QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("x")};

} // namespace

class TestRankingMetrics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recallCountsThePicksInTheFirstK_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("expected");
        QTest::newRow("k=1") << 1 << 0.0;                 // a: no pick
        QTest::newRow("k=2") << 2 << 1.0 / 3;             // b: 1 of the 3 picks
        QTest::newRow("k=3") << 3 << 1.0 / 3;             // c adds nothing
        QTest::newRow("k=4") << 4 << 2.0 / 3;             // d: 2 of 3
        QTest::newRow("k past the end") << 50 << 2.0 / 3; // x is never ranked: 2 of 3 at most
        QTest::newRow("k=0") << 0 << 0.0;
    }
    void recallCountsThePicksInTheFirstK()
    {
        QFETCH(int, k);
        QFETCH(double, expected);
        QVERIFY2(qAbs(RankingMetrics::recallAt(ranked, picked, k) - expected) < 1e-12,
                 qPrintable(QString::number(RankingMetrics::recallAt(ranked, picked, k))));
    }

    void ndcgDiscountsByRank_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("expected");
        // The ideal ranking puts the 3 picks first: IDCG@3 = 1/log2(2) + 1/log2(3) + 1/log2(4)
        //   = 1 + 0.6309297536 + 0.5 = 2.1309297536 (and the same for any k >= 3).
        // k=1: a is not picked, DCG 0.
        QTest::newRow("k=1") << 1 << 0.0;
        // k=2: b at rank 2, DCG = 1/log2(3) = 0.6309297536; IDCG@2 = 1 + 0.6309297536 = 1.6309297536;
        //   0.6309297536 / 1.6309297536 = 0.3868528072.
        QTest::newRow("k=2") << 2 << 0.3868528072;
        // k=3: DCG still 0.6309297536; / 2.1309297536 = 0.2960819110.
        QTest::newRow("k=3") << 3 << 0.2960819110;
        // k=5: d at rank 4 adds 1/log2(5) = 0.4306765581: DCG 1.0616063117 / 2.1309297536 = 0.4981892575.
        QTest::newRow("k=5") << 5 << 0.4981892575;
    }
    void ndcgDiscountsByRank()
    {
        QFETCH(int, k);
        QFETCH(double, expected);
        const double got = RankingMetrics::ndcgAt(ranked, picked, k);
        QVERIFY2(qAbs(got - expected) < 1e-9, qPrintable(QString::number(got, 'f', 10)));
    }

    void averagePrecisionAveragesOverEveryPick()
    {
        // Precision at each pick found: b at rank 2 -> 1/2, d at rank 4 -> 2/4; x never found -> 0.
        // (0.5 + 0.5 + 0) / 3 picks = 0.3333333333.
        QVERIFY(qAbs(RankingMetrics::averagePrecision(ranked, picked) - 1.0 / 3) < 1e-12);
        // Picks at the top: (1/1 + 2/2) / 2 = 1.
        const QSet<QString> top{QStringLiteral("a"), QStringLiteral("b")};
        QCOMPARE(RankingMetrics::averagePrecision(ranked, top), 1.0);
        // One pick, last: 1/5 = 0.2.
        QVERIFY(qAbs(RankingMetrics::averagePrecision(ranked, {QStringLiteral("e")}) - 0.2) < 1e-12);
    }

    void aPerfectRankingScoresOne()
    {
        const QSet<QString> top{QStringLiteral("a"), QStringLiteral("b")};
        QCOMPARE(RankingMetrics::recallAt(ranked, top, 2), 1.0);
        // DCG = 1 + 1/log2(3) = IDCG.
        QVERIFY(qAbs(RankingMetrics::ndcgAt(ranked, top, 2) - 1.0) < 1e-12);
        QVERIFY(qAbs(RankingMetrics::ndcgAt(ranked, top, 5) - 1.0) < 1e-12);
    }

    void nothingPickedScoresZero()
    {
        QCOMPARE(RankingMetrics::recallAt(ranked, {}, 5), 0.0);
        QCOMPARE(RankingMetrics::ndcgAt(ranked, {}, 5), 0.0);
        QCOMPARE(RankingMetrics::averagePrecision(ranked, {}), 0.0);
        QCOMPARE(RankingMetrics::averagePrecision({}, picked), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestRankingMetrics)
#include "tst_rankingmetrics.moc"
