// SecretStore when no keychain is reachable (the session bus points nowhere): secrets live in the process's
// memory for the session only, nothing is written anywhere, and a key saved by an older version stays in the
// settings file rather than being lost.
#include "services/secretstore.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

class TestSecretStoreFallback final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before anything opens the session bus: no D-Bus session, so neither Secret Service nor KWallet.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/digest-studio-test-bus");
        qputenv("HOME", QFile::encodeName(m_dir.path()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        SecretStore::resetForTests();
    }

    void noKeychainMeansTheSessionFallback()
    {
        SecretStore store;
        QVERIFY(!store.keychainAvailable());
    }

    void secretsAreRememberedForTheSessionOnly()
    {
        SecretStore store;
        const QString name = QString::fromLatin1(SecretStore::LlmApiKey);
        QString error;
        QVERIFY(store.write(name, QStringLiteral("sk-session"), &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(store.read(name), QStringLiteral("sk-session"));
        QCOMPARE(SecretStore().read(name), QStringLiteral("sk-session")); // the whole process shares it
        QVERIFY(store.remove(name));
        QCOMPARE(store.read(name), QString());
        // Nothing reached the disk.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
                 QStringList());
    }

    void theEnvironmentStillComesFirst()
    {
        SecretStore store;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("DIGEST_LLM_API_KEY"), QStringLiteral("sk-env"));
        QCOMPARE(
            store.resolve(QString::fromLatin1(SecretStore::LlmApiKey), environment, "DIGEST_LLM_API_KEY"),
            QStringLiteral("sk-env"));
    }

    void aSavedKeyStaysInTheFileButServesTheSession()
    {
        QTemporaryDir settingsDir;
        const QString path = settingsDir.filePath(QStringLiteral("settings.ini"));
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("OpenAlex/apiKey"), QStringLiteral("oa-kept"));
        SecretStore store;
        QVERIFY(store.migrateFromSettings(settings, QStringLiteral("OpenAlex/apiKey"),
                                          QString::fromLatin1(SecretStore::OpenAlexApiKey)));
        QCOMPARE(settings.value(QStringLiteral("OpenAlex/apiKey")).toString(), QStringLiteral("oa-kept"));
        QCOMPARE(store.read(QString::fromLatin1(SecretStore::OpenAlexApiKey)), QStringLiteral("oa-kept"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreFallback)
#include "tst_secretstorefallback.moc"
