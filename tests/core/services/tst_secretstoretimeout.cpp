// SecretStore::TimeoutMs against a real GNOME keyring in this test's own D-Bus session, stopped and continued
// with signals: a keychain that answers within the limit is waited for; one that does not answer is given up
// after SecretStore::TimeoutMs, said in words, and the session memory serves instead. (A keychain cannot be
// made to answer at an exact millisecond: the "within" case answers at three quarters of the limit.)
#include "services/secretstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace DigestStudio;

class TestSecretStoreTimeout final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    qint64 m_pid = 0;

    // The keyring holds its name on the private bus.
    bool keyringListens() const
    {
        QProcess ask;
        ask.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--session"), QStringLiteral("--dest=org.freedesktop.DBus"),
                   QStringLiteral("--print-reply"), QStringLiteral("/org/freedesktop/DBus"),
                   QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                   QStringLiteral("string:org.freedesktop.secrets")});
        return ask.waitForFinished(5000) && ask.readAllStandardOutput().contains("boolean true");
    }

    static const QString &name()
    {
        static const QString entry = QString::fromLatin1(SecretStore::LlmApiKey);
        return entry;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Its own session: stopping the keyring of the suite's session would stall every other keychain test.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *variable :
             {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
            const QString folder = m_dir.filePath(QString::fromLatin1(variable));
            QVERIFY(QDir().mkpath(folder));
            QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            env.insert(QString::fromLatin1(variable), folder);
        }
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1"),
                     QStringLiteral("--address=unix:path=") + m_dir.filePath(QStringLiteral("bus"))});
        QVERIFY2(m_bus.waitForReadyRead(10000), "dbus-daemon did not start (package dbus-daemon)");
        const QByteArray address = m_bus.readLine().trimmed();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(address));
        m_keyring.setProcessEnvironment(env);
        // An empty password on stdin creates and unlocks the login keyring, as tests/support/with-keyring.sh.
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")});
        QVERIFY2(m_keyring.waitForStarted(10000),
                 "gnome-keyring-daemon did not start (package gnome-keyring)");
        m_keyring.write("\n");
        m_keyring.closeWriteChannel();
        m_pid = m_keyring.processId();
        QTRY_VERIFY_WITH_TIMEOUT(keyringListens(), 10000);
        SecretStore::resetForTests();
        QVERIFY(SecretStore().keychainAvailable());
    }

    void cleanupTestCase()
    {
        if (m_pid > 0)
            ::kill(static_cast<pid_t>(m_pid), SIGCONT);
        m_keyring.terminate();
        m_keyring.waitForFinished(5000);
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    void aKeychainAnsweringWithinTheLimitIsWaitedFor()
    {
        SecretStore secrets;
        QString error;
        QVERIFY2(secrets.write(name(), QStringLiteral("sk-within-the-limit"), &error), qPrintable(error));
        const int answerAfter = SecretStore::TimeoutMs * 3 / 4;
        const pid_t pid = static_cast<pid_t>(m_pid);
        ::kill(pid, SIGSTOP);
        QTimer::singleShot(answerAfter, Qt::PreciseTimer, [pid] { ::kill(pid, SIGCONT); });
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(secrets.read(name(), &error), QStringLiteral("sk-within-the-limit"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(clock.elapsed() >= answerAfter); // it did wait for the answer
        QVERIFY(secrets.keychainAvailable());
    }

    void aKeychainThatDoesNotAnswerIsGivenUpAfterTheLimit()
    {
        SecretStore secrets;
        const pid_t pid = static_cast<pid_t>(m_pid);
        ::kill(pid, SIGSTOP);
        QElapsedTimer clock;
        clock.start();
        QString error;
        const QString read = secrets.read(name(), &error);
        const qint64 waited = clock.elapsed();
        ::kill(pid, SIGCONT);
        QVERIFY2(waited >= SecretStore::TimeoutMs, qPrintable(QString::number(waited)));
        QCOMPARE(error, QStringLiteral("The keychain did not answer within 10 seconds."));
        QCOMPARE(read, QString()); // the session memory, which holds nothing of it
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreTimeout)
#include "tst_secretstoretimeout.moc"
