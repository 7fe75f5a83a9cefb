#include "suggest/ranker.h"

#include "suggest/linearsvm.h"
#include "suggest/rankingmetrics.h"
#include "suggest/termdictionary.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace DigestStudio {

namespace {

// FNV-1a over the id's UTF-16 units: the same number in every process and build. Qt 6's qHash mixes in a
// per-process seed even when given one, so the weak negatives (and the model) changed from run to run.
quint32 stableHash(const QString &id)
{
    quint32 h = 2166136261U;
    for (const QChar c : id) {
        h ^= c.unicode();
        h *= 16777619U;
    }
    return h;
}

} // namespace

QVector<double> RankerOptions::defaultCValues()
{
    return {0.03, 0.1, 0.3, 1.0};
}

struct Ranker::Data
{
    std::shared_ptr<TermDictionary> dictionary;
    FeatureSpace space;
    QVector<QVector<int>> documents;   // every listed paper of the window, as feature ids
    std::vector<SparseVector> vectors; // the same as TF-IDF vectors
    std::vector<int> dayOf;            // window day of each
    std::vector<char> positive;
    std::vector<char> strong; // marked "not for us"
    QStringList ids;
    int days = 0;
    int picks = 0;
    int daysWithPicks = 0;
    int repeat = 1;
    double negativeShare = 1.0;

    std::vector<char> sampled; // the weak negatives trained on
    QVector<int> validation;   // the window days ranked whole to choose C, latest first

    std::vector<LinearSvm::Row> rowsBefore(int day) const
    {
        std::vector<LinearSvm::Row> rows;
        for (size_t i = 0; i < vectors.size() && dayOf[i] < day; ++i) {
            if (positive[i] || strong[i] || sampled[i])
                rows.push_back({&vectors[i], positive[i] != 0, strong[i] ? repeat : 1});
        }
        return rows;
    }
};

// The latest `count` window days with picks that have a day before them: the days rolling validation ranks.
QVector<int> Ranker::validationDays(const QVector<ListingDay> &window, const QSet<QString> &notForUs,
                                    int count)
{
    QVector<int> days;
    for (int d = int(window.size()) - 1; d > 0 && days.size() < count; --d) {
        const ListingDay &day = window.at(d);
        const QSet<QString> picked(day.picked.cbegin(), day.picked.cend());
        for (const Paper &p : day.listing) {
            if (picked.contains(p.id()) && !notForUs.contains(p.id())) {
                days.append(d);
                break;
            }
        }
    }
    return days;
}

// Only the papers the model learns from (picks, marks, the sampled weak negatives) and the validation days'
// whole listings are read: the others would only count towards document frequencies, and reading them was
// two thirds of a long window's training.
void Ranker::prepare(Data *data, const QVector<ListingDay> &window, const QSet<QString> &notForUs)
{
    for (int d = 0; d < window.size(); ++d) {
        const ListingDay &day = window.at(d);
        const QSet<QString> picked(day.picked.cbegin(), day.picked.cend());
        const bool whole = data->validation.contains(d);
        bool anyPick = false;
        for (const Paper &p : day.listing) {
            const bool strong = notForUs.contains(p.id());
            const bool positive = !strong && picked.contains(p.id());
            // A fixed share of each day's unpicked papers, the same ones every time (by id): the weak
            // negatives say little each, and training time grows with them.
            const bool sampled = stableHash(p.id()) % 1000U < uint(data->negativeShare * 1000);
            data->picks += positive ? 1 : 0;
            anyPick = anyPick || positive;
            if (!whole && !positive && !strong && !sampled)
                continue;
            data->documents.append(data->dictionary->featureIds(p, true));
            data->dayOf.push_back(d);
            data->positive.push_back(positive ? 1 : 0);
            data->strong.push_back(strong ? 1 : 0);
            data->ids.append(p.id());
            data->sampled.push_back(sampled ? 1 : 0);
        }
        data->daysWithPicks += anyPick ? 1 : 0;
    }
    data->days = static_cast<int>(window.size());
}

SuggestionModel Ranker::train(const QVector<ListingDay> &history, const QSet<QString> &notForUs,
                              const RankerOptions &options, const QDate &before, const Progress &progress)
{
    QVector<ListingDay> window;
    for (const ListingDay &day : history) {
        if (!day.listing.isEmpty() && (!before.isValid() || day.date < before))
            window.append(day);
    }
    std::sort(window.begin(), window.end(),
              [](const ListingDay &a, const ListingDay &b) { return a.date < b.date; });
    if (window.size() > options.windowDays)
        window = window.mid(window.size() - options.windowDays);

    SuggestionModel model;
    model.m_options = options;
    model.m_notForUs = notForUs;
    Data data;
    data.dictionary = std::make_shared<TermDictionary>(options.stem);
    data.repeat = std::max(1, options.notForUsRepeat);
    data.negativeShare = options.negativeShare;
    data.validation = validationDays(window, notForUs, options.validationDays);
    prepare(&data, window, notForUs);
    model.m_days = data.days;
    model.m_picks = data.picks;

    using Stage = RankerOptions::Stage;
    Stage stage = options.force;
    if (stage == Stage::Auto) {
        stage = data.picks == 0 ? Stage::FeedOrder
                : data.picks < options.minPicksForModel || data.daysWithPicks < options.minDaysForModel
                    ? Stage::Centroid
                    : Stage::Model;
    }
    if (data.picks == 0 || stage == Stage::FeedOrder) {
        if (progress)
            progress(1, 1);
        return model; // FeedOrder
    }
    // A handful of papers (the first days) would lose every word to the floor: it applies from 50 on.
    const int minDocs = data.documents.size() >= 50 ? options.minDocs : 1;
    data.space.fit(data.documents, data.dictionary->size(), minDocs, options.maxShare);
    data.vectors.reserve(size_t(data.documents.size()));
    for (const QVector<int> &ids : qAsConst(data.documents))
        data.vectors.push_back(data.space.vector(ids));
    data.dictionary->keepPairs(data.space.kept());
    model.m_dictionary = data.dictionary;
    model.m_space = data.space;

    if (stage == Stage::Centroid) {
        model.m_stage = SuggestionModel::Stage::Centroid;
        model.m_weights = centroid(data);
        if (progress)
            progress(1, 1);
        return model;
    }
    const int total = int(options.cValues.size()) * options.validationDays + 1;
    const double c = chooseC(data, options, progress, total);
    const LinearSvm::Weights weights =
        LinearSvm::train(data.rowsBefore(data.days), data.space.dimension(), c);
    if (weights.w.empty()) { // every paper picked or none: nothing to tell apart
        model.m_stage = SuggestionModel::Stage::Centroid;
        model.m_weights = centroid(data);
    } else {
        model.m_stage = SuggestionModel::Stage::Model;
        model.m_weights = weights.w;
        model.m_bias = weights.bias;
        model.m_c = c;
    }
    if (progress)
        progress(total, total);
    return model;
}

// The C whose models ranked the latest days with picks best (mean average precision), each trained only on
// the days before the one it ranks; ties go to the smaller C (the simpler model). The C values are tried on
// two threads; their LIBLINEAR solves take turns (LinearSvm::train), the rest runs side by side.
double Ranker::chooseC(const Data &data, const RankerOptions &options, const Progress &progress, int total)
{
    const int count = int(options.cValues.size());
    std::vector<double> scores(size_t(count), 0.0);
    std::atomic<int> done{0};
    const auto work = [&](int first) {
        for (int k = first; k < count; k += 2) {
            for (const int day : data.validation) {
                scores[size_t(k)] += validationScore(data, options.cValues.at(k), day);
                if (progress)
                    progress(++done, total);
            }
        }
    };
    std::thread second(work, 1);
    work(0);
    second.join();
    double best = count == 0 ? 0.1 : options.cValues.constFirst();
    double bestScore = -1;
    for (int k = 0; k < count; ++k) {
        if (scores[size_t(k)] > bestScore + 1e-9) {
            bestScore = scores[size_t(k)];
            best = options.cValues.at(k);
        }
    }
    return best;
}

double Ranker::validationScore(const Data &data, double c, int day)
{
    const LinearSvm::Weights w = LinearSvm::train(data.rowsBefore(day), data.space.dimension(), c);
    if (w.w.empty())
        return 0;
    std::vector<std::pair<float, int>> scored;
    QSet<QString> picked;
    for (size_t i = 0; i < data.vectors.size(); ++i) {
        if (data.dayOf[i] != day)
            continue;
        scored.emplace_back(-(FeatureSpace::dot(data.vectors[i], w.w) + w.bias), int(i));
        if (data.positive[i])
            picked.insert(data.ids.at(int(i)));
    }
    std::stable_sort(scored.begin(), scored.end());
    QStringList ranked;
    for (const auto &entry : scored)
        ranked.append(data.ids.at(entry.second));
    return RankingMetrics::averagePrecision(ranked, picked);
}

std::vector<float> Ranker::centroid(const Data &data)
{
    std::vector<float> sum(size_t(data.space.dimension()), 0.0f);
    int count = 0;
    for (size_t i = 0; i < data.vectors.size(); ++i) {
        if (!data.positive[i])
            continue;
        ++count;
        for (const auto &entry : data.vectors[i])
            sum[size_t(entry.first)] += entry.second;
    }
    for (float &v : sum)
        v /= float(std::max(1, count));
    return sum;
}

} // namespace DigestStudio
