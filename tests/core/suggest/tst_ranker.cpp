// Ranker on synthetic histories made at test time: the model against random, feed order and the centroid on
// held-out days (margins printed), the leakage check with shuffled picks, the cold start with 0 and 3 picks,
// and "not for us" pushing a paper down.
#include "suggest/ranker.h"
#include "suggest/suggestionevaluation.h"
#include "suggest/termdictionary.h"
#include "synthetichistory.h"

#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::SyntheticHistory;

namespace {

int rankOf(const QVector<Suggestion> &ranked, const QString &id)
{
    for (int i = 0; i < ranked.size(); ++i) {
        if (ranked.at(i).id == id)
            return i;
    }
    return -1;
}

void print(const char *what, const SuggestionEvaluation::Result &r)
{
    qInfo("%s over %d days: MAP model %.3f random %.3f feed %.3f centroid %.3f; recall@9 model %.3f random "
          "%.3f feed %.3f centroid %.3f; nDCG@20 model %.3f centroid %.3f",
          what, r.days, r.model.map, r.random.map, r.feedOrder.map, r.centroid.map, r.model.recallAt9,
          r.random.recallAt9, r.feedOrder.recallAt9, r.centroid.recallAt9, r.model.ndcgAt20,
          r.centroid.ndcgAt20);
}

} // namespace

class TestRanker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelBeatsBaselinesOnHeldOutDays()
    {
        SyntheticHistory synthetic({});
        const QVector<ListingDay> history = synthetic.history();
        const SuggestionEvaluation::Result r =
            SuggestionEvaluation::run(history, {}, RankerOptions(), history.at(30).date);
        print("synthetic", r);
        QCOMPARE(r.days, 10);
        qInfo("margins (MAP): over random %+.3f, over feed order %+.3f, over centroid %+.3f",
              r.model.map - r.random.map, r.model.map - r.feedOrder.map, r.model.map - r.centroid.map);
        QVERIFY(r.model.map > r.random.map + 0.1);
        QVERIFY(r.model.map > r.feedOrder.map + 0.1);
        QVERIFY(r.model.map > r.centroid.map);
        QVERIFY(r.model.recallAt50 > r.random.recallAt50);
        QVERIFY(r.model.ndcgAt20 > r.centroid.ndcgAt20);
    }

    // Stemming is an option that really merges the inflected forms of a word...
    void stemmingMergesInflectedForms()
    {
        Paper plural;
        plural.setTitle(QStringLiteral("Transformers"));
        Paper singular;
        singular.setTitle(QStringLiteral("transformer"));
        TermDictionary stemming(true);
        TermDictionary plain(false);
        QCOMPARE(stemming.featureIds(plural, true), stemming.featureIds(singular, true));
        QVERIFY(plain.featureIds(plural, true) != plain.featureIds(singular, true));
        QCOMPARE(plain.featureIds(plural, true).size(), 1);
    }

    // ...measured, not assumed, on three synthetic histories whose words come inflected (-s, -ing, -ed,
    // -ation) as English does. Over eight such histories it did not help (mean MAP 0.489 with, 0.496
    // without on 40 days; 0.490 and 0.484 on 20), so the default is off. This
    // fails if the default falls clearly behind the other choice.
    void stemmingMeasured()
    {
        double withStem = 0;
        double without = 0;
        for (const quint32 seed : {1U, 2U, 3U}) {
            SyntheticHistory::Options o;
            o.seed = seed;
            o.days = 20;
            SyntheticHistory synthetic(o);
            const QVector<ListingDay> history = synthetic.history();
            RankerOptions stemming;
            stemming.stem = true;
            RankerOptions plain;
            plain.stem = false;
            withStem += SuggestionEvaluation::run(history, {}, stemming, history.at(10).date).model.map / 3;
            without += SuggestionEvaluation::run(history, {}, plain, history.at(10).date).model.map / 3;
        }
        qInfo("mean MAP over three histories: with stemming %.3f, without %.3f", withStem, without);
        const bool stemByDefault = RankerOptions().stem;
        QVERIFY2((stemByDefault ? withStem : without) >= (stemByDefault ? without : withStem) - 0.02,
                 "the default stemming choice ranks clearly worse than the other");
    }

    void shuffledPicksScoreLikeRandom()
    {
        SyntheticHistory synthetic({});
        const QVector<ListingDay> history = synthetic.shuffledPicks(99);
        const SuggestionEvaluation::Result r =
            SuggestionEvaluation::run(history, {}, RankerOptions(), history.at(30).date);
        print("shuffled picks", r);
        // Nothing to learn: a model that still beat random would be reading the answers somewhere.
        QVERIFY2(qAbs(r.model.map - r.random.map) < 0.03, qPrintable(QString::number(r.model.map)));
        QVERIFY(qAbs(r.model.recallAt50 - r.random.recallAt50) < 0.1);
    }

    void coldStartWithoutPicks()
    {
        SyntheticHistory synthetic({});
        QVector<ListingDay> history = synthetic.history().mid(0, 5);
        for (ListingDay &day : history)
            day.picked.clear();
        RankerOptions options;
        options.categories = QStringList{QStringLiteral("cs.CL")};
        const SuggestionModel model = Ranker::train(history, {}, options);
        QCOMPARE(model.stage(), SuggestionModel::Stage::FeedOrder);
        QVector<Paper> listing = synthetic.listing(50, QDate(2026, 3, 1));
        const QString keywordId = listing.at(40).id();
        const QString firstWord = listing.at(40).title().section(QLatin1Char(' '), 0, 0);
        options.keywords = QStringList{firstWord};
        const QVector<Suggestion> ranked = Ranker::train(history, {}, options).rank(listing);
        // Feed order, with the editor's category and the include keyword raised above it.
        QCOMPARE(ranked.size(), listing.size());
        const int keywordRank = rankOf(ranked, keywordId);
        QVERIFY2(keywordRank >= 0, "the keyword's paper is ranked");
        QVERIFY2(keywordRank < 25, qPrintable(QString::number(keywordRank)));
        for (int i = 0; i < ranked.size() - 1; ++i) {
            const bool raised = ranked.at(i).score >= 1.0;
            if (!raised)
                QVERIFY(ranked.at(i + 1).score <= ranked.at(i).score);
        }
        // The feed's first paper scores exactly 1 (1 - 0/50); a raised paper at feed position i >= 1 scores
        // at least 1 + (1 - 49/50) = 1.02, one not raised at most 1 - 1/50 = 0.98. So the first paper's rank
        // is the number of raised papers after it, or 0 when it is raised itself.
        const Paper &first = listing.at(0);
        auto isRaised = [&](const Paper &p) {
            return p.primaryCategory() == QLatin1String("cs.CL") ||
                   QString(p.title() + QLatin1Char('\n') + p.abstract())
                       .contains(firstWord, Qt::CaseInsensitive);
        };
        int raisedAfterFirst = 0;
        for (int i = 1; i < listing.size(); ++i)
            raisedAfterFirst += isRaised(listing.at(i)) ? 1 : 0;
        QVERIFY(raisedAfterFirst > 0); // else the check below says nothing
        QCOMPARE(rankOf(ranked, first.id()), isRaised(first) ? 0 : raisedAfterFirst);
        bool categoryReason = false;
        for (const Suggestion &s : ranked) {
            for (const SuggestionReason &reason : s.reasons)
                categoryReason = categoryReason || (reason.kind == SuggestionReason::Kind::Category &&
                                                    reason.text == QLatin1String("cs.CL"));
        }
        QVERIFY(categoryReason);
    }

    // Five papers scored by hand: feed position gives 1 - i/5, the editor's category +1, an include keyword
    // +1.
    void feedOrderRaisesCategoryAndKeywordByHand()
    {
        QVector<Paper> listing;
        const QStringList categories{QStringLiteral("cs.LG"), QStringLiteral("cs.CL"),
                                     QStringLiteral("cs.CV"), QStringLiteral("cs.CL"),
                                     QStringLiteral("cs.AI")};
        const QStringList titles{QStringLiteral("Graphs"), QStringLiteral("Parsing"),
                                 QStringLiteral("Diffusion models for video"),
                                 QStringLiteral("Diffusion LMs"), QStringLiteral("Agents")};
        for (int i = 0; i < 5; ++i) {
            Paper p;
            p.setId(QStringLiteral("2603.0000") + QString::number(i));
            p.setTitle(titles.at(i));
            p.setPrimaryCategory(categories.at(i));
            listing.append(p);
        }
        RankerOptions options;
        options.categories = QStringList{QStringLiteral("cs.CL")};
        options.keywords = QStringList{QStringLiteral("diffusion")};
        const QVector<Suggestion> ranked = Ranker::train({}, {}, options).rank(listing);
        // 0: 1.0; 1: 0.8 + 1 = 1.8; 2: 0.6 + 1 (keyword, any case) = 1.6; 3: 0.4 + 1 + 1 = 2.4; 4: 0.2.
        QStringList order;
        for (const Suggestion &s : ranked)
            order.append(s.id.right(1));
        QCOMPARE(order, (QStringList{QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2"),
                                     QStringLiteral("0"), QStringLiteral("4")}));
        QVERIFY(qAbs(ranked.at(0).score - 2.4) < 1e-9);
        QVERIFY(qAbs(ranked.at(4).score - 0.2) < 1e-9);
        // The bar: (score - 0.2) / (2.4 - 0.2); paper 2 at (1.6 - 0.2) / 2.2 = 0.6363636364.
        QVERIFY(qAbs(ranked.at(2).share - 1.4 / 2.2) < 1e-9);
    }

    void coldStartWithThreePicks()
    {
        SyntheticHistory synthetic({});
        QVector<ListingDay> history = synthetic.history().mid(0, 5);
        for (ListingDay &day : history)
            day.picked.clear();
        const QVector<Paper> &lastListing = history.at(4).listing;
        history[4].picked =
            QStringList{lastListing.at(0).id(), lastListing.at(1).id(), lastListing.at(2).id()};
        const SuggestionModel model = Ranker::train(history, {}, RankerOptions());
        QCOMPARE(model.stage(), SuggestionModel::Stage::Centroid);
        QCOMPARE(model.picks(), 3);
        // A paper that repeats a pick's text is among the first suggested, with a reason in words.
        QVector<Paper> listing = synthetic.listing(100, QDate(2026, 3, 1));
        Paper twin = lastListing.at(1);
        twin.setId(QStringLiteral("2603.99999"));
        listing.insert(60, twin);
        const QVector<Suggestion> ranked = model.rank(listing);
        QCOMPARE(ranked.constFirst().id, twin.id());
        QVERIFY(!ranked.constFirst().reasons.isEmpty());
    }

    void notForUsPushesAPaperDown()
    {
        SyntheticHistory synthetic({});
        const QVector<ListingDay> history = synthetic.history();
        QVector<Paper> today = synthetic.listing(200, QDate(2026, 3, 1));
        const SuggestionModel before = Ranker::train(history, {}, RankerOptions());
        QCOMPARE(before.stage(), SuggestionModel::Stage::Model);
        const QVector<Suggestion> ranked = before.rank(today);
        const QString top = ranked.constFirst().id;
        QVERIFY(!ranked.constFirst().reasons.isEmpty());
        const QSet<QString> marked{top};
        const QVector<Suggestion> after = Ranker::train(history, marked, RankerOptions()).rank(today);
        QCOMPARE(rankOf(after, top), int(today.size()) - 1);
        QCOMPARE(after.constLast().reasons.constFirst().kind, SuggestionReason::Kind::NotForUs);
        // Marks on past papers teach too: the papers most like them sink.
        QVector<ListingDay> marking = history;
        QSet<QString> pastMarks;
        for (const QString &id : history.constLast().picked)
            pastMarks.insert(id);
        const QVector<Suggestion> taught =
            Ranker::train(marking, pastMarks, RankerOptions()).rank(history.constLast().listing);
        double before9 = 0;
        double after9 = 0;
        const QVector<Suggestion> untaught = before.rank(history.constLast().listing);
        for (int i = 0; i < 20; ++i) {
            before9 += pastMarks.contains(untaught.at(i).id) ? 1 : 0;
            after9 += pastMarks.contains(taught.at(i).id) ? 1 : 0;
        }
        QVERIFY(after9 < before9 || before9 == 0);
    }

    void scoreThresholdKeepsTheBestShare()
    {
        SyntheticHistory synthetic({});
        const QVector<Paper> today = synthetic.listing(200, QDate(2026, 3, 1));
        const QVector<Suggestion> ranked =
            Ranker::train(synthetic.history(), {}, RankerOptions()).rank(today);
        // The best paper is at the top of the bar, the worst at the bottom, and the bar falls with the rank.
        QCOMPARE(ranked.constFirst().share, 1.0);
        QCOMPARE(ranked.constLast().share, 0.0);
        for (int i = 1; i < ranked.size(); ++i)
            QVERIFY(ranked.at(i).share <= ranked.at(i - 1).share);
        const QVector<Suggestion> kept = Suggestion::atLeast(ranked, 0.6);
        QVERIFY(!kept.isEmpty());
        QVERIFY(kept.size() < ranked.size());
        // The threshold keeps a head of the ranking, in its order, and nothing below it.
        for (int i = 0; i < kept.size(); ++i) {
            QCOMPARE(kept.at(i).id, ranked.at(i).id);
            QVERIFY(kept.at(i).share >= 0.6);
        }
        QVERIFY(ranked.at(kept.size()).share < 0.6);
        QCOMPARE(Suggestion::atLeast(ranked, 0.0).size(), ranked.size());
    }

    void reasonsNameTermsAuthorsAndCategories()
    {
        SyntheticHistory synthetic({});
        const SuggestionModel model = Ranker::train(synthetic.history(), {}, RankerOptions());
        const QVector<Suggestion> ranked = model.rank(synthetic.listing(100, QDate(2026, 3, 1)));
        QSet<int> kinds;
        for (int i = 0; i < 15; ++i) {
            for (const SuggestionReason &reason : ranked.at(i).reasons) {
                kinds.insert(int(reason.kind));
                QVERIFY(!reason.text.isEmpty());
                QVERIFY(!reason.describe().isEmpty());
            }
        }
        QVERIFY(kinds.contains(int(SuggestionReason::Kind::Term)));
    }
};

QTEST_GUILESS_MAIN(TestRanker)
#include "tst_ranker.moc"
