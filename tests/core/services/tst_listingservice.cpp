// ListingService against a loopback rss.arxiv.org: new submissions only, cross-lists on request, a notice on
// weekends and holidays, RSS and Atom alike.
#include "loopbackhttpserver.h"
#include "services/listingservice.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

namespace {

QStringList ids(const QVector<Paper> &papers)
{
    QStringList list;
    for (const Paper &p : papers)
        list.append(p.id());
    return list;
}

} // namespace

class TestListingService final : public QObject
{
    Q_OBJECT

private:
    Server *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ArxivClient *m_client = nullptr;
    ListingService *m_listing = nullptr;

    void serve(const QString &path, const QString &fixture)
    {
        m_server->route(path, Server::ok(Test::fixture(fixture), "application/rss+xml"));
    }

private Q_SLOTS:
    void init()
    {
        m_server = new Server;
        QVERIFY(m_server->listen());
        m_network = new QNetworkAccessManager;
        m_client = new ArxivClient(m_network);
        m_client->setListingUrl(m_server->url(QStringLiteral("/rss/")));
        m_client->setIntervalMs(10);
        m_client->setMaxRetries(0);
        m_listing = new ListingService(m_client);
    }

    void cleanup()
    {
        delete m_listing;
        delete m_client;
        delete m_network;
        delete m_server;
    }

    void newSubmissionsOnly()
    {
        serve(QStringLiteral("/rss/cs.LG+cs.CV"), QStringLiteral("arxiv/listing-rss.xml"));
        const ArxivClient::ListingResult result =
            m_listing->fetchAndWait({QStringLiteral("cs.LG"), QStringLiteral("cs.CV")}, false);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(ids(ListingService::papers(result)),
                 (QStringList{QStringLiteral("2611.10001"), QStringLiteral("2611.10002")}));
        QVERIFY(result.notice.isEmpty());
        QCOMPARE(m_server->requests().first().path, QStringLiteral("/rss/cs.LG+cs.CV"));
    }

    void crossListsOnRequestReplacementsNever()
    {
        serve(QStringLiteral("/rss/cs.LG+cs.CV"), QStringLiteral("arxiv/listing-rss.xml"));
        const ArxivClient::ListingResult result =
            m_listing->fetchAndWait({QStringLiteral("cs.LG"), QStringLiteral("cs.CV")}, true);
        QCOMPARE(ids(ListingService::papers(result)),
                 (QStringList{QStringLiteral("2611.10001"), QStringLiteral("2611.10002"),
                              QStringLiteral("2611.10003")}));
    }

    void atomFeedsToo()
    {
        serve(QStringLiteral("/rss/cs.CL"), QStringLiteral("arxiv/listing-atom.xml"));
        const ArxivClient::ListingResult result = m_listing->fetchAndWait({QStringLiteral("cs.CL")}, true);
        QCOMPARE(ids(ListingService::papers(result)), QStringList{QStringLiteral("2611.20001")});
    }

    void weekendsAndHolidaysGiveANotice_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("notice");
        QTest::newRow("weekend") << QStringLiteral("arxiv/listing-weekend-empty.xml")
                                 << QStringLiteral("Saturdays and Sundays");
        QTest::newRow("holiday") << QStringLiteral("arxiv/listing-holiday-empty.xml")
                                 << QStringLiteral("probably a holiday");
    }

    void weekendsAndHolidaysGiveANotice()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, notice);
        serve(QStringLiteral("/rss/cs.LG"), fixture);
        const ArxivClient::ListingResult result = m_listing->fetchAndWait({QStringLiteral("cs.LG")}, false);
        QVERIFY(result.error.isEmpty());
        QVERIFY(ListingService::papers(result).isEmpty());
        QVERIFY2(result.notice.contains(notice), qPrintable(result.notice));
    }

    void signalsOnlyItsOwnFetches()
    {
        serve(QStringLiteral("/rss/cs.LG"), QStringLiteral("arxiv/listing-rss.xml"));
        QSignalSpy finished(m_listing, &ListingService::finished);
        QSignalSpy clientFinished(m_client, &ArxivClient::listingFinished);
        m_client->fetchListing({QStringLiteral("cs.LG")});
        const quint64 mine = m_listing->fetch({QStringLiteral("cs.LG")}, false);
        QTRY_COMPARE(clientFinished.count(), 2);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<quint64>(), mine);
    }

    void defaultsAreKept()
    {
        m_listing->setDefaultCategories({QStringLiteral("cs.RO")});
        m_listing->setCrossListsByDefault(true);
        QCOMPARE(m_listing->defaultCategories(), QStringList{QStringLiteral("cs.RO")});
        QVERIFY(m_listing->crossListsByDefault());
    }

    void whatIsACategory_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("category");
        QTest::newRow("cs.LG") << QStringLiteral("cs.LG") << true;
        QTest::newRow("eess.AS") << QStringLiteral("eess.AS") << true;
        QTest::newRow("archive") << QStringLiteral("math") << true;
        QTest::newRow("hep-th") << QStringLiteral("hep-th") << true;
        QTest::newRow("astro-ph.GA") << QStringLiteral("astro-ph.GA") << true;
        QTest::newRow("slash") << QStringLiteral("cs/LG") << false;
        QTest::newRow("space") << QStringLiteral("cs LG") << false;
        QTest::newRow("plus") << QStringLiteral("cs.LG+cs.CV") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper archive") << QStringLiteral("CS.LG") << false;
    }

    void whatIsACategory()
    {
        QFETCH(QString, text);
        QFETCH(bool, category);
        QCOMPARE(ListingService::isCategory(text), category);
    }
};

QTEST_GUILESS_MAIN(TestListingService)
#include "tst_listingservice.moc"
