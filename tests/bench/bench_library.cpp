// The library at size: 100,000 papers and 3,000 digests of 10 entries (generated, deterministic). Opening
// the library with its latest digest, searching (English and Chinese, with the 95th percentile), saving one
// edited field. SQLite always; PostgreSQL too when $DIGEST_TEST_PG is set. Figures: README.md here.
//
// The generated libraries are kept between runs: the SQLite file in $DIGEST_BENCH_DIR (default: the system
// temp folder), the PostgreSQL one in schema `bench_library`.
#include "storage/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>

using namespace DigestStudio;

namespace {

constexpr int PaperCount = 100000;
constexpr int DigestCount = 3000;
constexpr int EntriesPerDigest = 10;

const char *const englishTerms[] = {
    "learning",
    "neural",
    "network",
    "model",
    "training",
    "data",
    "diffusion",
    "transformer",
    "attention",
    "graph",
    "reinforcement",
    "policy",
    "agent",
    "language",
    "vision",
    "image",
    "segmentation",
    "detection",
    "generative",
    "adversarial",
    "robust",
    "optimization",
    "gradient",
    "convex",
    "stochastic",
    "bayesian",
    "inference",
    "variational",
    "sampling",
    "augmentation",
    "regularization",
    "implicit",
    "scaling",
    "invariance",
    "contrastive",
    "self-supervised",
    "representation",
    "embedding",
    "retrieval",
    "speech",
    "audio",
    "robot",
    "manipulation",
    "navigation",
    "planning",
    "federated",
    "privacy",
    "fairness",
    "causal",
    "kernel",
    "benchmark",
    "dataset",
    "pretraining",
    "fine-tuning",
    "prompt",
    "reasoning",
    "multimodal",
    "video",
    "tracking",
    "depth",
    "point cloud",
    "3D",
    "rendering",
    "radiance",
    "field",
    "physics",
    "molecule",
    "protein",
    "medical",
    "clinical",
    "translation",
    "summarization",
    "question answering",
    "dialogue",
    "knowledge",
    "distillation",
    "pruning",
    "quantization",
    "efficient",
    "sparse",
    "mixture",
    "experts",
};

const char *const chineseTerms[] = {
    "学习",   "神经网络", "模型",     "训练",   "数据",     "扩散模型", "注意力",   "图神经网络", "强化学习",
    "策略",   "智能体",   "语言模型", "视觉",   "图像",     "分割",     "检测",     "生成",       "对抗",
    "鲁棒",   "优化",     "梯度",     "随机",   "贝叶斯",   "推断",     "变分",     "采样",       "数据增强",
    "正则化", "隐式",     "缩放",     "不变性", "对比学习", "自监督",   "表示",     "嵌入",       "检索",
    "语音",   "音频",     "机器人",   "操控",   "导航",     "规划",     "联邦学习", "隐私",       "公平性",
    "因果",   "基准",     "数据集",   "预训练", "微调",     "提示",     "推理",     "多模态",     "视频",
    "跟踪",   "深度估计", "点云",     "渲染",   "辐射场",   "物理",     "分子",     "蛋白质",     "医学",
    "临床",   "翻译",     "摘要",     "问答",   "对话",     "知识",     "蒸馏",     "剪枝",       "量化",
    "高效",   "稀疏",     "混合专家", "方法",   "框架",     "实验",     "结果",     "性能",       "提出",
    "研究",   "问题",     "任务",     "显著",   "提升",     "有效",     "新的",     "基于",       "我们",
    "本文",   "表明",
};

// Made-up filler words: most of an abstract is words a query does not look for.
QString fillerWord(QRandomGenerator &rng)
{
    static const char *const syllables[] = {"ka", "lo", "mi", "ne", "ro", "ta", "vi", "su", "pe", "do",
                                            "ga", "ri", "mo", "tu", "le", "sa", "po", "ni", "ve", "zo"};
    QString word;
    const int n = 2 + static_cast<int>(rng.bounded(3));
    for (int i = 0; i < n; ++i)
        word += QLatin1String(syllables[rng.bounded(20)]);
    return word;
}

QString englishText(QRandomGenerator &rng, int words)
{
    QStringList list;
    for (int i = 0; i < words; ++i) {
        if (rng.bounded(100) < 15)
            list.append(
                QLatin1String(englishTerms[rng.bounded(static_cast<quint32>(std::size(englishTerms)))]));
        else
            list.append(fillerWord(rng));
    }
    return list.join(QLatin1Char(' '));
}

QString chineseText(QRandomGenerator &rng, int words)
{
    static const QString chars =
        QStringLiteral("的了在是我有和就不人都一个上也很到说要去你会着没有看好自己这那些");
    QString text;
    for (int i = 0; i < words; ++i) {
        if (rng.bounded(100) < 30)
            text +=
                QString::fromUtf8(chineseTerms[rng.bounded(static_cast<quint32>(std::size(chineseTerms)))]);
        else
            text += chars.at(static_cast<int>(rng.bounded(static_cast<quint32>(chars.size()))));
    }
    return text + QStringLiteral("。");
}

Paper makePaper(QRandomGenerator &rng, int i)
{
    Paper p;
    p.setId(QStringLiteral("%1.%2").arg(2000 + i / 20000).arg(i % 20000 + 10000, 5, 10, QLatin1Char('0')));
    p.setVersion(1 + static_cast<int>(rng.bounded(3)));
    p.setTitle(englishText(rng, 10));
    QStringList authors;
    for (int a = 0; a < 4; ++a)
        authors.append(fillerWord(rng) + QLatin1Char(' ') + fillerWord(rng));
    p.setAuthors(authors);
    p.setAbstract(englishText(rng, 150));
    p.setPrimaryCategory(QStringLiteral("cs.LG"));
    p.setCategories({QStringLiteral("cs.LG")});
    p.setAbsUrl(QStringLiteral("http://arxiv.org/abs/") + p.id());
    return p;
}

bool populated(Library *library)
{
    return library->digests().size() >= DigestCount;
}

bool generate(Library *library)
{
    QRandomGenerator rng(42);
    LibraryError error;
    QVector<Paper> papers;
    papers.reserve(PaperCount);
    for (int i = 0; i < PaperCount; ++i)
        papers.append(makePaper(rng, i));
    for (int i = 0; i < PaperCount; i += 1000) {
        if (!library->storePapers(papers.mid(i, 1000), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return false;
        }
    }
    for (int d = 0; d < DigestCount; ++d) {
        Digest digest;
        digest.setDate(QDate(2018, 1, 1).addDays(d));
        digest.setLegend(Digest::defaultLegend());
        digest.setSummaryLabel(Digest::defaultSummaryLabel());
        digest.setFooter(Digest::defaultFooter());
        for (int e = 0; e < EntriesPerDigest; ++e) {
            const Paper &p = papers.at(static_cast<int>(rng.bounded(PaperCount)));
            DigestEntry entry;
            entry.setArxivId(p.id());
            entry.setVersion(p.version());
            entry.setTag(QStringLiteral("LG"));
            entry.setTitle(p.title());
            entry.setAuthorsLine(p.authors().join(QStringLiteral(", ")));
            entry.setZhTitle(chineseText(rng, 8));
            entry.setZhSummary(chineseText(rng, 60));
            entry.setAbstract(p.abstract());
            entry.setLink(p.absUrl());
            digest.entries().append(entry);
        }
        if (library->createDigest(digest, &error) == 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return false;
        }
    }
    return true;
}

std::unique_ptr<Library> openOrGenerate(const QString &location)
{
    LibraryError error;
    auto library = Library::open(location, &error);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return nullptr;
    }
    if (!populated(library.get())) {
        std::fprintf(stderr, "generating %d papers and %d digests in %s ...\n", PaperCount, DigestCount,
                     qPrintable(library->location()));
        QElapsedTimer timer;
        timer.start();
        if (!generate(library.get()))
            return nullptr;
        std::fprintf(stderr, "generated in %.1f s\n", timer.elapsed() / 1000.0);
    }
    return library;
}

void percentiles(benchmark::State &state, std::vector<double> &ms)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms.at(ms.size() / 2);
    state.counters["p95_ms"] = ms.at(std::min(ms.size() - 1, ms.size() * 95 / 100));
    state.counters["max_ms"] = ms.back();
}

void openAndLoadLatest(benchmark::State &state, QString location)
{
    if (!openOrGenerate(location)) {
        state.SkipWithError("cannot open the benchmark library");
        return;
    }
    std::vector<double> ms;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto library = Library::open(location);
        Digest digest;
        if (!library || !library->loadDigest(library->latestDigestId(), &digest) ||
            digest.entryCount() != EntriesPerDigest) {
            state.SkipWithError("opening failed");
            return;
        }
        library.reset();
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    percentiles(state, ms);
}

void search(benchmark::State &state, QString location, QStringList queries)
{
    auto library = openOrGenerate(location);
    if (!library) {
        state.SkipWithError("cannot open the benchmark library");
        return;
    }
    std::vector<double> ms;
    int i = 0;
    qint64 hits = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        LibraryError error;
        const QVector<SearchHit> found = library->search(queries.at(i++ % queries.size()), 50, &error);
        ms.push_back(timer.nsecsElapsed() / 1e6);
        hits += found.size();
        if (error.isError()) {
            state.SkipWithError(qPrintable(error.message));
            return;
        }
    }
    state.counters["hits"] =
        benchmark::Counter(static_cast<double>(hits), benchmark::Counter::kAvgIterations);
    percentiles(state, ms);
}

void saveField(benchmark::State &state, QString location)
{
    auto library = openOrGenerate(location);
    if (!library) {
        state.SkipWithError("cannot open the benchmark library");
        return;
    }
    Digest digest;
    library->loadDigest(library->latestDigestId(), &digest);
    std::vector<double> ms;
    int i = 0;
    for (auto _ : state) {
        DigestEntry &entry = digest.entries()[i % EntriesPerDigest];
        QElapsedTimer timer;
        timer.start();
        const SaveResult r = library->saveField(entry.id(), entry.revision(), DigestEntry::Field::ZhSummary,
                                                entry.zhSummary() + QString::number(i % 10));
        ms.push_back(timer.nsecsElapsed() / 1e6);
        if (!r.saved()) {
            state.SkipWithError(qPrintable(r.error.message));
            return;
        }
        entry.setRevision(r.revision);
        ++i;
    }
    percentiles(state, ms);
}

void registerFor(const char *backend, const QString &location)
{
    const QStringList english{QStringLiteral("diffusion"),
                              QStringLiteral("graph neural"),
                              QStringLiteral("reinforcement policy"),
                              QStringLiteral("implicit regularization"),
                              QStringLiteral("transformer"),
                              QStringLiteral("point cloud"),
                              QStringLiteral("protein molecule"),
                              QStringLiteral("distillation")};
    const QStringList chinese{QStringLiteral("扩散模型"),      QStringLiteral("图神经网络"),
                              QStringLiteral("强化学习"),      QStringLiteral("数据增强"),
                              QStringLiteral("联邦学习 隐私"), QStringLiteral("混合专家"),
                              QStringLiteral("辐射场"),        QStringLiteral("对比学习")};
    const QStringList chineseShort{QStringLiteral("蒸馏"), QStringLiteral("点云"), QStringLiteral("量化"),
                                   QStringLiteral("剪枝")};
    const std::string b(backend);
    benchmark::RegisterBenchmark((b + "/OpenAndLoadLatest").c_str(), openAndLoadLatest, location)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(50);
    benchmark::RegisterBenchmark((b + "/SearchEnglish").c_str(), search, location, english)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(200);
    benchmark::RegisterBenchmark((b + "/SearchChinese").c_str(), search, location, chinese)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(200);
    benchmark::RegisterBenchmark((b + "/SearchChineseTwoCharacters").c_str(), search, location, chineseShort)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(40);
    benchmark::RegisterBenchmark((b + "/SaveField").c_str(), saveField, location)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(500);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString dir = env.value(QStringLiteral("DIGEST_BENCH_DIR"));
    if (dir.isEmpty())
        dir = QDir::tempPath();
    registerFor("sqlite", QDir(dir).filePath(QStringLiteral("digest-bench-library.sqlite")));
    const QString pg = env.value(QStringLiteral("DIGEST_TEST_PG"));
    if (!pg.isEmpty()) {
        QUrl url(pg);
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("schema"), QStringLiteral("bench_library"));
        url.setQuery(query);
        registerFor("postgresql", url.toString());
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
