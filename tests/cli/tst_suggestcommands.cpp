// digestctl suggest, suggest-eval and history import, in this process, on a scratch SQLite library holding a
// synthetic history.
#include "inprocessctl.h"
#include "storage/library.h"
#include "synthetichistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

namespace {

QByteArray jsonl(const QVector<ListingDay> &days)
{
    QByteArray out;
    for (const ListingDay &day : days) {
        QJsonArray listing;
        for (const Paper &p : day.listing)
            listing.append(p.toJson());
        out += QJsonDocument(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                         {QStringLiteral("listing"), listing},
                                         {QStringLiteral("picked"), QJsonArray::fromStringList(day.picked)}})
                   .toJson(QJsonDocument::Compact) +
               '\n';
    }
    return out;
}

Test::SyntheticHistory::Options small()
{
    Test::SyntheticHistory::Options options;
    options.days = 20;
    options.papersPerDay = 80;
    return options;
}

} // namespace

class TestSuggestCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }

    QString freshLibrary() { return m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)); }

    static Test::CtlRun ctl(const QString &db, const QStringList &arguments)
    {
        return Test::runCtl(QStringList{QStringLiteral("--db"), db} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::useScratchSettings(m_dir.path()));
    }

    void importThenSuggest()
    {
        Test::SyntheticHistory synthetic(small());
        const QString db = freshLibrary();
        const QString file = write(QStringLiteral("history.jsonl"), jsonl(synthetic.history()));
        Test::CtlRun run = ctl(db, {QStringLiteral("history"), QStringLiteral("import"), file});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("20"));

        run = ctl(db, {QStringLiteral("suggest"), QStringLiteral("--date"), QStringLiteral("2026-01-20"),
                       QStringLiteral("--top"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QJsonArray ranked = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(ranked.size(), 5);
        double previous = 1e9;
        for (const QJsonValue &v : ranked) {
            const QJsonObject s = v.toObject();
            QVERIFY(!s.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(s.value(QStringLiteral("score")).toDouble() <= previous);
            previous = s.value(QStringLiteral("score")).toDouble();
            QVERIFY(!s.value(QStringLiteral("reasons")).toArray().isEmpty());
        }

        // A listing from a file (as `digestctl listing --json` prints it), text output.
        QJsonArray papers;
        for (const Paper &p : synthetic.listing(30, QDate(2026, 2, 1)))
            papers.append(p.toJson());
        const QString listing = write(QStringLiteral("listing.json"), QJsonDocument(papers).toJson());
        run = ctl(db, {QStringLiteral("suggest"), QStringLiteral("--listing"), listing});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 30);

        // A score threshold keeps the head of the same ranking: the best paper, not the worst.
        const QStringList all = run.out.trimmed().split(QLatin1Char('\n'));
        run = ctl(db, {QStringLiteral("suggest"), QStringLiteral("--listing"), listing,
                       QStringLiteral("--min-score"), QStringLiteral("50")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QStringList kept = run.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(kept.size() >= 1 && kept.size() < all.size(), qPrintable(run.out));
        QCOMPARE(kept, all.mid(0, kept.size()));
        run = ctl(db, {QStringLiteral("suggest"), QStringLiteral("--listing"), listing,
                       QStringLiteral("--min-score"), QStringLiteral("100")});
        QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')), all.mid(0, 1));
    }

    void suggestRefusals()
    {
        const QString db = freshLibrary();
        Test::CtlRun run =
            ctl(db, {QStringLiteral("suggest"), QStringLiteral("--date"), QStringLiteral("2026-02-30")});
        QCOMPARE(run.status, 2);
        QVERIFY(run.err.contains(QStringLiteral("--date")));
        run = ctl(db, {QStringLiteral("suggest"), QStringLiteral("--top"), QStringLiteral("0")});
        QCOMPARE(run.status, 2);
        for (const char *bad : {"101", "-1", "half"}) {
            run =
                ctl(db, {QStringLiteral("suggest"), QStringLiteral("--min-score"), QString::fromLatin1(bad)});
            QCOMPARE(run.status, 2);
            QVERIFY2(run.err.contains(QStringLiteral("--min-score must be a percentage")),
                     qPrintable(run.err));
        }
        run = ctl(db, {QStringLiteral("suggest"), QStringLiteral("--date"), QStringLiteral("2026-01-05")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no listing is stored for 2026-01-05")),
                 qPrintable(run.err));
        const QString broken = write(QStringLiteral("broken.json"), "[{\"title\": \"no id\"}]");
        run = ctl(db, {QStringLiteral("suggest"), QStringLiteral("--listing"), broken});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("paper 1 has no \"id\"")), qPrintable(run.err));
    }

    void evaluate()
    {
        Test::SyntheticHistory synthetic(small());
        const QString db = freshLibrary();
        const QString file = write(QStringLiteral("eval.jsonl"), jsonl(synthetic.history()));
        QCOMPARE(ctl(db, {QStringLiteral("history"), QStringLiteral("import"), file}).status, 0);
        const Test::CtlRun run = ctl(db, {QStringLiteral("suggest-eval"), QStringLiteral("--json")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("days")).toInt(), 19);
        for (const char *metric : {"recall_at_9", "recall_at_50", "ndcg_at_20", "map"}) {
            const QJsonObject row = result.value(QString::fromLatin1(metric)).toObject();
            for (const char *method : {"model", "random", "feed_order", "centroid"})
                QVERIFY2(row.contains(QString::fromLatin1(method)), metric);
        }
        const QJsonObject map = result.value(QStringLiteral("map")).toObject();
        QVERIFY(map.value(QStringLiteral("model")).toDouble() >
                map.value(QStringLiteral("random")).toDouble());
        const Test::CtlRun text = ctl(db, {QStringLiteral("suggest-eval")});
        QVERIFY(text.out.startsWith(QStringLiteral("days\t19")));
    }

    void badHistoryChangesNothing()
    {
        Test::SyntheticHistory synthetic(small());
        const QString db = freshLibrary();
        QByteArray bytes = jsonl(synthetic.history().mid(0, 2));
        bytes +=
            "{\"date\":\"2026-01-09\",\"listing\":[{\"id\":\"2601.00001\"}],\"picked\":[\"2601.00002\"]}\n";
        const QString file = write(QStringLiteral("bad.jsonl"), bytes);
        const Test::CtlRun run = ctl(db, {QStringLiteral("history"), QStringLiteral("import"), file});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(
                     QStringLiteral("bad.jsonl: line 3: the picked paper 2601.00002 is not in the listing")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("nothing was imported")));
        auto library = Library::open(db);
        QVERIFY(library);
        QCOMPARE(library->listingHistory().size(), 0);
        QCOMPARE(ctl(db, {QStringLiteral("history"), QStringLiteral("export"), file}).status, 2);
    }
};

QTEST_GUILESS_MAIN(TestSuggestCommands)
#include "tst_suggestcommands.moc"
