// PaperIntake: ids read and de-duplicated, lookups through the client with the library answering for known
// papers (and keeping the new ones, a newer version announced, a listing's affiliations filling in), entries
// with the entry defaults, papers already in the digest refused, placeholders filled.
#include "arxiv/arxivlane.h"
#include "arxiv/arxivlistingclient.h"
#include "arxiv/arxivlookupclient.h"
#include "arxiv/arxivsearchclient.h"
#include "loopbackhttpserver.h"
#include "memorypaperstore.h"
#include "scratchlibraries.h"
#include "services/paperintake.h"
#include "storage/library.h"
#include "testsupport.h"
#include "util/requestscheduler.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

namespace {

Paper paper(const QString &id, const QString &title)
{
    Paper p;
    p.setId(id);
    p.setVersion(2);
    p.setTitle(title);
    p.setAuthors({QStringLiteral("Jonas Geiping"), QStringLiteral("Micah Goldblum")});
    p.setAbstract(QStringLiteral("An  abstract."));
    p.setPrimaryCategory(QStringLiteral("cs.LG"));
    return p;
}

DigestEntry entry(const QString &id)
{
    DigestEntry e;
    e.setArxivId(id);
    return e;
}

// An API answer in the 2025+ format holding one entry per id, three authors, no affiliations.
QByteArray feedFor(const QStringList &ids, int version = 1)
{
    QByteArray xml = "<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" "
                     "xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">"
                     "<opensearch:totalResults>" +
                     QByteArray::number(ids.size()) + "</opensearch:totalResults>";
    for (const QString &id : ids) {
        xml += "<entry><id>http://arxiv.org/abs/" + id.toUtf8() + "v" + QByteArray::number(version) +
               "</id><title>Paper " + id.toUtf8() +
               "</title><summary>About it.</summary>"
               "<arxiv:primary_category term=\"cs.LG\"/><author><name>Ann Lee</name></author>"
               "<author><name>Bo Chen</name></author><author><name>Carl Dunn</name></author></entry>";
    }
    return xml + "</feed>";
}

QStringList paperIdsOf(const QVector<Paper> &papers)
{
    QStringList out;
    for (const Paper &p : papers)
        out.append(p.id());
    return out;
}

QStringList ids(const QVector<ArxivId> &list)
{
    QStringList out;
    for (const ArxivId &id : list)
        out.append(id.id());
    return out;
}

} // namespace

class TestPaperIntake final : public QObject
{
    Q_OBJECT

private:
    Server *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    RequestScheduler *m_scheduler = nullptr;
    ArxivLookupClient *m_client = nullptr;
    ArxivSearchClient *m_search = nullptr;
    Test::MemoryPaperStore *m_store = nullptr;
    PaperIntake *m_intake = nullptr;

    ArxivLookupResult lookup(const QStringList &ids, bool refresh = false)
    {
        return m_intake->lookupAndWait(PaperIntake::readIds(ids).ids, refresh);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The entry defaults read the settings: not the user's.
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_server = new Server;
        QVERIFY(m_server->listen());
        m_network = new QNetworkAccessManager;
        m_scheduler = new RequestScheduler(m_network);
        m_scheduler->setLane(ArxivLane::name(), ArxivLane::lane(10, 5000, 0));
        m_client = new ArxivLookupClient(m_scheduler);
        m_client->setApiUrl(m_server->url(QStringLiteral("/api/query")));
        m_search = new ArxivSearchClient(m_scheduler);
        m_search->setApiUrl(m_server->url(QStringLiteral("/api/query")));
        m_store = new Test::MemoryPaperStore;
        m_intake = new PaperIntake(m_client, m_search, m_store);
        m_intake->setEntryDefaults(EntryDefaults(TagTable(), 7, 4));
    }

    void cleanup()
    {
        delete m_intake;
        delete m_search;
        delete m_client;
        delete m_scheduler;
        delete m_network;
        delete m_store;
        delete m_server;
    }

    void readsIdsOncePerPaperAndNamesTheRest()
    {
        const PaperIntake::Request request = PaperIntake::readIds(
            {QStringLiteral("2210.06441"), QStringLiteral("https://arxiv.org/abs/2210.06441v2"),
             QStringLiteral("abc"), QStringLiteral("arXiv:math.CA/0611800"), QStringLiteral("1234.12345")});
        QCOMPARE(ids(request.ids),
                 (QStringList{QStringLiteral("2210.06441"), QStringLiteral("math/0611800")}));
        QCOMPARE(request.malformed.size(), 2);
        QCOMPARE(request.malformed.at(1).error(), QStringLiteral("month 34 does not exist"));

        const PaperIntake::Request pasted =
            PaperIntake::readText(QStringLiteral("see 2210.06441v2, 2210.06441 and 1234.12345"));
        QCOMPARE(ids(pasted.ids), QStringList{QStringLiteral("2210.06441")});
        QCOMPARE(pasted.malformed.size(), 1);
    }

    void lookupAndWaitAsksOnlyForWhatTheLibraryLacks()
    {
        m_store->papers.insert(QStringLiteral("2210.06441"),
                               paper(QStringLiteral("2210.06441"), QStringLiteral("Known")));
        m_server->route(QStringLiteral("/api/query"),
                        Server::ok(Test::fixture(QStringLiteral("arxiv/api-one-of-two.xml"))),
                        QStringLiteral("id_list=1605.08386,2401.99999&"));
        const ArxivLookupResult result = m_intake->lookupAndWait(
            PaperIntake::readIds(
                {QStringLiteral("2210.06441"), QStringLiteral("1605.08386"), QStringLiteral("2401.99999")})
                .ids);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(result.papers.size(), 2);
        QCOMPARE(result.papers.first().title(), QStringLiteral("Known"));
        QCOMPARE(result.missing, QStringList{QStringLiteral("2401.99999")});
        // What came from arXiv is kept in the library.
        QVERIFY(m_store->papers.contains(QStringLiteral("1605.08386")));
    }

    // The network drops halfway through arXiv's answer: the error names the server and the cut, and nothing
    // of the half-read feed reaches a real library.
    void aConnectionDroppedMidAnswerIsNamedAndStoresNothing()
    {
        Test::ScratchLibraries scratch;
        LibraryError error;
        auto library = Library::open(scratch.create(QStringLiteral("sqlite")), &error);
        QVERIFY2(library, qPrintable(error.message));
        PaperIntake intake(m_client, m_search, library.get());
        Server::Response cut = Server::ok(Test::fixture(QStringLiteral("arxiv/api-one-of-two.xml")));
        cut.truncateAt = cut.body.size() / 2;
        m_server->route(QStringLiteral("/api/query"), cut);
        const ArxivLookupResult result = intake.lookupAndWait(
            PaperIntake::readIds({QStringLiteral("1605.08386"), QStringLiteral("2401.99999")}).ids);
        QVERIFY2(result.error.contains(QLatin1String("cut short")) &&
                     result.error.contains(QLatin1String("127.0.0.1")),
                 qPrintable(result.error));
        QVERIFY(result.papers.isEmpty());
        Paper stored;
        QVERIFY(!library->findPaper(QStringLiteral("1605.08386"), &stored));
    }

    void signalsOnlyItsOwnLookups()
    {
        QSignalSpy finished(m_intake, &PaperIntake::lookupFinished);
        QSignalSpy clientFinished(m_client, &ArxivLookupClient::finished);
        m_client->lookup({ArxivId::parse(QStringLiteral("abc"))}); // someone else's
        // Nothing to ask arXiv: the intake answers alone, later, with a number of its own.
        const quint64 mine = m_intake->lookup({ArxivId::parse(QStringLiteral("xyz"))});
        QTRY_COMPARE(finished.count(), 1);
        QTRY_COMPARE(clientFinished.count(), 1);
        QCOMPARE(finished.first().first().value<quint64>(), mine);
        QVERIFY(clientFinished.first().first().value<quint64>() != mine);
        QCOMPARE(finished.first().at(1).value<ArxivLookupResult>().invalid.size(), 1);
    }

    void knownPapersComeFromTheLibrary()
    {
        const QStringList ids{QStringLiteral("2611.00001"), QStringLiteral("2611.00002")};
        m_server->route(QStringLiteral("/api/query"), Server::ok(feedFor(ids)));
        ArxivLookupResult r = lookup(ids);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_store->papers.size(), 2);
        QVERIFY(r.fromLibrary.isEmpty());
        QCOMPARE(r.requests, 1);
        // Asked again: answered from the library, no request.
        r = lookup(ids);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(r.fromLibrary, ids);
        QCOMPARE(paperIdsOf(r.papers), ids);
        QCOMPARE(r.requests, 0);
    }

    void refreshAsksArxivAndFlagsANewerVersion()
    {
        Paper old;
        old.setId(QStringLiteral("2611.00001"));
        old.setVersion(1);
        old.setTitle(QStringLiteral("Old title"));
        m_store->papers.insert(old.id(), old);
        m_server->route(QStringLiteral("/api/query"), Server::ok(feedFor({old.id()}, 3)));
        QSignalSpy newer(m_intake, &PaperIntake::newerVersionFound);
        const ArxivLookupResult r = lookup({old.id()}, true);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(r.papers.first().version(), 3);
        QCOMPARE(m_store->papers.value(old.id()).version(), 3);
        QCOMPARE(newer.size(), 1);
        QCOMPARE(newer.first().at(0).value<Paper>().version(), 3);
        QCOMPARE(newer.first().at(1).toInt(), 1);
    }

    void storeFailureIsReported()
    {
        m_store->failWith = QStringLiteral("database is locked");
        const QStringList ids{QStringLiteral("2611.00001")};
        m_server->route(QStringLiteral("/api/query"), Server::ok(feedFor(ids)));
        const ArxivLookupResult r = lookup(ids);
        QCOMPARE(paperIdsOf(r.papers), ids);
        QCOMPARE(r.storeError, QStringLiteral("database is locked"));
    }

    // Affiliations a daily listing named (dc:creator) fill in for a paper arXiv's API has none for.
    void listingAffiliationsFillInForTheApi()
    {
        ArxivListingClient listing(m_scheduler);
        listing.setListingUrl(m_server->url(QStringLiteral("/rss/")));
        connect(&listing, &ArxivListingClient::finished, m_intake,
                [this](quint64, const ArxivListingResult &fetched) { m_intake->rememberListing(fetched); });
        m_server->route(QStringLiteral("/rss/cs.LG"),
                        Server::ok(Test::fixture(QStringLiteral("arxiv/listing-rss.xml"))));
        QSignalSpy fetched(&listing, &ArxivListingClient::finished);
        listing.fetch({QStringLiteral("cs.LG")});
        QVERIFY(fetched.wait(10000));
        const QStringList ids{QStringLiteral("2611.10001")};
        m_server->route(QStringLiteral("/api/query"), Server::ok(feedFor(ids))); // no affiliations in it
        const ArxivLookupResult r = lookup(ids);
        QCOMPARE(r.papers.first().affiliations(),
                 (QStringList{QStringLiteral("University of California, Berkeley"),
                              QStringLiteral("Tsinghua University"), QString()}));
    }

    // Progress counts the papers the library had as done at once.
    void progressCountsTheLibrarysPapers()
    {
        m_store->papers.insert(QStringLiteral("2611.00001"),
                               paper(QStringLiteral("2611.00001"), QStringLiteral("Known")));
        m_server->route(QStringLiteral("/api/query"), Server::ok(feedFor({QStringLiteral("2611.00002")})));
        QSignalSpy progress(m_intake, &PaperIntake::progress);
        lookup({QStringLiteral("2611.00001"), QStringLiteral("2611.00002")});
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().at(1).toInt(), 2);
        QCOMPARE(progress.first().at(2).toInt(), 2);
    }

    void searchAndCancel()
    {
        QByteArray page = feedFor({QStringLiteral("2611.00011")});
        m_server->route(QStringLiteral("/api/query"), Server::ok(page),
                        QStringLiteral("search_query=all:robots"));
        QSignalSpy searched(m_intake, &PaperIntake::searchFinished);
        const quint64 op = m_intake->search(QStringLiteral("robots"), 0, 10);
        QVERIFY(searched.wait(10000));
        QCOMPARE(searched.first().at(0).value<quint64>(), op);
        QCOMPARE(paperIdsOf(searched.first().at(1).value<ArxivSearchResult>().papers),
                 QStringList{QStringLiteral("2611.00011")});
        Server::Response slow = Server::ok(feedFor({QStringLiteral("2611.00012")}));
        slow.delayMs = 30000;
        m_server->route(QStringLiteral("/api/query"), slow, QStringLiteral("id_list=2611.00012"));
        QSignalSpy looked(m_intake, &PaperIntake::lookupFinished);
        const quint64 lookupOp = m_intake->lookup(PaperIntake::readIds({QStringLiteral("2611.00012")}).ids);
        QTRY_COMPARE(m_server->requestCount(), 2);
        m_intake->cancel(lookupOp);
        QCOMPARE(looked.size(), 1);
        QVERIFY(looked.first().at(1).value<ArxivLookupResult>().cancelled);
    }

    void entriesForPapersRefuseWhatTheDigestHas()
    {
        const QVector<DigestEntry> existing{entry(QStringLiteral("2210.06441"))};
        const PaperIntake::Batch batch = m_intake->entriesFor(
            {paper(QStringLiteral("2210.06441"), QStringLiteral("Again")),
             paper(QStringLiteral("2210.05337"), QStringLiteral("SGD  with large steps")),
             paper(QStringLiteral("2210.05337"), QStringLiteral("Twice"))},
            existing);
        QCOMPARE(batch.entries.size(), 1);
        const DigestEntry &made = batch.entries.first();
        QCOMPARE(made.arxivId(), QStringLiteral("2210.05337"));
        QCOMPARE(made.title(), QStringLiteral("SGD with large steps"));
        QCOMPARE(made.tag(), QStringLiteral("LG"));
        QCOMPARE(made.authorsLine(), QStringLiteral("J Geiping, M Goldblum"));
        QCOMPARE(made.link(), QStringLiteral("https://arxiv.org/abs/2210.05337"));
        QCOMPARE(batch.present.size(), 2);
        QCOMPARE(batch.present.at(0).id, QStringLiteral("2210.06441"));
        QCOMPARE(batch.present.at(0).position, 1);
        QCOMPARE(batch.present.at(1).id, QStringLiteral("2210.05337"));
        QCOMPARE(batch.present.at(1).position, 2); // where the first one goes
        QVERIFY(batch.toLookUp.isEmpty());
    }

    // arXiv's affiliations go into the line in the house's form, as a paper's own do (docs/format.md):
    // institutions reduced to their names, in order of first appearance, joined by " & ".
    void entriesHaveTheHousesAffiliationLine()
    {
        Paper p = paper(QStringLiteral("2210.05337"), QStringLiteral("SGD with large steps"));
        p.setAuthors({QStringLiteral("A One"), QStringLiteral("B Two"), QStringLiteral("C Three")});
        p.setAffiliations(
            {QStringLiteral("Department of Physics, University of Maryland, College Park, MD, USA"),
             QStringLiteral("Google DeepMind, London"),
             QStringLiteral("Department of Computer Science, University of Maryland")});
        const PaperIntake::Batch batch = m_intake->entriesFor({p}, {});
        QCOMPARE(batch.entries.size(), 1);
        QCOMPARE(batch.entries.first().affiliations(),
                 QStringLiteral("University of Maryland & Google DeepMind"));
    }

    void entriesForIdsStartCompleteWhenTheLibraryKnowsThePaper()
    {
        m_store->papers.insert(QStringLiteral("2210.06441"),
                               paper(QStringLiteral("2210.06441"), QStringLiteral("How Much Data")));
        const PaperIntake::Batch batch =
            m_intake->entriesForIds({QStringLiteral("2210.06441"), QStringLiteral("2301.00001"),
                                     QStringLiteral("2301.00001"), QStringLiteral("2210.10001")},
                                    {entry(QStringLiteral("2210.10001"))});
        QCOMPARE(batch.entries.size(), 2);
        QCOMPARE(batch.entries.at(0).title(), QStringLiteral("How Much Data"));
        QCOMPARE(batch.entries.at(0).version(), 2);
        QCOMPARE(batch.entries.at(1).arxivId(), QStringLiteral("2301.00001"));
        QVERIFY(batch.entries.at(1).title().isEmpty());
        QCOMPARE(batch.entries.at(1).link(), QStringLiteral("https://arxiv.org/abs/2301.00001"));
        QCOMPARE(batch.toLookUp, QStringList{QStringLiteral("2301.00001")});
        QCOMPARE(batch.present.size(), 2);
        QCOMPARE(batch.present.at(0).position, 3); // the repeated id, after the existing entry and the first
        QCOMPARE(batch.present.at(1).position, 1);
    }

    void placeholdersAreFilledOnlyWhereEmpty()
    {
        DigestEntry placeholder = entry(QStringLiteral("2210.05337"));
        placeholder.setLink(QStringLiteral("https://arxiv.org/abs/2210.05337"));
        placeholder.setTitle(QStringLiteral("Typed meanwhile"));
        const Paper looked = paper(QStringLiteral("2210.05337"), QStringLiteral("SGD"));
        const QVector<PaperIntake::Fill> fills = m_intake->placeholderFills(placeholder, looked);
        QStringList fields;
        for (const PaperIntake::Fill &fill : fills)
            fields.append(DigestEntry::fieldName(fill.first));
        QVERIFY(!fields.contains(QStringLiteral("title")));
        QVERIFY(fields.contains(QStringLiteral("tag")));
        QVERIFY(fields.contains(QStringLiteral("authors_line")));
        QVERIFY(fields.contains(QStringLiteral("abstract")));
        QVERIFY(m_intake->placeholderFills(entry(QStringLiteral("2301.00001")), looked).isEmpty());
    }

    void positionOfIsOneBased()
    {
        const QVector<DigestEntry> entries{entry(QStringLiteral("a")), entry(QStringLiteral("b"))};
        QCOMPARE(PaperIntake::positionOf(entries, QStringLiteral("b")), 2);
        QCOMPARE(PaperIntake::positionOf(entries, QStringLiteral("c")), 0);
    }
};

QTEST_GUILESS_MAIN(TestPaperIntake)
#include "tst_paperintake.moc"
