// HistoryJsonl: a good history read day by day; every kind of bad line refused with its line number.
#include "formats/historyjsonl.h"

#include <QtTest>

using namespace DigestStudio;

namespace {

QByteArray line(const QByteArray &date, const QByteArray &ids, const QByteArray &picked)
{
    QByteArray listing;
    for (const QByteArray &id : ids.split(',')) {
        if (id.isEmpty())
            continue;
        listing += (listing.isEmpty() ? "" : ",") + QByteArray("{\"id\":\"") + id + "\",\"title\":\"T " + id +
                   "\",\"authors\":[\"Ann Lee\"],\"abstract\":\"A\","
                   "\"primary_category\":\"cs.LG\",\"categories\":[\"cs.LG\"]}";
    }
    return "{\"date\":\"" + date + "\",\"listing\":[" + listing + "],\"picked\":[" + picked + "]}\n";
}

} // namespace

class TestHistoryJsonl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDays()
    {
        const QByteArray bytes = line("2026-01-05", "2601.00001,2601.00002v2", "\"2601.00002\"") + "\n" +
                                 line("2026-01-06", "2601.00003", "");
        QVector<ListingDay> days;
        QString error;
        QVERIFY2(HistoryJsonl::parse(bytes, &days, &error), qPrintable(error));
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0).date, QDate(2026, 1, 5));
        QCOMPARE(days.at(0).listing.size(), 2);
        QCOMPARE(days.at(0).listing.at(1).id(), QStringLiteral("2601.00002"));
        QCOMPARE(days.at(0).listing.at(1).authors(), QStringList{QStringLiteral("Ann Lee")});
        QCOMPARE(days.at(0).picked, QStringList{QStringLiteral("2601.00002")});
        QCOMPARE(days.at(1).picked, QStringList());
    }

    void refusesBadLines_data()
    {
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"date\": 2026-01-06")
                                  << QStringLiteral("line 2: not JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("line 2: not a JSON object");
        QTest::newRow("bad date") << line("2026-13-06", "2601.00003", "")
                                  << QStringLiteral("line 2: \"date\" must be a date");
        QTest::newRow("date repeated")
            << line("2026-01-05", "2601.00003", "")
            << QStringLiteral("line 2: the date 2026-01-05 is already given on line 1");
        QTest::newRow("listing not an array")
            << QByteArray("{\"date\":\"2026-01-06\",\"listing\":{},\"picked\":[]}")
            << QStringLiteral("line 2: \"listing\" must be an array");
        QTest::newRow("paper without id")
            << line("2026-01-06", "x", "")
            << QStringLiteral("line 2: paper 1 of the listing has no valid \"id\"");
        QTest::newRow("paper repeated")
            << line("2026-01-06", "2601.00003,2601.00003", "")
            << QStringLiteral("line 2: paper 2 of the listing repeats 2601.00003");
        QTest::newRow("picked not listed")
            << line("2026-01-06", "2601.00003", "\"2601.00009\"")
            << QStringLiteral("line 2: the picked paper 2601.00009 is not in the listing");
        QTest::newRow("picked not an id")
            << line("2026-01-06", "2601.00003", "7")
            << QStringLiteral("line 2: \"picked\" holds something that is not an arXiv id");
        QTest::newRow("picked missing") << QByteArray("{\"date\":\"2026-01-06\",\"listing\":[]}")
                                        << QStringLiteral("line 2: \"picked\" must be an array");
    }
    void refusesBadLines()
    {
        QFETCH(QByteArray, second);
        QFETCH(QString, message);
        QVector<ListingDay> days;
        QString error;
        QVERIFY(!HistoryJsonl::parse(line("2026-01-05", "2601.00001", "") + second, &days, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY(days.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryJsonl)
#include "tst_historyjsonl.moc"
