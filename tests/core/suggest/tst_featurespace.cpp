// FeatureSpace on four tiny documents scored by hand: which ids the document-frequency cut-offs keep, the
// smooth idf ln((1 + n) / (1 + df)) + 1, sublinear term frequency 1 + ln(tf), unit length, and the dot
// product.
#include "suggest/featurespace.h"

#include <QtTest>

#include <cmath>

using namespace DigestStudio;

namespace {

// Dictionary ids 0..4 over four documents (n = 4). Document frequencies: id 0 in d0 only (df 1); id 1 in d0,
// d1, d3 (df 3); id 2 in d1, d2 (df 2); id 3 in d2 (df 1); id 4 in none (df 0).
const QVector<QVector<int>> documents{{0, 1, 1}, {1, 2}, {2, 3}, {1}};

float weightOf(const SparseVector &v, int index)
{
    for (const auto &entry : v) {
        if (entry.first == index)
            return entry.second;
    }
    return -1;
}

} // namespace

class TestFeatureSpace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCutOffsKeepTheMiddleFrequencies()
    {
        FeatureSpace space;
        // minDocs 1; maxShare 0.5 -> at most max(1, int(0.5 * 4)) = 2 documents. Kept: 0 (df 1), 2 (df 2),
        // 3 (df 1); dropped: 1 (df 3 > 2) and 4 (df 0 < 1). Feature indexes follow the ids: 0->0, 2->1, 3->2.
        space.fit(documents, 5, 1, 0.5);
        QCOMPARE(space.dimension(), 3);
        QCOMPARE(space.termOf(0), 0);
        QCOMPARE(space.termOf(1), 2);
        QCOMPARE(space.termOf(2), 3);
        QCOMPARE(space.kept(), (std::vector<char>{1, 0, 1, 1, 0}));

        // minDocs 2: only ids in two documents or more, and at most max(2, int(0.5 * 4)) = 2: id 2 alone.
        space.fit(documents, 5, 2, 0.5);
        QCOMPARE(space.dimension(), 1);
        QCOMPARE(space.termOf(0), 2);

        // maxShare 0.25 -> int(1.0) = 1, raised to minDocs 2: still at most 2 documents, id 2 alone.
        space.fit(documents, 5, 2, 0.25);
        QCOMPARE(space.dimension(), 1);

        // maxShare 1: everything seen at least once.
        space.fit(documents, 5, 1, 1.0);
        QCOMPARE(space.kept(), (std::vector<char>{1, 1, 1, 1, 0}));
    }

    void weightsAreSublinearTfTimesSmoothIdfAtUnitLength()
    {
        FeatureSpace space;
        space.fit(documents, 5, 1, 0.5);
        // Ids 0, 0, 2, then 1 (not a feature) and 4 (not a feature) and 9 (outside the dictionary): dropped.
        // id 0: tf 2 -> 1 + ln 2 = 1.6931471806; idf ln(5 / 2) + 1 = 1.9162907319; 1.6931471806
        // * 1.9162907319
        //   = 3.2445622498.
        // id 2: tf 1 -> 1; idf ln(5 / 3) + 1 = 1.5108256238.
        // Length sqrt(3.2445622498^2 + 1.5108256238^2) = 3.5790750563: 0.9065365210 and 0.4221273933.
        const SparseVector v = space.vector({0, 1, 0, 2, 4, 9});
        QCOMPARE(int(v.size()), 2);
        QCOMPARE(v.at(0).first, 0); // sorted by feature index
        QCOMPARE(v.at(1).first, 1);
        QVERIFY2(std::abs(weightOf(v, 0) - 0.9065365210f) < 1e-6f,
                 qPrintable(QString::number(weightOf(v, 0))));
        QVERIFY2(std::abs(weightOf(v, 1) - 0.4221273933f) < 1e-6f,
                 qPrintable(QString::number(weightOf(v, 1))));

        // One feature alone is the unit vector, whatever its count: id 3 three times -> 1.
        const SparseVector single = space.vector({3, 3, 3});
        QCOMPARE(int(single.size()), 1);
        QCOMPARE(single.at(0).first, 2);
        QVERIFY(std::abs(single.at(0).second - 1.0f) < 1e-6f);

        // Nothing known: the empty vector.
        QVERIFY(space.vector({1, 4, -1}).empty());
    }

    void aRarerTermWeighsMore()
    {
        FeatureSpace space;
        space.fit(documents, 5, 1, 0.5);
        // ids 0 (df 1, idf 1.9162907319) and 2 (df 2, idf 1.5108256238), once each: the rarer one weighs
        // more, in the ratio of the idfs: 1.9162907319 / 1.5108256238 = 1.2683732. Unit length: 0.7852883 and
        // 0.6191303 (each idf / sqrt(1.9162907319^2 + 1.5108256238^2) = / 2.4402386).
        const SparseVector v = space.vector({2, 0});
        QVERIFY(std::abs(weightOf(v, 0) - 0.7852883f) < 1e-6f);
        QVERIFY(std::abs(weightOf(v, 1) - 0.6191303f) < 1e-6f);
    }

    void dotSkipsIndexesPastTheDenseVector()
    {
        // 0.5 * 2 + 0.25 * 4 = 2; index 7 is past the weights and adds nothing.
        const SparseVector v{{0, 0.5f}, {2, 0.25f}, {7, 1.0f}};
        QCOMPARE(FeatureSpace::dot(v, {2.0f, 100.0f, 4.0f}), 2.0f);
        QCOMPARE(FeatureSpace::dot({}, {1.0f}), 0.0f);
    }
};

QTEST_GUILESS_MAIN(TestFeatureSpace)
#include "tst_featurespace.moc"
