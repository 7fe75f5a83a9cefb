// ListingParser: the daily RSS and Atom listings, announce types, dc:creator affiliations, empty days.
#include "arxiv/listingparser.h"
#include "testsupport.h"

#include <QtTest>

using namespace DigestStudio;

class TestListingParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRssItems()
    {
        const ListingParser::Result r =
            ListingParser::parse(Test::fixture(QStringLiteral("arxiv/listing-rss.xml")));
        QVERIFY2(r.ok(), qPrintable(r.parseError));
        QCOMPARE(r.items.size(), 5);
        QCOMPARE(r.title, QStringLiteral("cs.LG+cs.CV updates on arXiv.org"));
        QCOMPARE(r.announced.date(), QDate(2026, 11, 26));
        QCOMPARE(r.skipDays, (QStringList{QStringLiteral("Saturday"), QStringLiteral("Sunday")}));
        const ListingParser::Item &first = r.items.at(0);
        QCOMPARE(first.type, ListingParser::AnnounceType::New);
        QCOMPARE(first.paper.id(), QStringLiteral("2611.10001"));
        QCOMPARE(first.paper.version(), 1);
        QCOMPARE(first.paper.abstract(), QStringLiteral("We study sparse mixtures of experts at scale."));
        QCOMPARE(first.paper.primaryCategory(), QStringLiteral("cs.LG"));
        QCOMPARE(first.paper.authors(), (QStringList{QStringLiteral("Ann Lee"), QStringLiteral("Bo Chen"),
                                                     QStringLiteral("Carl Dunn")}));
        QCOMPARE(first.paper.affiliations(),
                 (QStringList{QStringLiteral("University of California, Berkeley"),
                              QStringLiteral("Tsinghua University"), QString()}));
        QCOMPARE(first.paper.absUrl(), QStringLiteral("https://arxiv.org/abs/2611.10001"));
        QCOMPARE(r.items.at(2).type, ListingParser::AnnounceType::Cross);
        QCOMPARE(r.items.at(3).type, ListingParser::AnnounceType::Replace);
        QCOMPARE(r.items.at(3).paper.version(), 3);
        QCOMPARE(r.items.at(3).paper.doi(), QStringLiteral("10.1000/xyz.2025.42"));
        QCOMPARE(r.items.at(3).paper.journalRef(), QStringLiteral("Journal of Things 3 (2025) 1-20"));
        QCOMPARE(r.items.at(4).type, ListingParser::AnnounceType::ReplaceCross);
        QCOMPARE(r.items.at(4).announceType, QStringLiteral("replace-cross"));
    }

    void nestedParenthesesAndAnd()
    {
        const ListingParser::Result r =
            ListingParser::parse(Test::fixture(QStringLiteral("arxiv/listing-rss.xml")));
        const Paper &p = r.items.at(1).paper;
        QCOMPARE(p.title(), QStringLiteral("Seeing Through Fog (and Rain)"));
        QCOMPARE(p.authors(), (QStringList{QStringLiteral("Dana Fox"), QStringLiteral("Eli Gold"),
                                           QStringLiteral("Farah Khan")}));
        QCOMPARE(p.affiliations(),
                 // The feed's TeX accent becomes the letter (`T\\"ubingen`).
                 (QStringList{QStringLiteral(
                                  "Max Planck Institute for Intelligent Systems, Tübingen, Germany (MPI-IS)"),
                              QString(), QStringLiteral("Google DeepMind, London")}));
    }

    void splitsCreators_data()
    {
        QTest::addColumn<QString>("creators");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("affiliations");
        QTest::newRow("plain") << QStringLiteral("Antonin Monteil, Paul Pegon")
                               << QStringList{QStringLiteral("Antonin Monteil"), QStringLiteral("Paul Pegon")}
                               << QStringList();
        QTest::newRow("comma inside affiliation")
            << QStringLiteral("A B (Univ. of X, Y, Z), C D")
            << QStringList{QStringLiteral("A B"), QStringLiteral("C D")}
            << QStringList{QStringLiteral("Univ. of X, Y, Z"), QString()};
        QTest::newRow("one author with line breaks")
            << QStringLiteral("  Solo\n Author  (Lab)  ") << QStringList{QStringLiteral("Solo Author")}
            << QStringList{QStringLiteral("Lab")};
        QTest::newRow("final and") << QStringLiteral("A, B, and C (Inst)")
                                   << QStringList{QStringLiteral("A"), QStringLiteral("B"),
                                                  QStringLiteral("C")}
                                   << QStringList{QString(), QString(), QStringLiteral("Inst")};
        QTest::newRow("empty") << QString() << QStringList() << QStringList();
    }

    void splitsCreators()
    {
        QFETCH(QString, creators);
        QFETCH(QStringList, names);
        QFETCH(QStringList, affiliations);
        QStringList gotNames;
        QStringList gotAffiliations;
        ListingParser::splitCreators(creators, &gotNames, &gotAffiliations);
        QCOMPARE(gotNames, names);
        QCOMPARE(gotAffiliations, affiliations);
    }

    void readsAtomListing()
    {
        const ListingParser::Result r =
            ListingParser::parse(Test::fixture(QStringLiteral("arxiv/listing-atom.xml")));
        QVERIFY2(r.ok(), qPrintable(r.parseError));
        QCOMPARE(r.items.size(), 2);
        const Paper &p = r.items.first().paper;
        QCOMPARE(r.items.first().type, ListingParser::AnnounceType::New);
        QCOMPARE(p.id(), QStringLiteral("2611.20001"));
        QCOMPARE(p.title(), QStringLiteral("Tokenisers Matter"));
        QCOMPARE(p.abstract(), QStringLiteral("Tokenisers matter."));
        QCOMPARE(p.affiliations(), (QStringList{QStringLiteral("KAIST, Daejeon"), QString()}));
        QCOMPARE(p.categories(), (QStringList{QStringLiteral("cs.CL"), QStringLiteral("cs.AI")}));
        QCOMPARE(r.items.at(1).type, ListingParser::AnnounceType::Replace);
        QCOMPARE(r.items.at(1).paper.version(), 4);
        QCOMPARE(r.announced.date(), QDate(2026, 11, 26));
    }

    void weekendFeedIsEmpty()
    {
        const ListingParser::Result r =
            ListingParser::parse(Test::fixture(QStringLiteral("arxiv/rss-cs-weekend-empty.xml")));
        QVERIFY(r.ok());
        QVERIFY(r.items.isEmpty());
        QCOMPARE(r.announced.date().dayOfWeek(), 7);
        QCOMPARE(r.skipDays.size(), 2);
    }

    // Found by fuzz-arxivparsers: an Atom error entry (no arXiv id anywhere) came back as a paper with an
    // empty id. Such items are left out and counted.
    void itemsWithoutAnIdAreLeftOutAndCounted()
    {
        const ListingParser::Result r = ListingParser::parse(
            "<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>https://arxiv.org/api/errors#incorrect_id"
            "</id><title>Error</title></entry><entry><id>oai:arXiv.org:2611.20001v1</id><title>T</title></"
            "entry>"
            "</feed>");
        QVERIFY2(r.ok(), qPrintable(r.parseError));
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items.first().paper.id(), QStringLiteral("2611.20001"));
        QCOMPARE(r.withoutId, 1);
        const ListingParser::Result rss = ListingParser::parse(
            "<rss version='2.0'><channel><item><title>no link</title></item></channel></rss>");
        QVERIFY(rss.ok());
        QVERIFY(rss.items.isEmpty());
        QCOMPARE(rss.withoutId, 1);
    }

    void notAFeed()
    {
        const ListingParser::Result r = ListingParser::parse("<html><body>Oops</body></html>");
        QVERIFY(!r.ok());
        QVERIFY2(r.parseError.contains(QStringLiteral("<html>")), qPrintable(r.parseError));
        const ListingParser::Result broken =
            ListingParser::parse("<rss version='2.0'><channel><item><title>x");
        QVERIFY(!broken.ok());
        QVERIFY2(broken.parseError.contains(QStringLiteral("line 1")), qPrintable(broken.parseError));
    }
};

QTEST_GUILESS_MAIN(TestListingParser)
#include "tst_listingparser.moc"
