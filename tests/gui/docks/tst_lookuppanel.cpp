// The lookup dock driven like a user would, against a loopback arXiv: paste, listing, filters, featured
// marker, add selected, search pages, cancel and errors in words.
#include "docks/lookuppanel.h"
#include "docks/suggestionscoredelegate.h"
#include "loopbackhttpserver.h"
#include "memorypaperstore.h"
#include "scratchlibraries.h"
#include "services/arxivservice.h"
#include "services/listingservice.h"
#include "services/paperintake.h"
#include "services/settingskeys.h"
#include "services/suggestionservice.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

namespace {

QByteArray feedFor(const QStringList &ids, int total = -1)
{
    QByteArray xml =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
        "xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\"><opensearch:totalResults>" +
        QByteArray::number(total < 0 ? ids.size() : total) + "</opensearch:totalResults>";
    for (const QString &id : ids)
        xml += "<entry><id>http://arxiv.org/abs/" + id.toUtf8() + "v1</id><title>Paper " + id.toUtf8() +
               "</title><summary>About robots.</summary><arxiv:primary_category term=\"cs.RO\"/>"
               "<author><name>Ann Lee</name></author><author><name>Bo Chen</name></author>"
               "<author><name>Carl Dunn</name></author></entry>";
    return xml + "</feed>";
}

QStringList ids(const QVector<Paper> &papers)
{
    QStringList list;
    for (const Paper &p : papers)
        list.append(p.id());
    return list;
}

} // namespace

class TestLookupPanel final : public QObject
{
    Q_OBJECT

private:
    Server *m_server = nullptr;
    Test::MemoryPaperStore *m_store = nullptr;
    ArxivService *m_arxiv = nullptr;
    PaperIntake *m_intake = nullptr;
    ListingService *m_listing = nullptr;
    LookupPanel *m_panel = nullptr;

    template<typename T>
    T *child(const char *name)
    {
        T *w = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    QTreeWidget *results() { return child<QTreeWidget>("results"); }

    void click(const char *button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }

    void routeIds(const QStringList &list, const QVector<Server::Response> &responses)
    {
        m_server->route(QStringLiteral("/api/query"), responses,
                        QStringLiteral("id_list=") + list.join(QLatin1Char(',')) + QLatin1Char('&'));
    }

    // The keyword filters and the score threshold on a ranked listing of two papers, the first suggested.
    void filtersStayOnTopOfTheRanking()
    {
        // The keyword filters stay on top of the ranking: re-sorting keeps an excluded paper hidden.
        child<QLineEdit>("excludeEdit")->setText(QStringLiteral("experts"));
        child<QCheckBox>("sortCheck")->setChecked(false);
        child<QCheckBox>("sortCheck")->setChecked(true);
        for (int i = 0; i < results()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = results()->topLevelItem(i);
            QCOMPARE(item->isHidden(), item->text(0).contains(QStringLiteral("Sparse Mixtures")));
        }
        child<QLineEdit>("excludeEdit")->clear();

        // The score threshold hides the papers whose bar is shorter; it is said to be remembered.
        QSpinBox *threshold = child<QSpinBox>("minScoreSpin");
        QVERIFY(threshold->isVisibleTo(m_panel));
        QSignalSpy thresholdChanged(m_panel, &LookupPanel::minScoreChanged);
        threshold->setValue(50);
        QCOMPARE(thresholdChanged.count(), 1);
        QCOMPARE(thresholdChanged.first().at(0).toInt(), 50);
        QCOMPARE(m_panel->visibleResultCount(), 1);
        QVERIFY(!results()->topLevelItem(0)->isHidden());
        QVERIFY(results()->topLevelItem(1)->isHidden());
        m_panel->setMinScore(0);
        QCOMPARE(m_panel->visibleResultCount(), 2);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QVector<Paper>>(); }

    void init()
    {
        m_server = new Server(this);
        QVERIFY(m_server->listen());
        m_store = new Test::MemoryPaperStore;
        // The arXiv side as the program makes it, pointed at the loopback server: 20 ms apart, no retries.
        LaunchConfig config;
        config.set(SettingsKeys::ArxivApiUrl.name(), m_server->url(QStringLiteral("/api/query")).toString());
        config.set(SettingsKeys::ArxivListingUrl.name(), m_server->url(QStringLiteral("/rss/")).toString());
        config.set(SettingsKeys::ArxivIntervalMs.name(), 20);
        config.set(SettingsKeys::ArxivMaxRetries.name(), 0);
        m_arxiv = new ArxivService(config, m_store);
        m_intake = m_arxiv->intake();
        m_listing = m_arxiv->listing();
        m_panel = new LookupPanel(m_intake, m_listing);
        m_panel->setListingCategories({QStringLiteral("cs.LG"), QStringLiteral("cs.CV")});
        m_panel->setPageSize(10);
        m_panel->resize(600, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    }

    void cleanup()
    {
        delete m_panel;
        delete m_arxiv;
        delete m_store;
        delete m_server;
    }

    void pastedIdsAreAddedInOneRequest()
    {
        routeIds({QStringLiteral("2210.06441"), QStringLiteral("math/0611800"), QStringLiteral("2301.00001")},
                 {Server::ok(Test::fixture(QStringLiteral("arxiv/api-three.xml")))});
        QSignalSpy chosen(m_panel, &LookupPanel::papersChosen);
        QTest::keyClicks(child<QPlainTextEdit>("pasteEdit"),
                         QStringLiteral("See https://arxiv.org/abs/2210.06441v2 and arXiv:math.CA/0611800, "
                                        "10.48550/arXiv.2301.00001 and 1234.12345."));
        click("addPastedButton");
        QVERIFY(m_panel->isBusy());
        QVERIFY(child<QProgressBar>("progress")->isVisible());
        QVERIFY(chosen.wait(10000));
        QCOMPARE(ids(chosen.first().at(0).value<QVector<Paper>>()),
                 (QStringList{QStringLiteral("2210.06441"), QStringLiteral("math/0611800"),
                              QStringLiteral("2301.00001")}));
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(!m_panel->isBusy());
        QVERIFY(!child<QProgressBar>("progress")->isVisible());
        QVERIFY2(m_panel->message().contains(QStringLiteral("Added 3 paper")),
                 qPrintable(m_panel->message()));
        QVERIFY2(m_panel->message().contains(QStringLiteral("'1234.12345' (month 34 does not exist)")),
                 qPrintable(m_panel->message()));
    }

    void pasteWithoutIdsSaysSo()
    {
        QTest::keyClicks(child<QPlainTextEdit>("pasteEdit"), QStringLiteral("hello world"));
        click("addPastedButton");
        QCOMPARE(m_panel->message(), QStringLiteral("No arXiv ids found in the pasted text."));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void listingWithFiltersFeaturedMarkerAndAddSelected()
    {
        FeaturedIn earlier;
        earlier.digestId = 7;
        earlier.date = QDate(2026, 11, 20);
        earlier.position = 3;
        earlier.version = 1;
        m_store->featured.insert(QStringLiteral("2611.10002"), {earlier});
        m_server->route(
            QStringLiteral("/rss/cs.LG+cs.CV"),
            Server::ok(Test::fixture(QStringLiteral("arxiv/listing-rss.xml")), "application/rss+xml"));
        click("listingButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 10000);
        QCOMPARE(results()->topLevelItemCount(), 2); // new only: no cross-list, no replacements
        QVERIFY2(m_panel->message().contains(QStringLiteral("2 new paper")), qPrintable(m_panel->message()));
        QVERIFY(results()->topLevelItem(0)->text(0).startsWith(QStringLiteral("[LG] Sparse Mixtures")));
        QCOMPARE(results()->topLevelItem(0)->text(2), QString());
        QCOMPARE(results()->topLevelItem(1)->text(2), QStringLiteral("2026-11-20, #3 (v1)"));
        // The featuring digest itself does not count.
        m_panel->setCurrentDigestId(7);
        click("listingButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 10000);
        QCOMPARE(results()->topLevelItem(1)->text(2), QString());

        QTest::keyClicks(child<QLineEdit>("includeEdit"), QStringLiteral("fog, experts"));
        QCOMPARE(m_panel->visibleResultCount(), 2);
        QTest::keyClicks(child<QLineEdit>("excludeEdit"), QStringLiteral("weather"));
        QCOMPARE(m_panel->visibleResultCount(), 1);
        QVERIFY(results()->topLevelItem(1)->isHidden());

        // Tick both; the hidden one is not added.
        results()->topLevelItem(0)->setCheckState(0, Qt::Checked);
        results()->topLevelItem(1)->setCheckState(0, Qt::Checked);
        routeIds({QStringLiteral("2611.10001")}, {Server::ok(feedFor({QStringLiteral("2611.10001")}))});
        QSignalSpy chosen(m_panel, &LookupPanel::papersChosen);
        click("addSelectedButton");
        QVERIFY(chosen.wait(10000));
        const QVector<Paper> papers = chosen.first().at(0).value<QVector<Paper>>();
        QCOMPARE(ids(papers), QStringList{QStringLiteral("2611.10001")});
        // The listing's affiliations fill in for the API's missing ones.
        QCOMPARE(papers.first().affiliations().first(), QStringLiteral("University of California, Berkeley"));
    }

    // A listing from the loopback server sorted by suggestion: one earlier pick like the listing's second
    // paper (the centroid stage) brings it first; ticking the suggested papers adds them; reasons show.
    void listingSortedBySuggestion()
    {
        Test::ScratchLibraries scratch;
        LibraryError error;
        auto library = Library::open(scratch.create(QStringLiteral("sqlite")), &error);
        QVERIFY2(library, qPrintable(error.message));
        Paper fog;
        fog.setId(QStringLiteral("2610.00001"));
        fog.setTitle(QStringLiteral("Seeing through fog and rain with radar"));
        fog.setAbstract(QStringLiteral("Fog and rain blind cameras; radar sees through fog."));
        fog.setPrimaryCategory(QStringLiteral("cs.CV"));
        Paper other;
        other.setId(QStringLiteral("2610.00002"));
        other.setTitle(QStringLiteral("Experts at scale"));
        other.setAbstract(QStringLiteral("Sparse mixtures of experts, at scale."));
        other.setPrimaryCategory(QStringLiteral("cs.LG"));
        QVERIFY(library->importHistory({ListingDay{QDate(2026, 10, 1), {fog, other}, {fog.id()}}}, &error));
        SuggestionService suggestions(library.get());
        suggestions.setTopCount(1);
        suggestions.watch(m_listing);
        m_panel->setSuggestions(&suggestions);
        QSignalSpy trained(&suggestions, &SuggestionService::trained);
        m_server->route(
            QStringLiteral("/rss/cs.LG+cs.CV"),
            Server::ok(Test::fixture(QStringLiteral("arxiv/listing-rss.xml")), "application/rss+xml"));
        click("listingButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(trained.count() >= 1 && !suggestions.isTraining(),
                                 10000); // stored, trained on
        QCOMPARE(library->listingHistory().size(), 2);
        QVERIFY2(m_panel->suggestionStateText().contains(QStringLiteral("1 pick")),
                 qPrintable(m_panel->suggestionStateText()));
        QCOMPARE(results()->topLevelItemCount(), 2);
        QVERIFY(results()->topLevelItem(0)->text(0).contains(QStringLiteral("Seeing Through Fog")));
        QCOMPARE(results()->topLevelItem(0)->text(3), QStringLiteral("★ suggested"));
        QCOMPARE(results()->topLevelItem(1)->text(3), QString());
        // The score bar: full for the best, empty for the last.
        QCOMPARE(results()->topLevelItem(0)->data(3, SuggestionScoreDelegate::ScoreRole).toDouble(), 1.0);
        QCOMPARE(results()->topLevelItem(1)->data(3, SuggestionScoreDelegate::ScoreRole).toDouble(), 0.0);
        // The mark and the short columns' headers are shown whole.
        QHeaderView *header = results()->header();
        const QFontMetrics metrics(results()->font());
        QVERIFY2(header->sectionSize(3) > metrics.horizontalAdvance(QStringLiteral("★ suggested")) + 14,
                 qPrintable(QString::number(header->sectionSize(3))));
        QVERIFY(header->sectionSize(2) >= header->sectionSizeHint(2));
        QVERIFY(header->sectionSize(3) >= header->sectionSizeHint(3));
        QVERIFY2(results()->topLevelItem(0)->toolTip(3).contains(QStringLiteral("fog")),
                 qPrintable(results()->topLevelItem(0)->toolTip(3)));
        // Feed order on request.
        child<QCheckBox>("sortCheck")->setChecked(false);
        QVERIFY(results()->topLevelItem(0)->text(0).contains(QStringLiteral("Sparse Mixtures")));
        child<QCheckBox>("sortCheck")->setChecked(true);

        filtersStayOnTopOfTheRanking();
        if (QTest::currentTestFailed())
            return;

        click("tickSuggestedButton");
        QCOMPARE(results()->topLevelItem(0)->checkState(0), Qt::Checked);
        QCOMPARE(results()->topLevelItem(1)->checkState(0), Qt::Unchecked);
        routeIds({QStringLiteral("2611.10002")}, {Server::ok(feedFor({QStringLiteral("2611.10002")}))});
        QSignalSpy chosen(m_panel, &LookupPanel::papersChosen);
        click("addSelectedButton");
        QVERIFY(chosen.wait(10000));
        QCOMPARE(ids(chosen.first().at(0).value<QVector<Paper>>()),
                 QStringList{QStringLiteral("2611.10002")});

        // Not for us: stored, and after retraining the paper goes last.
        results()->clearSelection();
        results()->topLevelItem(0)->setSelected(true);
        click("notForUsButton");
        QCOMPARE(library->notForUs(), QStringList{QStringLiteral("2611.10002")});
        QVERIFY(trained.wait(10000));
        QVERIFY(results()->topLevelItem(1)->text(0).contains(QStringLiteral("Seeing Through Fog")));
        m_panel->setSuggestions(nullptr);
    }

    void crossListsOnRequest()
    {
        m_server->route(
            QStringLiteral("/rss/cs.LG+cs.CV"),
            Server::ok(Test::fixture(QStringLiteral("arxiv/listing-rss.xml")), "application/rss+xml"));
        child<QCheckBox>("crossCheck")->setChecked(true);
        click("listingButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 10000);
        QCOMPARE(results()->topLevelItemCount(), 3);
    }

    void weekendSaysSo()
    {
        m_server->route(QStringLiteral("/rss/cs.LG+cs.CV"),
                        Server::ok(Test::fixture(QStringLiteral("arxiv/listing-weekend-empty.xml"))));
        click("listingButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 10000);
        QCOMPARE(results()->topLevelItemCount(), 0);
        QVERIFY2(m_panel->message().contains(QStringLiteral("Saturdays and Sundays")),
                 qPrintable(m_panel->message()));
    }

    void addSelectedWithNothingTicked()
    {
        click("addSelectedButton");
        QCOMPARE(m_panel->message(), QStringLiteral("Tick the papers to add first."));
    }

    void searchPagesThroughResults()
    {
        QStringList first;
        QStringList second;
        for (int i = 0; i < 10; ++i)
            first.append(QStringLiteral("2611.%1").arg(30000 + i));
        for (int i = 10; i < 13; ++i)
            second.append(QStringLiteral("2611.%1").arg(30000 + i));
        m_server->route(QStringLiteral("/api/query"), Server::ok(feedFor(first, 13)),
                        QStringLiteral("search_query=all:robot AND all:hands&start=0&"));
        m_server->route(QStringLiteral("/api/query"), Server::ok(feedFor(second, 13)),
                        QStringLiteral("search_query=all:robot AND all:hands&start=10&"));
        QTest::keyClicks(child<QLineEdit>("searchEdit"), QStringLiteral("robot hands"));
        QTest::keyClick(child<QLineEdit>("searchEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 10000);
        QCOMPARE(results()->topLevelItemCount(), 10);
        QCOMPARE(child<QLabel>("pageLabel")->text(), QStringLiteral("1–10 of 13"));
        QVERIFY(!child<QPushButton>("previousButton")->isEnabled());
        QVERIFY(child<QPushButton>("nextButton")->isEnabled());
        click("nextButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 10000);
        QCOMPARE(results()->topLevelItemCount(), 3);
        QCOMPARE(child<QLabel>("pageLabel")->text(), QStringLiteral("11–13 of 13"));
        QVERIFY(!child<QPushButton>("nextButton")->isEnabled());
        QVERIFY(child<QPushButton>("previousButton")->isEnabled());
        QCOMPARE(m_server->requestCount(), 2);
    }

    void cancelEndsTheLookup()
    {
        Server::Response slow = Server::ok(feedFor({QStringLiteral("1605.08386")}));
        slow.delayMs = 5000;
        routeIds({QStringLiteral("1605.08386")}, {slow});
        QSignalSpy received(m_server, &Server::requestReceived);
        QTest::keyClicks(child<QPlainTextEdit>("pasteEdit"), QStringLiteral("1605.08386"));
        click("addPastedButton");
        QVERIFY(received.wait(5000));
        QVERIFY(child<QPushButton>("cancelButton")->isVisible());
        click("cancelButton");
        QVERIFY(!m_panel->isBusy());
        QCOMPARE(m_panel->message(), QStringLiteral("Cancelled."));
        QVERIFY(!child<QPushButton>("cancelButton")->isVisible());
        QVERIFY(child<QPushButton>("addPastedButton")->isEnabled());
    }

    void failuresAreShownInWords()
    {
        routeIds({QStringLiteral("1605.08386"), QStringLiteral("2401.99999")}, {Server::status(503)});
        QTest::keyClicks(child<QPlainTextEdit>("pasteEdit"), QStringLiteral("1605.08386 2401.99999"));
        click("addPastedButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 10000);
        QVERIFY2(m_panel->message().contains(QStringLiteral("Could not look up 1605.08386, 2401.99999")),
                 qPrintable(m_panel->message()));
        QVERIFY2(m_panel->message().contains(QStringLiteral("HTTP 503")), qPrintable(m_panel->message()));
        // The text stays so the user can try again.
        QCOMPARE(child<QPlainTextEdit>("pasteEdit")->toPlainText(), QStringLiteral("1605.08386 2401.99999"));
    }

    void missingPapersAreNamed()
    {
        routeIds({QStringLiteral("1605.08386"), QStringLiteral("2401.99999")},
                 {Server::ok(Test::fixture(QStringLiteral("arxiv/api-one-of-two.xml")))});
        QSignalSpy chosen(m_panel, &LookupPanel::papersChosen);
        child<QPlainTextEdit>("pasteEdit")
            ->insertPlainText(QStringLiteral("1605.08386\n2401.99999")); // a paste
        click("addPastedButton");
        QVERIFY(chosen.wait(10000));
        QVERIFY2(m_panel->message().contains(QStringLiteral("Not found on arXiv: 2401.99999")),
                 qPrintable(m_panel->message()));
    }
};

QTEST_MAIN(TestLookupPanel)
#include "tst_lookuppanel.moc"
