// digestctl lookup, the real binary against a loopback arXiv: JSON papers, named failures, the global
// options.
#include "loopbackhttpserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using Server = DigestStudio::Test::LoopbackHttpServer;
using namespace DigestStudio;

namespace {

QByteArray feedFor(const QStringList &ids)
{
    QByteArray xml =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">";
    for (const QString &id : ids)
        xml += "<entry><id>http://arxiv.org/abs/" + id.toUtf8() + "v1</id><title>T " + id.toUtf8() +
               "</title><arxiv:primary_category term=\"cs.LG\"/><author><name>A B</name></author></entry>";
    return xml + "</feed>";
}

} // namespace

class TestLookup final : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    Server *m_server = nullptr;

    // The server lives in this process, so wait without blocking its event loop.
    Result run(const QStringList &arguments,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(DIGESTCTL_PATH), arguments);
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList api(int intervalMs = 50) const
    {
        return {QStringLiteral("--arxiv-api"), m_server->url(QStringLiteral("/api/query")).toString(),
                QStringLiteral("--arxiv-interval-ms"), QString::number(intervalMs), QStringLiteral("lookup")};
    }

    void routeIds(const QStringList &ids, const QVector<Server::Response> &responses)
    {
        m_server->route(QStringLiteral("/api/query"), responses,
                        QStringLiteral("id_list=") + ids.join(QLatin1Char(',')) + QLatin1Char('&'));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QProcess::ExitStatus>(); }

    void init()
    {
        m_server = new Server(this);
        QVERIFY(m_server->listen());
    }

    void cleanup() { delete m_server; }

    void printsPapersAsJson()
    {
        const QStringList ids{QStringLiteral("2210.06441"), QStringLiteral("math/0611800"),
                              QStringLiteral("2301.00001")};
        routeIds(ids, {Server::ok(Test::fixture(QStringLiteral("arxiv/api-three.xml")))});
        const Result r = run(api() + QStringList{QStringLiteral("https://arxiv.org/pdf/2210.06441v2.pdf"),
                                                 QStringLiteral("arXiv:math.CA/0611800"),
                                                 QStringLiteral("10.48550/arXiv.2301.00001")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 1);
        const QJsonArray papers = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(papers.size(), 3);
        const QJsonObject first = papers.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("2210.06441"));
        QCOMPARE(first.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("primary_category")).toString(), QStringLiteral("cs.LG"));
        QCOMPARE(first.value(QStringLiteral("affiliations")).toArray().at(0).toString(),
                 QStringLiteral("University of Maryland"));
        for (const char *field : {"title", "authors", "abstract", "categories", "published", "updated",
                                  "comment", "journal_ref", "doi", "abs_url", "pdf_url"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        QCOMPARE(papers.at(1).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("math/0611800"));
        const QByteArray agent = m_server->requests().first().headers.value("user-agent");
        QVERIFY2(agent.startsWith("DigestStudio/" DIGEST_VERSION), agent.constData());
    }

    void namesEveryIdNotFoundOrInvalid()
    {
        const QStringList asked{QStringLiteral("1605.08386"), QStringLiteral("2401.99999")};
        routeIds(asked, {Server::ok(Test::fixture(QStringLiteral("arxiv/api-one-of-two.xml")))});
        const Result r = run(api() + QStringList{QStringLiteral("1605.08386"), QStringLiteral("abc"),
                                                 QStringLiteral("2401.99999"), QStringLiteral("1234.12345")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not found on arXiv: 2401.99999")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("not an arXiv id: 'abc'")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("'1234.12345': month 34 does not exist")), qPrintable(r.err));
        const QJsonArray papers = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(papers.size(), 1);
        QCOMPARE(papers.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("1605.08386"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void idRefusedByArxivIsNamed()
    {
        const QStringList asked{QStringLiteral("2210.06441"), QStringLiteral("9912.99999")};
        routeIds(asked, {Server::status(400, Test::fixture(QStringLiteral("arxiv/api-error-400.xml")))});
        routeIds({QStringLiteral("2210.06441")},
                 {Server::ok(Test::fixture(QStringLiteral("arxiv/api-three.xml")))});
        const Result r = run(api() + asked);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("arXiv refused '9912.99999': incorrect id format for 9912.99999")),
            qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    }

    void intervalOptionSpacesRequests()
    {
        QStringList ids;
        for (int i = 1; i <= 101; ++i)
            ids.append(QStringLiteral("2611.%1").arg(i, 5, 10, QLatin1Char('0')));
        routeIds(ids.mid(0, 100), {Server::ok(feedFor(ids.mid(0, 100)))});
        routeIds(ids.mid(100), {Server::ok(feedFor(ids.mid(100)))});
        const Result r = run(api(400) + ids);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 101);
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        const qint64 gap = requests.at(1).receivedMs - requests.at(0).receivedMs;
        QVERIFY2(gap >= 350,
                 qPrintable(QString::number(gap))); // 400 ms less loopback latency on a busy machine
    }

    void environmentNamesTheApi()
    {
        routeIds({QStringLiteral("1605.08386")}, {Server::ok(feedFor({QStringLiteral("1605.08386")}))});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DIGEST_ARXIV_API"),
                   m_server->url(QStringLiteral("/api/query")).toString());
        env.insert(QStringLiteral("DIGEST_ARXIV_INTERVAL_MS"), QStringLiteral("10"));
        const Result r = run({QStringLiteral("lookup"), QStringLiteral("1605.08386")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void unavailableArxivFailsInWords()
    {
        routeIds({QStringLiteral("1605.08386")}, {Server::status(503)});
        const Result r = run(api(10) + QStringList{QStringLiteral("1605.08386")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("could not look up 1605.08386")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("HTTP 503")), qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        QCOMPARE(m_server->requestCount(), 5); // the first try and four retries
    }

    void noIdIsAUsageError()
    {
        const Result r = run(api());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("lookup needs ID|URL...")), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLookup)
#include "tst_lookup.moc"
