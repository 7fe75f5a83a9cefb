// PaperIntake: ids read and de-duplicated, lookups through the client with the library answering for known
// papers, entries with the entry defaults, papers already in the digest refused, placeholders filled.
#include "loopbackhttpserver.h"
#include "memorypaperstore.h"
#include "scratchlibraries.h"
#include "services/paperintake.h"
#include "storage/library.h"
#include "testsupport.h"

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
    ArxivClient *m_client = nullptr;
    Test::MemoryPaperStore *m_store = nullptr;
    PaperIntake *m_intake = nullptr;

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
        m_client = new ArxivClient(m_network);
        m_client->setApiUrl(m_server->url(QStringLiteral("/api/query")));
        m_client->setIntervalMs(10);
        m_client->setMaxRetries(0);
        m_store = new Test::MemoryPaperStore;
        m_client->setStore(m_store);
        m_intake = new PaperIntake(m_client, m_store);
        m_intake->setEntryDefaults(EntryDefaults(TagTable(), 7, 4));
    }

    void cleanup()
    {
        delete m_intake;
        delete m_client;
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
        const ArxivClient::LookupResult result = m_intake->lookupAndWait(
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
        m_client->setStore(library.get());
        PaperIntake intake(m_client, library.get());
        Server::Response cut = Server::ok(Test::fixture(QStringLiteral("arxiv/api-one-of-two.xml")));
        cut.truncateAt = cut.body.size() / 2;
        m_server->route(QStringLiteral("/api/query"), cut);
        const ArxivClient::LookupResult result = intake.lookupAndWait(
            PaperIntake::readIds({QStringLiteral("1605.08386"), QStringLiteral("2401.99999")}).ids);
        QVERIFY2(result.error.contains(QLatin1String("cut short")) &&
                     result.error.contains(QLatin1String("127.0.0.1")),
                 qPrintable(result.error));
        QVERIFY(result.papers.isEmpty());
        Paper stored;
        QVERIFY(!library->findPaper(QStringLiteral("1605.08386"), &stored));
        m_client->setStore(m_store);
    }

    void signalsOnlyItsOwnLookups()
    {
        QSignalSpy finished(m_intake, &PaperIntake::lookupFinished);
        QSignalSpy clientFinished(m_client, &ArxivClient::lookupFinished);
        m_client->lookup({ArxivId::parse(QStringLiteral("abc"))}); // someone else's
        const quint64 mine = m_intake->lookup({ArxivId::parse(QStringLiteral("xyz"))});
        QTRY_COMPARE(clientFinished.count(), 2);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<quint64>(), mine);
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
