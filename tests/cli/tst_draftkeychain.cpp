// The drafting key from the real keychain to the wire: stored in a throw-away GNOME keyring (ctest runs this
// test inside tests/support/with-keyring.sh), checked there with secret-tool (not our code), read by the real
// digestctl in another process and sent in the Authorization header to a loopback model server. Without a
// keyring this fails: the session memory SecretStore falls back to lives in one process and cannot reach
// digestctl.
#include "draftingserver.h"
#include "inprocessctl.h"
#include "loopbackhttpserver.h"
#include "services/secretstore.h"
#include "storage/library.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

namespace {

const QString Key = QStringLiteral("sk-from-the-keyring-7f3a9c");

// What the keyring holds for `name`, asked without our code (QtKeychain files an entry under the attributes
// `server` = the service and `user` = the name).
QString lookedUp(const QString &name)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                               SecretStore::serviceName(), QStringLiteral("user"), name});
    if (!tool.waitForFinished(10000))
        return QStringLiteral("(secret-tool did not finish)");
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

class TestDraftKeychain final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int status = -1;
        QString out;
        QString err;
    };

    // `digestctl draft 2026-12-01 EXTRA...`, the real program, with no DIGEST_ variable at all (so no
    // $DIGEST_LLM_API_KEY), in this test's keyring session (the D-Bus address is inherited). The event loop
    // runs meanwhile: the model server is in this process.
    Run draft(const Server &server, const QStringList &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = Test::cleanEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(DIGESTCTL_PATH),
                      QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--llm-url"),
                                  server.url(QStringLiteral("/v1")).toString(), QStringLiteral("--llm-model"),
                                  QStringLiteral("deepseek-chat"), QStringLiteral("draft"),
                                  QStringLiteral("2026-12-01")} +
                          extra);
        Run run;
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.status = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DIGEST_KEYRING_SESSION"),
                 "run through tests/support/with-keyring.sh (ctest does): this test needs a real keyring");
        QVERIFY2(SecretStore().keychainAvailable(),
                 "no keychain answered: the key would only live in memory");
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));
        auto library = Library::open(m_db);
        QVERIFY(library);
        const qint64 digest = library->createDigest(QDate(2026, 12, 1));
        const Test::DraftPaper paper = Test::draftPapers().at(1);
        DigestEntry e;
        e.setArxivId(paper.arxivId);
        e.setTag(paper.tag);
        e.setTitle(paper.title);
        e.setAbstract(paper.abstract);
        e.setLink(QStringLiteral("https://arxiv.org/abs/") + paper.arxivId);
        LibraryError error;
        QVERIFY2(!library->appendEntry(digest, e, &error).arxivId().isEmpty(), qPrintable(error.message));
    }

    void aKeyInTheKeyringReachesTheAuthorizationHeader()
    {
        const QString name = QString::fromLatin1(SecretStore::LlmApiKey);
        SecretStore store;
        QString error;
        QVERIFY2(store.write(name, Key, &error), qPrintable(error));
        QCOMPARE(lookedUp(name), Key); // in the keyring itself, not only in this process

        Server server;
        QVERIFY(server.listen());
        Test::DraftingServer fake(&server);
        fake.answerPapers();
        const Run run = draft(server);
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests().first().headers.value("authorization"),
                 QByteArray("Bearer ") + Key.toUtf8());
        QVERIFY(!server.requests().first().body.contains(Key.toUtf8()));
        QVERIFY(!run.out.contains(Key) && !run.err.contains(Key));
        QVERIFY(store.remove(name));
    }

    // The control: with the entry removed from the keyring, digestctl has no key and sends none (so the
    // header above came from the keyring and from nowhere else).
    void withoutTheKeyNoAuthorizationIsSent()
    {
        const QString name = QString::fromLatin1(SecretStore::LlmApiKey);
        QVERIFY(SecretStore().remove(name));
        QCOMPARE(lookedUp(name), QString());
        Server server;
        QVERIFY(server.listen());
        Test::DraftingServer fake(&server);
        fake.answerPapers();
        // The entry is drafted already: ask for it by position, overwriting.
        const Run run = draft(server, {QStringLiteral("1"), QStringLiteral("--overwrite")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(!server.requests().first().headers.contains("authorization"));
    }
};

QTEST_MAIN(TestDraftKeychain)
#include "tst_draftkeychain.moc"
