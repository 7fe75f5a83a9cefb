// The cost of the contract's Digest JSON both ways (digestctl show --json, test fixtures).
#include "model/digest.h"

#include <QJsonDocument>

#include <benchmark/benchmark.h>

using namespace DigestStudio;

static Digest makeDigest(int entries)
{
    Digest d;
    d.setDate(QDate(2026, 11, 29));
    d.setLegend(Digest::defaultLegend());
    d.setSummaryLabel(Digest::defaultSummaryLabel());
    d.setFooter(Digest::defaultFooter());
    for (int i = 0; i < entries; ++i) {
        DigestEntry e;
        e.setArxivId(QStringLiteral("2210.%1").arg(10000 + i));
        e.setTitle(QStringLiteral("A fairly long English title about scaling laws and invariance, number %1")
                       .arg(i));
        e.setAuthorsLine(QStringLiteral("J Geiping, M Goldblum, G Somepalli, R Shwartz-Ziv..."));
        e.setZhTitle(QStringLiteral("数据增强相当于增加了多少数据?对缩放率、不变性和隐式正则化的研究"));
        e.setZhSummary(QString(600, QChar(0x6570)));
        e.setAbstract(QString(1500, QLatin1Char('a')));
        d.entries().append(e);
    }
    return d;
}

static void BM_DigestToJson(benchmark::State &state)
{
    const Digest d = makeDigest(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact));
}
BENCHMARK(BM_DigestToJson)->Arg(50)->Unit(benchmark::kMicrosecond);

static void BM_DigestFromJson(benchmark::State &state)
{
    const QByteArray bytes = QJsonDocument(makeDigest(static_cast<int>(state.range(0))).toJson()).toJson();
    for (auto _ : state)
        benchmark::DoNotOptimize(Digest::fromJson(QJsonDocument::fromJson(bytes).object()));
}
BENCHMARK(BM_DigestFromJson)->Arg(50)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
