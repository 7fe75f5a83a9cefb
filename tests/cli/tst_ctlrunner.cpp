// CtlRunner with the GUI's saved settings in a scratch $XDG_CONFIG_HOME: the library the GUI names, the
// arXiv endpoint and interval saved there, and option > environment > setting > default, in this process
// and through the real digestctl.
#include "inprocessctl.h"
#include "loopbackhttpserver.h"
#include "services/settingskeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

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

template<typename T>
void save(const SettingsKey<T> &key, const T &value)
{
    QSettings settings;
    key.setValue(settings, value);
    settings.sync();
}

} // namespace

class TestCtlRunner final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Server *m_server = nullptr;

    QString library(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    // The real digestctl with the scratch settings; the server lives here, so the wait keeps it answering.
    Test::CtlRun runProgram(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = Test::cleanEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(DIGESTCTL_PATH), arguments);
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Answers the one id on every path a test may point the API at.
    void routeEverywhere(const QString &id)
    {
        for (const char *path : {"/saved/query", "/env/query", "/option/query"})
            m_server->route(QString::fromLatin1(path), Server::ok(feedFor({id})));
    }

    QString lastRequestPath() const
    {
        return m_server->requests().isEmpty() ? QString() : m_server->requests().last().path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(Test::useScratchSettings(m_dir.path()), qPrintable(QSettings().fileName()));
        qRegisterMetaType<QProcess::ExitStatus>();
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

    void usageNamesTheListingAndItsUrl()
    {
        const Test::CtlRun r = Test::runCtl({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        for (const char *text : {"[--arxiv-listing-url URL]", "$DIGEST_ARXIV_LISTING_URL",
                                 "listing [CATEGORY...] [--cross-lists] [--json]", "the GUI's saved setting"})
            QVERIFY2(r.out.contains(QLatin1String(text)), text);
    }

    void theLibraryIsTheOneTheGuiSettingsName()
    {
        const QString saved = library(QStringLiteral("gui"));
        save(SettingsKeys::LibraryLocation, saved);
        const Test::CtlRun made = Test::runCtl({QStringLiteral("new"), QStringLiteral("2026-11-30")});
        QVERIFY2(made.status == 0, qPrintable(made.err));
        QVERIFY(QFile::exists(saved));
        // The real program, with no --db and no $DIGEST_DB, finds it through the same settings file.
        const Test::CtlRun listed = runProgram({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.status == 0, qPrintable(listed.err));
        const QJsonArray digests = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(digests.size(), 1);
        QCOMPARE(digests.first().toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2026-11-30"));
    }

    void libraryOptionBeatsVariableBeatsSetting()
    {
        save(SettingsKeys::LibraryLocation, library(QStringLiteral("saved")));
        QProcessEnvironment env = Test::cleanEnvironment();
        env.insert(QStringLiteral("DIGEST_DB"), library(QStringLiteral("env")));
        QCOMPARE(Test::runCtl({QStringLiteral("--db"), library(QStringLiteral("option")),
                               QStringLiteral("new"), QStringLiteral("2026-12-01")},
                              env)
                     .status,
                 0);
        QVERIFY(QFile::exists(library(QStringLiteral("option"))));
        QVERIFY(!QFile::exists(library(QStringLiteral("env"))));
        QCOMPARE(Test::runCtl({QStringLiteral("new"), QStringLiteral("2026-12-01")}, env).status, 0);
        QVERIFY(QFile::exists(library(QStringLiteral("env"))));
        QVERIFY(!QFile::exists(library(QStringLiteral("saved"))));
        QCOMPARE(Test::runCtl({QStringLiteral("new"), QStringLiteral("2026-12-01")}).status, 0);
        QVERIFY(QFile::exists(library(QStringLiteral("saved"))));
    }

    void theSavedArxivEndpointAndIntervalAreUsed()
    {
        QStringList ids;
        for (int i = 1; i <= 101; ++i)
            ids.append(QStringLiteral("2611.%1").arg(i, 5, 10, QLatin1Char('0')));
        m_server->route(QStringLiteral("/saved/query"), Server::ok(feedFor(ids.mid(0, 100))),
                        QStringLiteral("id_list=") + ids.mid(0, 100).join(QLatin1Char(',')) +
                            QLatin1Char('&'));
        m_server->route(QStringLiteral("/saved/query"), Server::ok(feedFor(ids.mid(100))),
                        QStringLiteral("id_list=") + ids.at(100) + QLatin1Char('&'));
        save(SettingsKeys::ArxivApiUrl, m_server->url(QStringLiteral("/saved/query")).toString());
        save(SettingsKeys::ArxivIntervalMs, 600);
        const Test::CtlRun r = Test::runCtl(QStringList{QStringLiteral("lookup")} + ids);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 101);
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path, QStringLiteral("/saved/query"));
        // The saved politeness interval, not the 3000 ms default nor none (less loopback latency).
        const qint64 gap = requests.at(1).receivedMs - requests.at(0).receivedMs;
        QVERIFY2(gap >= 550 && gap < 3000, qPrintable(QString::number(gap)));
    }

    void theRealDigestctlUsesTheSavedEndpoint()
    {
        routeEverywhere(QStringLiteral("1605.08386"));
        save(SettingsKeys::ArxivApiUrl, m_server->url(QStringLiteral("/saved/query")).toString());
        save(SettingsKeys::ArxivIntervalMs, 10);
        const Test::CtlRun r = runProgram({QStringLiteral("lookup"), QStringLiteral("1605.08386")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(lastRequestPath(), QStringLiteral("/saved/query"));
    }

    void apiOptionBeatsVariableBeatsSetting()
    {
        routeEverywhere(QStringLiteral("1605.08386"));
        save(SettingsKeys::ArxivApiUrl, m_server->url(QStringLiteral("/saved/query")).toString());
        const QStringList lookup{QStringLiteral("lookup"), QStringLiteral("1605.08386")};
        QCOMPARE(Test::runCtl(lookup).status, 0);
        QCOMPARE(lastRequestPath(), QStringLiteral("/saved/query"));
        QProcessEnvironment env = Test::cleanEnvironment();
        env.insert(QStringLiteral("DIGEST_ARXIV_API"),
                   m_server->url(QStringLiteral("/env/query")).toString());
        QCOMPARE(Test::runCtl(lookup, env).status, 0);
        QCOMPARE(lastRequestPath(), QStringLiteral("/env/query"));
        QCOMPARE(Test::runCtl(QStringList{QStringLiteral("--arxiv-api"),
                                          m_server->url(QStringLiteral("/option/query")).toString()} +
                                  lookup,
                              env)
                     .status,
                 0);
        QCOMPARE(lastRequestPath(), QStringLiteral("/option/query"));
        QCOMPARE(m_server->requestCount(), 3);
    }

    void aBadSavedSettingIsAUsageErrorNamingIt()
    {
        QSettings settings;
        settings.setValue(SettingsKeys::ArxivIntervalMs.name(), QStringLiteral("soon"));
        settings.sync();
        const Test::CtlRun r =
            Test::runCtl({QStringLiteral("--db"), library(QStringLiteral("bad")), QStringLiteral("list")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("the saved setting Arxiv/intervalMs")), qPrintable(r.err));
        QVERIFY2(r.err.contains(settings.fileName()), qPrintable(r.err));
        QVERIFY(!QFile::exists(library(QStringLiteral("bad"))));
    }

    void commandsParseTheirArgumentsAlike()
    {
        const QString db = library(QStringLiteral("args"));
        Test::CtlRun r = Test::runCtl({QStringLiteral("--db=") + db, QStringLiteral("new"),
                                       QStringLiteral("--title=周五"), QStringLiteral("2026-12-04")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = Test::runCtl({QStringLiteral("--db"), db, QStringLiteral("new"), QStringLiteral("2026-12-05"),
                          QStringLiteral("--title")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("option --title needs a value")), qPrintable(r.err));
        r = Test::runCtl({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--json=yes")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("option --json takes no value")), qPrintable(r.err));
        r = Test::runCtl({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("--json"),
                          QStringLiteral("2026-12-04")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("title")).toString(),
                 QStringLiteral("周五"));
    }
};

QTEST_GUILESS_MAIN(TestCtlRunner)
#include "tst_ctlrunner.moc"
