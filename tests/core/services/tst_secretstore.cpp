// SecretStore against the real Secret Service: a throw-away GNOME keyring in a private D-Bus session
// (tests/support/with-keyring.sh runs this test). Secrets written here are checked with secret-tool, which
// talks to the same keyring without our code, so a store that only pretended would fail.
#include "services/secretstore.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // What the keyring holds for `name`, asked through secret-tool (QtKeychain files entries under the
    // attributes `server` = service and `user` = name).
    static QString lookedUp(const QString &name)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                   SecretStore::serviceName(), QStringLiteral("user"), name});
        if (!tool.waitForFinished(10000))
            return QStringLiteral("(secret-tool did not finish)");
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DIGEST_KEYRING_SESSION"),
                 "run through tests/support/with-keyring.sh (ctest does)");
    }

    void theThrowAwayKeyringAnswers()
    {
        SecretStore store;
        QVERIFY(store.keychainAvailable());
    }

    void writeReadBackAndRemove()
    {
        SecretStore store;
        const QString name = QString::fromLatin1(SecretStore::LlmApiKey);
        const QString secret = QStringLiteral("sk-test-密钥-0123456789");
        QString error;
        QVERIFY2(store.write(name, secret, &error), qPrintable(error));
        QCOMPARE(store.read(name, &error), secret);
        QCOMPARE(lookedUp(name), secret);
        // A second store (as the next launch would make) finds it too.
        SecretStore::resetForTests();
        QCOMPARE(SecretStore().read(name), secret);

        QVERIFY2(store.remove(name, &error), qPrintable(error));
        QCOMPARE(store.read(name, &error), QString());
        QVERIFY(error.isEmpty());
        QCOMPARE(lookedUp(name), QString());
    }

    void anAbsentEntryIsEmptyNotAnError()
    {
        SecretStore store;
        QString error;
        QCOMPARE(store.read(QStringLiteral("never-written"), &error), QString());
        QVERIFY(error.isEmpty());
        QVERIFY(store.remove(QStringLiteral("never-written"), &error));
    }

    void theEnvironmentComesFirst()
    {
        SecretStore store;
        const QString name = QString::fromLatin1(SecretStore::DeeplApiKey);
        QVERIFY(store.write(name, QStringLiteral("from-keychain")));
        QProcessEnvironment environment;
        QCOMPARE(store.resolve(name, environment, "DIGEST_DEEPL_API_KEY"), QStringLiteral("from-keychain"));
        environment.insert(QStringLiteral("DIGEST_DEEPL_API_KEY"), QStringLiteral("from-environment"));
        QCOMPARE(store.resolve(name, environment, "DIGEST_DEEPL_API_KEY"),
                 QStringLiteral("from-environment"));
        // An empty variable counts as not set.
        environment.insert(QStringLiteral("DIGEST_DEEPL_API_KEY"), QString());
        QCOMPARE(store.resolve(name, environment, "DIGEST_DEEPL_API_KEY"), QStringLiteral("from-keychain"));
        QVERIFY(store.remove(name));
    }

    void aKeyInTheSettingsFileMovesToTheKeychainOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("migrate.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("OpenAlex/apiKey"), QStringLiteral("oa-secret-42"));
            settings.setValue(QStringLiteral("OpenAlex/url"), QStringLiteral("http://127.0.0.1:1/oa"));
        }
        const QString name = QString::fromLatin1(SecretStore::OpenAlexApiKey);
        SecretStore store;
        QSettings settings(path, QSettings::IniFormat);
        QString error;
        QVERIFY2(store.migrateFromSettings(settings, QStringLiteral("OpenAlex/apiKey"), name, &error),
                 qPrintable(error));
        QCOMPARE(store.read(name), QStringLiteral("oa-secret-42"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY2(!saved.contains("oa-secret-42"), saved.constData());
        QVERIFY(saved.contains("127.0.0.1")); // the other settings stay
        // Nothing left to move: the keychain keeps what it has.
        QVERIFY(store.migrateFromSettings(settings, QStringLiteral("OpenAlex/apiKey"), name, &error));
        QCOMPARE(store.read(name), QStringLiteral("oa-secret-42"));
        QVERIFY(store.remove(name));
    }

    void aNewerKeyInTheKeychainWinsOverAnOldSavedOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.ini"));
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("OpenAlex/apiKey"), QStringLiteral("old"));
        const QString name = QString::fromLatin1(SecretStore::OpenAlexApiKey);
        SecretStore store;
        QVERIFY(store.write(name, QStringLiteral("new")));
        QVERIFY(store.migrateFromSettings(settings, QStringLiteral("OpenAlex/apiKey"), name));
        QCOMPARE(store.read(name), QStringLiteral("new"));
        QVERIFY(!settings.contains(QStringLiteral("OpenAlex/apiKey")));
        QVERIFY(store.remove(name));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
