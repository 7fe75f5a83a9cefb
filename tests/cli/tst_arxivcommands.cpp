// digestctl listing (and lookup's JSON beside it) in this process against a loopback rss.arxiv.org: new
// papers as paper JSON, cross-lists on request, weekends and holidays, where the categories and the
// endpoint come from, and the usage errors.
#include "inprocessctl.h"
#include "loopbackhttpserver.h"
#include "services/settingskeys.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

namespace {

QStringList idsOf(const QString &json)
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

template<typename T>
void save(const SettingsKey<T> &key, const T &value)
{
    QSettings settings;
    key.setValue(settings, value);
    settings.sync();
}

} // namespace

class TestArxivCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Server *m_server = nullptr;

    QStringList listing(const QStringList &arguments) const
    {
        // A scratch library: listing keeps what it fetched for the suggestions.
        return QStringList{QStringLiteral("--db"),
                           m_dir.filePath(QStringLiteral("library.sqlite")),
                           QStringLiteral("--arxiv-listing-url"),
                           m_server->url(QStringLiteral("/rss/")).toString(),
                           QStringLiteral("--arxiv-interval-ms"),
                           QStringLiteral("10"),
                           QStringLiteral("listing")} +
               arguments;
    }

    void serve(const QString &path, const QString &fixture)
    {
        m_server->route(path, Server::ok(Test::fixture(fixture), "application/rss+xml"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(Test::useScratchSettings(m_dir.path()), qPrintable(QSettings().fileName()));
    }

    void init()
    {
        m_server = new Server(this);
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
        delete m_server;
        m_server = nullptr;
    }

    void printsTodaysNewPapersAsPaperJson()
    {
        serve(QStringLiteral("/rss/cs.LG+cs.CV"), QStringLiteral("arxiv/listing-rss.xml"));
        const Test::CtlRun r = Test::runCtl(
            listing({QStringLiteral("cs.LG"), QStringLiteral("cs.CV"), QStringLiteral("--json")}));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        // New submissions only: the cross-list and both replacements stay out.
        QCOMPARE(idsOf(r.out), (QStringList{QStringLiteral("2611.10001"), QStringLiteral("2611.10002")}));
        const QJsonObject first = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Sparse Mixtures of Experts at Scale"));
        QCOMPARE(first.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void keepsTheListingForTheSuggestions()
    {
        serve(QStringLiteral("/rss/cs.LG+cs.CV"), QStringLiteral("arxiv/listing-rss.xml"));
        const QString db = m_dir.filePath(QStringLiteral("kept.sqlite"));
        QStringList arguments = listing({QStringLiteral("cs.LG"), QStringLiteral("cs.CV")});
        arguments[1] = db;
        const Test::CtlRun r = Test::runCtl(arguments);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        auto library = Library::open(db);
        QVERIFY(library);
        const QVector<ListingDay> days = library->listingHistory();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).listing.size(), 2);
        QCOMPARE(days.at(0).listing.at(0).id(), QStringLiteral("2611.10001"));
        QCOMPARE(days.at(0).listing.at(0).title(), QStringLiteral("Sparse Mixtures of Experts at Scale"));
    }

    void theSameJsonAsLookup()
    {
        serve(QStringLiteral("/rss/cs.LG+cs.CV"), QStringLiteral("arxiv/listing-rss.xml"));
        m_server->route(QStringLiteral("/api/query"),
                        Server::ok(Test::fixture(QStringLiteral("arxiv/api-three.xml"))));
        const Test::CtlRun listed = Test::runCtl(
            listing({QStringLiteral("cs.LG"), QStringLiteral("cs.CV"), QStringLiteral("--json")}));
        const Test::CtlRun looked = Test::runCtl(
            {QStringLiteral("--arxiv-api"), m_server->url(QStringLiteral("/api/query")).toString(),
             QStringLiteral("--arxiv-interval-ms"), QStringLiteral("10"), QStringLiteral("lookup"),
             QStringLiteral("2210.06441"), QStringLiteral("math/0611800"), QStringLiteral("2301.00001")});
        QVERIFY2(looked.status == 0, qPrintable(looked.err));
        const QStringList listedKeys =
            QJsonDocument::fromJson(listed.out.toUtf8()).array().first().toObject().keys();
        const QStringList lookedKeys =
            QJsonDocument::fromJson(looked.out.toUtf8()).array().first().toObject().keys();
        QVERIFY(!listedKeys.isEmpty());
        QCOMPARE(listedKeys, lookedKeys);
    }

    void crossListsOnlyOnRequest()
    {
        serve(QStringLiteral("/rss/cs.LG+cs.CV"), QStringLiteral("arxiv/listing-rss.xml"));
        // What the GUI last ticked does not change what a script gets.
        save(SettingsKeys::ArxivListingCrossLists, true);
        const QStringList categories{QStringLiteral("cs.LG"), QStringLiteral("cs.CV"),
                                     QStringLiteral("--json")};
        QCOMPARE(idsOf(Test::runCtl(listing(categories)).out).size(), 2);
        const Test::CtlRun r =
            Test::runCtl(listing(categories + QStringList{QStringLiteral("--cross-lists")}));
        QCOMPARE(r.status, 0);
        QCOMPARE(idsOf(r.out), (QStringList{QStringLiteral("2611.10001"), QStringLiteral("2611.10002"),
                                            QStringLiteral("2611.10003")}));
    }

    void textWithoutJsonAndAtomFeeds()
    {
        serve(QStringLiteral("/rss/cs.CL"), QStringLiteral("arxiv/listing-atom.xml"));
        const Test::CtlRun r = Test::runCtl(listing({QStringLiteral("cs.CL")}));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("2611.20001v1\tcs.CL\tTokenisers Matter\n"));
    }

    void weekendsAndHolidaysAreEmptyWithANotice_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("notice");
        QTest::newRow("weekend") << QStringLiteral("arxiv/listing-weekend-empty.xml")
                                 << QStringLiteral("arXiv announces no papers on Saturdays and Sundays");
        QTest::newRow("holiday") << QStringLiteral("arxiv/listing-holiday-empty.xml")
                                 << QStringLiteral("probably a holiday");
    }

    void weekendsAndHolidaysAreEmptyWithANotice()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, notice);
        serve(QStringLiteral("/rss/cs.LG"), fixture);
        const Test::CtlRun json = Test::runCtl(listing({QStringLiteral("cs.LG"), QStringLiteral("--json")}));
        QCOMPARE(json.status, 0);
        QCOMPARE(json.out, QStringLiteral("[]\n"));
        QVERIFY2(json.err.startsWith(QStringLiteral("digestctl: ")) && json.err.contains(notice),
                 qPrintable(json.err));
        const Test::CtlRun text = Test::runCtl(listing({QStringLiteral("cs.LG")}));
        QCOMPARE(text.status, 0);
        QVERIFY(text.out.isEmpty());
        QVERIFY(text.err.contains(notice));
    }

    void categoriesDefaultToTheSavedOnes()
    {
        save(SettingsKeys::ArxivListingCategories,
             QStringList{QStringLiteral("cs.RO"), QStringLiteral("eess.AS")});
        serve(QStringLiteral("/rss/cs.RO+eess.AS"), QStringLiteral("arxiv/listing-rss.xml"));
        const Test::CtlRun r = Test::runCtl(listing({QStringLiteral("--json")}));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(m_server->requests().first().path, QStringLiteral("/rss/cs.RO+eess.AS"));
    }

    void theEndpointComesFromOptionVariableOrSetting()
    {
        for (const char *path : {"/saved/cs.LG", "/env/cs.LG", "/option/cs.LG"})
            serve(QString::fromLatin1(path), QStringLiteral("arxiv/listing-rss.xml"));
        save(SettingsKeys::ArxivListingUrl, m_server->url(QStringLiteral("/saved/")).toString());
        const QStringList command{QStringLiteral("listing"), QStringLiteral("cs.LG")};
        QCOMPARE(Test::runCtl(command).status, 0);
        QCOMPARE(m_server->requests().last().path, QStringLiteral("/saved/cs.LG"));
        QProcessEnvironment env = Test::cleanEnvironment();
        env.insert(QStringLiteral("DIGEST_ARXIV_LISTING_URL"),
                   m_server->url(QStringLiteral("/env/")).toString());
        QCOMPARE(Test::runCtl(command, env).status, 0);
        QCOMPARE(m_server->requests().last().path, QStringLiteral("/env/cs.LG"));
        QCOMPARE(Test::runCtl(QStringList{QStringLiteral("--arxiv-listing-url"),
                                          m_server->url(QStringLiteral("/option/")).toString()} +
                                  command,
                              env)
                     .status,
                 0);
        QCOMPARE(m_server->requests().last().path, QStringLiteral("/option/cs.LG"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a category") << QStringList{QStringLiteral("listing"), QStringLiteral("cs/LG")}
                                        << QStringLiteral("'cs/LG' is not an arXiv category");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("listing"), QStringLiteral("--yaml")}
                                        << QStringLiteral("unknown option --yaml");
        QTest::newRow("flag with a value")
            << QStringList{QStringLiteral("listing"), QStringLiteral("--json=1")}
            << QStringLiteral("option --json takes no value");
        QTest::newRow("bad listing url") << QStringList{QStringLiteral("--arxiv-listing-url"),
                                                        QStringLiteral("rss"), QStringLiteral("listing")}
                                         << QStringLiteral("--arxiv-listing-url is not a URL: rss");
        QTest::newRow("no categories saved")
            << QStringList{QStringLiteral("listing")} << QStringLiteral("none are saved in the settings");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        save(SettingsKeys::ArxivListingCategories, QStringList());
        save(SettingsKeys::ArxivListingUrl, m_server->url(QStringLiteral("/rss/")).toString());
        const Test::CtlRun r = Test::runCtl(arguments);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Usage: digestctl")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void anUnreachableListingFails()
    {
        m_server->route(QStringLiteral("/rss/cs.LG"), Server::status(503));
        save(SettingsKeys::ArxivMaxRetries, 0);
        const Test::CtlRun r = Test::runCtl(listing({QStringLiteral("cs.LG"), QStringLiteral("--json")}));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the daily listing could not be fetched")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("HTTP 503")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_server->requestCount(), 1); // the saved retry count: none
    }
};

QTEST_GUILESS_MAIN(TestArxivCommands)
#include "tst_arxivcommands.moc"
