// AtomParser: arXiv API answers in the old and the 2025+ format, error entries, empty results.
#include "arxiv/atomparser.h"
#include "testsupport.h"

#include <QtTest>

using namespace DigestStudio;

class TestAtomParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsThe2026Format()
    {
        const AtomParser::Result r =
            AtomParser::parse(Test::fixture(QStringLiteral("arxiv/api-2026-id_list-1605.08386.xml")));
        QVERIFY2(r.ok(), qPrintable(r.parseError + r.apiError));
        QCOMPARE(r.totalResults, 1);
        QCOMPARE(r.itemsPerPage, 100);
        QCOMPARE(r.papers.size(), 1);
        const Paper &p = r.papers.first();
        QCOMPARE(p.id(), QStringLiteral("1605.08386"));
        QCOMPARE(p.version(), 1);
        QCOMPARE(p.title(), QStringLiteral("Heat-bath random walks with Markov bases"));
        QCOMPARE(p.authors(),
                 (QStringList{QStringLiteral("Caprice Stanley"), QStringLiteral("Tobias Windisch")}));
        QVERIFY(p.affiliations().isEmpty());
        QCOMPARE(p.primaryCategory(), QStringLiteral("math.CO"));
        QCOMPARE(p.categories(), (QStringList{QStringLiteral("math.CO"), QStringLiteral("math.ST")}));
        QCOMPARE(p.comment(), QStringLiteral("20 pages, 3 figures"));
        QCOMPARE(p.published(), QDateTime(QDate(2016, 5, 26), QTime(17, 59, 46), Qt::UTC));
        QCOMPARE(p.absUrl(), QStringLiteral("https://arxiv.org/abs/1605.08386v1"));
        QCOMPARE(p.pdfUrl(), QStringLiteral("https://arxiv.org/pdf/1605.08386v1"));
        QVERIFY(p.abstract().startsWith(QStringLiteral("Graphs on lattice points")));
    }

    void readsThe2016Format()
    {
        const AtomParser::Result r =
            AtomParser::parse(Test::fixture(QStringLiteral("arxiv/api-2016-id_list-1111.2011v2.xml")));
        QVERIFY(r.ok());
        QCOMPARE(r.totalResults, 1);
        QCOMPARE(r.itemsPerPage, 10);
        QCOMPARE(r.papers.size(), 1);
        const Paper &p = r.papers.first();
        QCOMPARE(p.id(), QStringLiteral("1111.2011"));
        QCOMPARE(p.version(), 2);
        // The old backend wrapped titles at ~80 columns.
        QCOMPARE(p.title(),
                 QStringLiteral("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large "
                                "Connectivity Limit"));
        QVERIFY(
            p.abstract().startsWith(QStringLiteral("Theoretical description of anisotropic systems, such as "
                                                   "layered superconductors")));
        QVERIFY(!p.abstract().contains(QLatin1Char('\n')));
        QCOMPARE(p.primaryCategory(), QStringLiteral("cond-mat.str-el"));
        QCOMPARE(p.doi(), QStringLiteral("10.1103/PhysRevB.85.115117"));
        QCOMPARE(p.journalRef(), QStringLiteral("Phys. Rev. B 85, 115117 (2012)"));
        QCOMPARE(p.pdfUrl(), QStringLiteral("http://arxiv.org/pdf/1111.2011v2"));
        QCOMPARE(p.absUrl(), QStringLiteral("http://arxiv.org/abs/1111.2011v2"));
        QCOMPARE(p.updated(), QDateTime(QDate(2012, 4, 2), QTime(12, 38, 54), Qt::UTC));
        QCOMPARE(p.authors().size(), 3);
    }

    void readsSeveralEntriesInAnyOrder()
    {
        const AtomParser::Result r = AtomParser::parse(Test::fixture(QStringLiteral("arxiv/api-three.xml")));
        QVERIFY(r.ok());
        QCOMPARE(r.papers.size(), 3);
        const Paper &a = r.papers.at(0);
        QCOMPARE(a.id(), QStringLiteral("2210.06441"));
        QCOMPARE(a.version(), 2);
        QCOMPARE(a.title(),
                 QStringLiteral("How Much Data Are Augmentations Worth? An Investigation into Scaling "
                                "Laws, Invariance, and Implicit Regularization"));
        QCOMPARE(a.affiliations().size(), 6);
        QCOMPARE(a.affiliations().at(1), QStringLiteral("New York University"));
        QCOMPARE(a.pdfUrl(), QStringLiteral("https://arxiv.org/pdf/2210.06441v2")); // no title="pdf"
        QCOMPARE(a.comment(), QStringLiteral("ICLR 2023, Code available"));
        // Elements of the second entry come in a shuffled order; the old-style id loses its subject class.
        const Paper &b = r.papers.at(1);
        QCOMPARE(b.id(), QStringLiteral("math/0611800"));
        QCOMPARE(b.version(), 2);
        QCOMPARE(b.primaryCategory(), QStringLiteral("math.CA"));
        QCOMPARE(b.doi(), QStringLiteral("10.1000/jat.2007.1"));
        QCOMPARE(b.authors().first(), QStringLiteral("T. Konstantin Rusch"));
        const Paper &c = r.papers.at(2);
        QCOMPARE(c.title(), QStringLiteral("Eight Authors Walk Into a Lab & Out"));
        QCOMPARE(c.authors().size(), 8);
        QCOMPARE(c.affiliations().first(), QStringLiteral("Analytical Engines Ltd; Royal Society"));
        QCOMPARE(c.affiliations().at(1), QString());
        QCOMPARE(c.categories(), (QStringList{QStringLiteral("eess.AS"), QStringLiteral("cs.SD")}));
    }

    void namespacesAreMatchedByUriNotPrefix()
    {
        const QByteArray feed =
            "<a:feed xmlns:a='http://www.w3.org/2005/Atom' xmlns:x='http://arxiv.org/schemas/atom'>"
            "<a:entry><a:id>http://arxiv.org/abs/2210.06441v1</a:id><a:title>T</a:title>"
            "<x:primary_category term='cs.CL'/><a:author><a:name>N M</a:name>"
            "<x:affiliation>Lab</x:affiliation></a:author>"
            "<title>not atom</title></a:entry></a:feed>";
        const AtomParser::Result r = AtomParser::parse(feed);
        QVERIFY(r.ok());
        QCOMPARE(r.papers.size(), 1);
        QCOMPARE(r.papers.first().title(), QStringLiteral("T"));
        QCOMPARE(r.papers.first().primaryCategory(), QStringLiteral("cs.CL"));
        QCOMPARE(r.papers.first().affiliations(), QStringList{QStringLiteral("Lab")});
    }

    // arXiv's metadata may keep TeX accents in names and affiliations: they are read as the letters.
    void texAccentsInNamesAndAffiliationsAreLetters()
    {
        const QByteArray feed =
            "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:arxiv='http://arxiv.org/schemas/atom'>"
            "<entry><id>http://arxiv.org/abs/2210.06441v1</id><title>T</title>"
            "<author><name>J\\\"urgen M{\\\"u}ller</name>"
            "<arxiv:affiliation>Universit\\\"at T\\\"ubingen</arxiv:affiliation></author></entry></feed>";
        const AtomParser::Result r = AtomParser::parse(feed);
        QVERIFY(r.ok());
        QCOMPARE(r.papers.first().authors(), QStringList{QStringLiteral("Jürgen Müller")});
        QCOMPARE(r.papers.first().affiliations(), QStringList{QStringLiteral("Universität Tübingen")});
    }

    void errorEntryIsAnError()
    {
        const AtomParser::Result r =
            AtomParser::parse(Test::fixture(QStringLiteral("arxiv/api-error-400.xml")));
        QVERIFY(!r.ok());
        QCOMPARE(r.apiError, QStringLiteral("incorrect id format for 9912.99999"));
        QVERIFY(r.papers.isEmpty());
        QVERIFY(r.parseError.isEmpty());
    }

    // Found by fuzz-arxivparsers: an entry whose <id> is no arXiv id came back as a paper with that text as
    // its id. Such entries are left out and counted.
    void entryWithoutAnArxivIdIsLeftOut()
    {
        const AtomParser::Result r = AtomParser::parse(
            "<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>oai:arXiv.org:2611.20001v1</id>"
            "<title>T</title></entry><entry><id>http://arxiv.org/abs/2210.06441v2</id><title>U</title></"
            "entry>"
            "</feed>");
        QVERIFY(r.ok());
        QCOMPARE(r.papers.size(), 1);
        QCOMPARE(r.papers.first().id(), QStringLiteral("2210.06441"));
        QCOMPARE(r.withoutId, 1);
    }

    void emptyResultIsNotAnError()
    {
        const AtomParser::Result r = AtomParser::parse(Test::fixture(QStringLiteral("arxiv/api-empty.xml")));
        QVERIFY(r.ok());
        QCOMPARE(r.totalResults, 0);
        QVERIFY(r.papers.isEmpty());
    }

    void brokenInputSaysWhere_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray full = Test::fixture(QStringLiteral("arxiv/api-three.xml"));
        QTest::newRow("truncated") << full.left(full.size() / 2) << QStringLiteral("line ");
        QTest::newRow("html error page")
            << QByteArray("<html><body>Rate exceeded</body></html>") << QStringLiteral("not an Atom feed");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1");
    }

    void brokenInputSaysWhere()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const AtomParser::Result r = AtomParser::parse(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.parseError.contains(message), qPrintable(r.parseError));
    }
};

QTEST_GUILESS_MAIN(TestAtomParser)
#include "tst_atomparser.moc"
