// ListingHistoryStore through Library on SQLite and PostgreSQL: listings per day in feed order, picks from
// imports and from the day's digests, "not for us" marks, and an import that fails changing nothing.
#include "librarytests.h"
#include "scratchlibraries.h"
#include "storage/library.h"

#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::makeEntry;
using DigestStudio::Test::ScratchLibraries;

namespace {

Paper paper(const QString &id, const QString &title)
{
    Paper p;
    p.setId(id);
    p.setVersion(2);
    p.setTitle(title);
    p.setAbstract(QStringLiteral("About ") + title);
    p.setAuthors({QStringLiteral("Ann Lee"), QStringLiteral("Bo Chen")});
    p.setPrimaryCategory(QStringLiteral("cs.LG"));
    p.setCategories({QStringLiteral("cs.LG"), QStringLiteral("stat.ML")});
    return p;
}

QStringList ids(const QVector<Paper> &papers)
{
    QStringList list;
    for (const Paper &p : papers)
        list.append(p.id());
    return list;
}

} // namespace

class TestListingHistoryStore final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    static void backends() { Test::addBackendRows(); }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    void listingsPerDay_data() { backends(); }
    void listingsPerDay()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const QDate monday(2026, 11, 30);
        LibraryError error;
        QVERIFY2(library->storeListing(monday,
                                       {paper(QStringLiteral("2611.00002"), QStringLiteral("Second")),
                                        paper(QStringLiteral("2611.00001"), QStringLiteral("First"))},
                                       &error),
                 qPrintable(error.message));
        // Fetched again with another category: known papers keep their place, new ones follow.
        QVERIFY(library->storeListing(monday,
                                      {paper(QStringLiteral("2611.00003"), QStringLiteral("Third")),
                                       paper(QStringLiteral("2611.00001"), QStringLiteral("First, v2"))},
                                      &error));
        QVERIFY(library->storeListing(monday.addDays(-3),
                                      {paper(QStringLiteral("2611.00009"), QStringLiteral("Old"))}, &error));
        const qint64 digest = library->createDigest(monday, QString(), &error);
        QVERIFY(digest > 0);
        QVERIFY(library
                    ->appendEntry(digest, makeEntry(QStringLiteral("2611.00003"), QStringLiteral("Third"),
                                                    QStringLiteral("第三")))
                    .id() > 0);
        const QVector<ListingDay> days = library->listingHistory(QDate(), QDate(), &error);
        QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0).date, monday.addDays(-3));
        QCOMPARE(days.at(0).picked, QStringList());
        QCOMPARE(ids(days.at(1).listing),
                 (QStringList{QStringLiteral("2611.00002"), QStringLiteral("2611.00001"),
                              QStringLiteral("2611.00003")}));
        const Paper &first = days.at(1).listing.at(1);
        QCOMPARE(first.title(), QStringLiteral("First, v2"));
        QCOMPARE(first.abstract(), QStringLiteral("About First, v2"));
        QCOMPARE(first.authors(), (QStringList{QStringLiteral("Ann Lee"), QStringLiteral("Bo Chen")}));
        QCOMPARE(first.categories(), (QStringList{QStringLiteral("cs.LG"), QStringLiteral("stat.ML")}));
        QCOMPARE(first.primaryCategory(), QStringLiteral("cs.LG"));
        // The papers of that day's digest are its picks.
        QCOMPARE(days.at(1).picked, QStringList{QStringLiteral("2611.00003")});
        QCOMPARE(library->listingHistory(monday, monday).size(), 1);
        QVERIFY(!library->storeListing(QDate(), {paper(QStringLiteral("2611.00004"), QStringLiteral("x"))},
                                       &error));
    }

    void notForUs_data() { backends(); }
    void notForUs()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        LibraryError error;
        QVERIFY2(library->setNotForUs(QStringLiteral("2611.00002v3"), true, &error),
                 qPrintable(error.message));
        QVERIFY(library->setNotForUs(QStringLiteral("2611.00001"), true, &error));
        QVERIFY(library->setNotForUs(QStringLiteral("2611.00001"), true, &error)); // again: still one mark
        QCOMPARE(library->notForUs(),
                 (QStringList{QStringLiteral("2611.00001"), QStringLiteral("2611.00002")}));
        QVERIFY(library->setNotForUs(QStringLiteral("2611.00001"), false, &error));
        QCOMPARE(library->notForUs(), QStringList{QStringLiteral("2611.00002")});
        QVERIFY(!library->setNotForUs(QString(), true, &error));
    }

    void importAllOrNothing_data() { backends(); }
    void importAllOrNothing()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        LibraryError error;
        ListingDay good{QDate(2026, 1, 5),
                        {paper(QStringLiteral("2601.00001"), QStringLiteral("A")),
                         paper(QStringLiteral("2601.00002"), QStringLiteral("B"))},
                        {QStringLiteral("2601.00002")}};
        ListingDay bad{QDate(2026, 1, 6), {paper(QString(), QStringLiteral("no id"))}, {}};
        QVERIFY(!library->importHistory({good, bad}, &error));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(library->listingHistory().size(), 0);
        QVERIFY2(library->importHistory({good}, &error), qPrintable(error.message));
        const QVector<ListingDay> days = library->listingHistory();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).picked, QStringList{QStringLiteral("2601.00002")});
        QCOMPARE(library->digests().size(), 0); // an imported history creates no digests
    }
};

QTEST_GUILESS_MAIN(TestListingHistoryStore)
#include "tst_listinghistorystore.moc"
