// The drafting settings form: shows and saves the settings, keys go to the keychain (here the session memory:
// no keychain in this test) and never to the settings file, bad extra JSON is refused with a message, and
// Test connection asks the core against a loopback server: an answer, a 401 named as the key, and a server's
// markup shown as text.
#include "app/translations.h"
#include "dialogs/draftingsettingsdialog.h"
#include "loopbackhttpserver.h"
#include "services/secretstore.h"
#include "services/settingskeys.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;
namespace K = SettingsKeys;

class TestDraftingSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network; // the window's one, in the application

    template<typename T>
    static T *child(QDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    // A short answer for the sample paper Test connection sends (no math in it).
    static Server::Response sampleAnswer()
    {
        Server::Response response;
        response.header("Content-Type", "text/event-stream");
        response.chunks = {
            "data: {\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{\"content\":"
            "\"{\\\"zh_title\\\": \\\"注意力就是一切\\\", \\\"zh_short_title\\\": \\\"注意力\\\", "
            "\\\"zh_summary\\\": \\\"本文提出Transformer。\\\"}\"}}]}\n\n",
            "data: [DONE]\n\n"};
        return response;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain here: the session memory stands in (the keychain itself: core-secretstore).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/digest-studio-test-bus");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-settingsdialog-test"));
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void showsAndSavesTheSettingsWithTheKeyInTheKeychainOnly()
    {
        K::DraftModel.setValue(QStringLiteral("deepseek-chat"));
        K::DraftConcurrency.setValue(3);
        SecretStore secrets;
        DraftingSettingsDialog dialog(&secrets, &m_network);
        QCOMPARE(child<QLineEdit>(dialog, "modelEdit")->text(), QStringLiteral("deepseek-chat"));
        QCOMPARE(child<QSpinBox>(dialog, "concurrencySpin")->value(), 3);
        QVERIFY(child<QLabel>(dialog, "keyNote")->text().contains(QStringLiteral("session")));

        child<QLineEdit>(dialog, "urlEdit")->setText(QStringLiteral("https://api.deepseek.com/v1"));
        child<QSpinBox>(dialog, "timeoutSpin")->setValue(45);
        // The longest a request may take (--llm-timeout's saved setting), typed as a person types it.
        auto *deadline = child<QSpinBox>(dialog, "deadlineSpin");
        QCOMPARE(deadline->value(), 180);
        deadline->setFocus();
        QTest::keyClick(deadline, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(deadline, QStringLiteral("90"));
        QCOMPARE(deadline->value(), 90);
        child<QDoubleSpinBox>(dialog, "temperatureSpin")->setValue(0.7);
        child<QPlainTextEdit>(dialog, "extraJsonEdit")
            ->setPlainText(QStringLiteral("{\"thinking\": {\"type\": \"disabled\"}}"));
        child<QLineEdit>(dialog, "keyEdit")->setText(QStringLiteral("sk-typed-in-the-dialog"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QCOMPARE(K::DraftUrl.value(), QStringLiteral("https://api.deepseek.com/v1"));
        QCOMPARE(K::DraftTimeoutMs.value(), 45000);
        QCOMPARE(K::DraftDeadlineSeconds.value(), 90);
        QCOMPARE(K::DraftTemperature.value(), 0.7);
        QCOMPARE(secrets.read(QString::fromLatin1(SecretStore::LlmApiKey)),
                 QStringLiteral("sk-typed-in-the-dialog"));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("deepseek"));
        QVERIFY(!saved.contains("sk-typed"));

        // Shown again: the key is not, only that one is stored.
        DraftingSettingsDialog again(&secrets, &m_network);
        QCOMPARE(child<QLineEdit>(again, "keyEdit")->text(), QString());
        QVERIFY(child<QLineEdit>(again, "keyEdit")->placeholderText().contains(QStringLiteral("stored")));
        QCOMPARE(again.settings().apiKey, QStringLiteral("sk-typed-in-the-dialog"));
        QCOMPARE(again.settings().deadlineMs, 90000);

        // Forgotten at the person's word: gone from the keychain, and the form says so.
        auto *forget = child<QPushButton>(again, "forgetKeyButton");
        QVERIFY(forget->isEnabled());
        QVERIFY(!child<QPushButton>(again, "forgetDeeplKeyButton")->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        QCOMPARE(secrets.read(QString::fromLatin1(SecretStore::LlmApiKey)), QString());
        QCOMPARE(child<QLineEdit>(again, "keyEdit")->placeholderText(), QStringLiteral("none stored"));
        QVERIFY(!forget->isEnabled());
        QVERIFY(child<QLabel>(again, "testResult")->text().contains(QStringLiteral("removed")));
    }

    void badExtraJsonIsRefusedWithAMessage()
    {
        SecretStore secrets;
        DraftingSettingsDialog dialog(&secrets, &m_network);
        child<QLineEdit>(dialog, "modelEdit")->setText(QStringLiteral("not-saved"));
        child<QPlainTextEdit>(dialog, "extraJsonEdit")->setPlainText(QStringLiteral("[1, 2]"));
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("one object")));
        child<QPlainTextEdit>(dialog, "extraJsonEdit")->setPlainText(QStringLiteral("{\"a\": "));
        QVERIFY(dialog.problem().contains(QStringLiteral("not valid JSON")));
        QVERIFY(K::DraftModel.value() != QStringLiteral("not-saved"));
    }

    // Regression: a key typed into the URL or the extra JSON landed in the settings file, and http://
    // sent keys in clear text. Typed and confirmed as a person would: refused with the reason, nothing saved.
    void keysAndCleartextAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("extraJson");
        QTest::addColumn<QString>("says");
        const QString https = QStringLiteral("https://api.deepseek.com/v1");
        QTest::newRow("a key in the URL")
            << QStringLiteral("https://api.deepseek.com/v1?api_key=Zq7mN2pQ8rS4tV6w") << QString()
            << QStringLiteral("looks like a key");
        QTest::newRow("an sk- key in the URL's path")
            << QStringLiteral("https://api.deepseek.com/sk-Zq7mN2pQ8rS4tV6wXy/v1") << QString()
            << QStringLiteral("looks like a key");
        QTest::newRow("a key in the extra JSON")
            << https << QStringLiteral("{\"headers\": {\"Authorization\": \"Bearer Zq7mN2pQ8rS4tV6w\"}}")
            << QStringLiteral("the member headers");
        QTest::newRow("http:// to another machine")
            << QStringLiteral("http://api.deepseek.com/v1") << QString() << QStringLiteral("clear text");
    }

    void keysAndCleartextAreRefusedWithTheReason()
    {
        QFETCH(QString, url);
        QFETCH(QString, extraJson);
        QFETCH(QString, says);
        K::DraftUrl.setValue(QStringLiteral("https://saved.example/v1"));
        SecretStore secrets;
        DraftingSettingsDialog dialog(&secrets, &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *urlEdit = child<QLineEdit>(dialog, "urlEdit");
        urlEdit->setFocus();
        urlEdit->selectAll();
        QTest::keyClicks(urlEdit, url);
        auto *extra = child<QPlainTextEdit>(dialog, "extraJsonEdit");
        extra->setFocus();
        extra->selectAll();
        QTest::keyClick(extra, Qt::Key_Delete);
        QTest::keyClicks(extra, extraJson);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        const QString error = child<QLabel>(dialog, "errorLabel")->text();
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("Zq7mN2pQ8rS4tV6w")), qPrintable(error));
        QCOMPARE(K::DraftUrl.value(), QStringLiteral("https://saved.example/v1"));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Zq7mN2pQ8rS4tV6w"));
    }

    void testConnectionAsksTheCore()
    {
        Server server;
        QVERIFY(server.listen());
        server.route(
            QStringLiteral("/v1/chat/completions"),
            QVector<Server::Response>{sampleAnswer(),
                                      Server::status(401, Test::fixture(QStringLiteral("llm/error-401.json")),
                                                     "application/json")});
        SecretStore secrets;
        DraftingSettingsDialog dialog(&secrets, &m_network);
        child<QLineEdit>(dialog, "urlEdit")->setText(server.url(QStringLiteral("/v1")).toString());
        child<QLineEdit>(dialog, "modelEdit")->setText(QStringLiteral("gpt-4o-mini"));
        child<QPlainTextEdit>(dialog, "extraJsonEdit")->clear();
        child<QLineEdit>(dialog, "keyEdit")->setText(QStringLiteral("sk-test-not-shown"));
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QTRY_VERIFY2(dialog.testResult().startsWith(QStringLiteral("Connected")),
                     qPrintable(dialog.testResult()));
        QCOMPARE(server.requests().constFirst().headers.value("authorization"),
                 QByteArray("Bearer sk-test-not-shown"));

        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog.testResult().startsWith(QStringLiteral("Failed")));
        QVERIFY2(dialog.testResult().contains(QStringLiteral("key")), qPrintable(dialog.testResult()));
        QVERIFY(!dialog.testResult().contains(QStringLiteral("sk-test-not-shown")));
    }

    // A server whose error text is markup: the test result shows the markup as letters (no link to follow, no
    // local file loaded as an image).
    void aServersMarkupIsShownAsText()
    {
        Server server;
        QVERIFY(server.listen());
        server.route(
            QStringLiteral("/v1/chat/completions"),
            Server::status(500, Test::fixture(QStringLiteral("llm/error-markup.json")), "application/json"));
        SecretStore secrets;
        DraftingSettingsDialog dialog(&secrets, &m_network);
        child<QLineEdit>(dialog, "urlEdit")->setText(server.url(QStringLiteral("/v1")).toString());
        child<QLineEdit>(dialog, "modelEdit")->setText(QStringLiteral("gpt-4o-mini"));
        child<QPlainTextEdit>(dialog, "extraJsonEdit")->clear();
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog.testResult().startsWith(QStringLiteral("Failed")));
        QLabel *result = child<QLabel>(dialog, "testResult");
        QVERIFY2(result->text().contains(QStringLiteral("<a href=")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("<img src=")), qPrintable(result->text()));
        QCOMPARE(result->textFormat(), Qt::PlainText);
        for (const char *name : {"errorLabel", "keyNote"})
            QCOMPARE(child<QLabel>(dialog, name)->textFormat(), Qt::PlainText);
    }

    // Screenshots for review when $DIGEST_SCREENSHOT_DIR is set: the refusal of a key in the extra JSON, in
    // English and in Chinese.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("DIGEST_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            Translations::install(qApp, language);
            SecretStore secrets;
            DraftingSettingsDialog dialog(&secrets, &m_network);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            child<QPlainTextEdit>(dialog, "extraJsonEdit")
                ->setPlainText(QStringLiteral("{\"api_key\": \"Zq7mN2pQ8rS4tV6w\"}"));
            QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/drafting-settings-key-") + language +
                                       QStringLiteral(".png")));
        }
        Translations::install(qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDraftingSettingsDialog)
#include "tst_draftingsettingsdialog.moc"
