// ListingService against a loopback rss.arxiv.org: new submissions only, cross-lists on request, a notice on
// weekends and holidays, RSS and Atom alike, and the listing-day rule.
#include "arxiv/arxivlane.h"
#include "arxiv/arxivlistingclient.h"
#include "loopbackhttpserver.h"
#include "services/listingservice.h"
#include "testsupport.h"
#include "util/requestscheduler.h"

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
    RequestScheduler *m_scheduler = nullptr;
    ArxivListingClient *m_client = nullptr;
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
        m_scheduler = new RequestScheduler(m_network);
        m_scheduler->setLane(ArxivLane::name(), ArxivLane::lane(10, 5000, 0));
        m_client = new ArxivListingClient(m_scheduler);
        m_client->setListingUrl(m_server->url(QStringLiteral("/rss/")));
        m_listing = new ListingService(m_client);
    }

    void cleanup()
    {
        delete m_listing;
        delete m_client;
        delete m_scheduler;
        delete m_network;
        delete m_server;
    }

    void newSubmissionsOnly()
    {
        serve(QStringLiteral("/rss/cs.LG+cs.CV"), QStringLiteral("arxiv/listing-rss.xml"));
        const ArxivListingResult result =
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
        const ArxivListingResult result =
            m_listing->fetchAndWait({QStringLiteral("cs.LG"), QStringLiteral("cs.CV")}, true);
        QCOMPARE(ids(ListingService::papers(result)),
                 (QStringList{QStringLiteral("2611.10001"), QStringLiteral("2611.10002"),
                              QStringLiteral("2611.10003")}));
    }

    void atomFeedsToo()
    {
        serve(QStringLiteral("/rss/cs.CL"), QStringLiteral("arxiv/listing-atom.xml"));
        const ArxivListingResult result = m_listing->fetchAndWait({QStringLiteral("cs.CL")}, true);
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
        const ArxivListingResult result = m_listing->fetchAndWait({QStringLiteral("cs.LG")}, false);
        QVERIFY(result.error.isEmpty());
        QVERIFY(ListingService::papers(result).isEmpty());
        QVERIFY2(result.notice.contains(notice), qPrintable(result.notice));
    }

    void signalsOnlyItsOwnFetches()
    {
        serve(QStringLiteral("/rss/cs.LG"), QStringLiteral("arxiv/listing-rss.xml"));
        QSignalSpy finished(m_listing, &ListingService::finished);
        QSignalSpy clientFinished(m_client, &ArxivListingClient::finished);
        m_client->fetch({QStringLiteral("cs.LG")}); // someone else's
        const quint64 mine = m_listing->fetch({QStringLiteral("cs.LG")}, false);
        QTRY_COMPARE(clientFinished.count(), 2);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<quint64>(), mine);
    }

    // The listing-day rule, in one place: a listing is announced for (and stored under) its feed's date,
    // today when the feed names none; the weekend notice follows the same day.
    void theListingDayIsTheFeedsDate()
    {
        ArxivListingResult fetched;
        fetched.announced = QDateTime(QDate(2025, 12, 25), QTime(0, 0), Qt::OffsetFromUTC, -5 * 3600);
        QCOMPARE(ListingService::listingDay(fetched), QDate(2025, 12, 25));
        fetched.announced = QDateTime();
        QCOMPARE(ListingService::listingDay(fetched), QDate::currentDate());
        fetched.announced = QDateTime(QDate(2025, 12, 27), QTime(0, 0), Qt::UTC); // a Saturday
        QVERIFY2(ListingService::select(fetched, false)
                     .notice.contains(QStringLiteral("2025-12-27 is a Saturday")),
                 qPrintable(ListingService::select(fetched, false).notice));
    }

    // The client hands every item over; the service keeps the new ones (and cross-lists when asked), once.
    void selectionLeavesReplacementsOutAndRepeatsOnce()
    {
        ArxivListingResult fetched;
        fetched.announced = QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC);
        const auto item = [](const QString &id, ListingParser::AnnounceType type) {
            ListingParser::Item i;
            i.paper.setId(id);
            i.type = type;
            return i;
        };
        using T = ListingParser::AnnounceType;
        fetched.items = {item(QStringLiteral("2611.1"), T::New), item(QStringLiteral("2611.2"), T::Replace),
                         item(QStringLiteral("2611.3"), T::Cross), item(QStringLiteral("2611.1"), T::New),
                         item(QStringLiteral("2611.4"), T::ReplaceCross)};
        QCOMPARE(ids(ListingService::papers(ListingService::select(fetched, false))),
                 QStringList{QStringLiteral("2611.1")});
        QCOMPARE(ids(ListingService::papers(ListingService::select(fetched, true))),
                 (QStringList{QStringLiteral("2611.1"), QStringLiteral("2611.3")}));
        fetched.items = {item(QStringLiteral("2611.2"), T::Replace)};
        QCOMPARE(ListingService::select(fetched, true).notice,
                 QStringLiteral("Only replacements of older papers were announced today."));
    }

    void cancelEndsTheFetch()
    {
        Server::Response slow = Server::ok(Test::fixture(QStringLiteral("arxiv/listing-rss.xml")));
        slow.delayMs = 30000;
        m_server->route(QStringLiteral("/rss/cs.LG"), slow);
        QSignalSpy finished(m_listing, &ListingService::finished);
        const quint64 op = m_listing->fetch({QStringLiteral("cs.LG")}, false);
        QTRY_COMPARE(m_server->requestCount(), 1);
        m_listing->cancel(op);
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(1).value<ArxivListingResult>().cancelled);
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
