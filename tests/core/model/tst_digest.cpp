#include "model/digest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace DigestStudio;

class TestDigest final : public QObject
{
    Q_OBJECT

private:
    static DigestEntry entry(const QString &id, const QString &zhTitle)
    {
        DigestEntry e;
        e.setArxivId(id);
        e.setZhTitle(zhTitle);
        e.setTag(QStringLiteral("LG"));
        return e;
    }

    static Digest sample()
    {
        Digest d;
        d.setDate(QDate(2022, 10, 14));
        d.setTitle(QStringLiteral("爱可可 AI 前沿推介"));
        d.setLegend(Digest::defaultLegend());
        d.setAttribution(QStringLiteral("转自爱可可爱生活"));
        d.setSummaryLabel(Digest::defaultSummaryLabel());
        d.setFooter(Digest::defaultFooter());
        d.entries().append(entry(QStringLiteral("2210.06441"),
                                 QStringLiteral("数据增强相当于增加了多少数据?对缩放率的研究")));
        d.entries().append(
            entry(QStringLiteral("2210.05337"), QStringLiteral("基于大步长SGD的稀疏特征学习")));
        d.entries().append(entry(QStringLiteral("2210.03044"),
                                 QStringLiteral("揭开彩票假说的面纱:中奖彩票的掩码编码了什么?")));
        return d;
    }

private Q_SLOTS:
    void summaryJoinsShortTitlesInOrder()
    {
        QCOMPARE(
            sample().summaryText(),
            QStringLiteral("数据增强相当于增加了多少数据、基于大步长SGD的稀疏特征学习、揭开彩票假说的面纱"));
    }

    // Regression: an entry with no short title yet (no Chinese title) added an empty piece, so the
    // 摘要 line ended in "、" (or held "、、"). Only the titles there are joined.
    void summarySkipsEntriesWithoutAShortTitle()
    {
        Digest d = sample();
        d.entries().append(entry(QStringLiteral("2210.00001"), QString()));
        QCOMPARE(d.summaryText(), sample().summaryText());
        d.entries().insert(1, entry(QStringLiteral("2210.00002"), QStringLiteral(" :副标题")));
        QCOMPARE(d.summaryText(), sample().summaryText());
        Digest untitled;
        untitled.entries().append(entry(QStringLiteral("2210.00003"), QString()));
        QCOMPARE(untitled.summaryText(), QString());
    }

    // Regression (fuzz-digestimporter): a short title ending in "、" made "看、、…", which imports as
    // "看" and an entry without a title, so the post changed on its way back. The title's own "、" at
    // either end is left out of the line; one inside stays.
    void summaryLeavesOutASeparatorAtATitlesEnds()
    {
        Digest d;
        d.entries().append(entry(QStringLiteral("2210.00001"), QStringLiteral("看、:正文")));
        d.entries().append(entry(QStringLiteral("2210.00002"), QStringLiteral("、量子、行走、、")));
        d.entries().append(entry(QStringLiteral("2210.00003"), QStringLiteral("、:只有顿号")));
        QCOMPARE(d.summaryText(), QStringLiteral("看、量子、行走"));
    }

    void jsonHasTheContractsFields()
    {
        const QJsonObject o = sample().toJson();
        for (const char *key :
             {"id", "date", "title", "legend", "attribution", "summary_label", "footer", "entries"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2022-10-14"));
        const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("position")).toInt(), 3);
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("arxiv_id")).toString(),
                 QStringLiteral("2210.03044"));
    }

    void jsonRoundTrip()
    {
        const Digest d = sample();
        const Digest back =
            Digest::fromJson(QJsonDocument::fromJson(QJsonDocument(d.toJson()).toJson()).object());
        QCOMPARE(back, d);
    }

    void fromJsonOrdersEntriesByPosition()
    {
        QJsonObject o = sample().toJson();
        QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
        QJsonArray reversed;
        for (int i = entries.size() - 1; i >= 0; --i)
            reversed.append(entries.at(i));
        o.insert(QStringLiteral("entries"), reversed);
        const Digest back = Digest::fromJson(o);
        QCOMPARE(back.entries().at(0).arxivId(), QStringLiteral("2210.06441"));
        QCOMPARE(back.entries().at(2).arxivId(), QStringLiteral("2210.03044"));
    }

    void copiesAreIndependent()
    {
        const Digest a = sample();
        Digest b = a;
        b.entries()[0].setZhTitle(QStringLiteral("别的"));
        QVERIFY(a != b);
        QCOMPARE(a.entries().at(0).arxivId(), QStringLiteral("2210.06441"));
        QCOMPARE(a.entries().at(0).zhTitle().left(2), QStringLiteral("数据"));
    }
};

QTEST_APPLESS_MAIN(TestDigest)
#include "tst_digest.moc"
