// DesktopNotifier on a notification server on the test's private session bus: a paper's title with `<`, `&`
// or `>` shows as written, whether or not the server reads markup in bodies (the Desktop Notifications
// Specification: a server with the "body-markup" capability reads <b>, <i>, <a> ... and XML entities in the
// body; one without shows the body as it is). Expected bodies written by hand from that rule.
#include "fakenotifications.h"
#include "services/desktopnotifier.h"

#include <QSignalSpy>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::FakeNotifications;

class TestDesktopNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodyText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("markup");
        QTest::addColumn<QString>("expected");
        const QString title = QStringLiteral("Wang assigned you paper 2: <b>Q&A</b> for x > 0");
        QTest::newRow("markup server")
            << title << true
            << QStringLiteral("Wang assigned you paper 2: &lt;b&gt;Q&amp;A&lt;/b&gt; for x &gt; 0");
        QTest::newRow("plain server") << title << false << title;
        QTest::newRow("an entity stays as written")
            << QStringLiteral("&amp; 稀疏") << true << QStringLiteral("&amp;amp; 稀疏");
        QTest::newRow("Chinese and quotes unchanged")
            << QStringLiteral("“稀疏专家” 'x'") << true << QStringLiteral("“稀疏专家” 'x'");
    }
    void bodyText()
    {
        QFETCH(QString, text);
        QFETCH(bool, markup);
        QFETCH(QString, expected);
        QCOMPARE(DesktopNotifier::bodyText(text, markup), expected);
    }

    // What the server receives, through both ways of showing.
    void theServerGetsTheTextItShowsAsWritten_data()
    {
        QTest::addColumn<bool>("markup");
        QTest::addColumn<bool>("wait");
        QTest::addColumn<QString>("expected");
        QTest::newRow("markup, show") << true << true << QStringLiteral("1 &lt; 2 &amp;&amp; &lt;i&gt;");
        QTest::newRow("markup, post") << true << false << QStringLiteral("1 &lt; 2 &amp;&amp; &lt;i&gt;");
        QTest::newRow("plain, show") << false << true << QStringLiteral("1 < 2 && <i>");
        QTest::newRow("plain, post") << false << false << QStringLiteral("1 < 2 && <i>");
    }
    void theServerGetsTheTextItShowsAsWritten()
    {
        QFETCH(bool, markup);
        QFETCH(bool, wait);
        QFETCH(QString, expected);
        FakeNotifications server;
        if (!markup)
            server.capabilities = QStringList{QStringLiteral("actions"), QStringLiteral("body")};
        QVERIFY2(server.registerOnBus(), "no session bus: run under tests/support/with-keyring.sh");
        DesktopNotifier notifier;
        const QString summary = QStringLiteral("A <paper> for you");
        if (wait) {
            QString error;
            QVERIFY2(notifier.show(summary, QStringLiteral("1 < 2 && <i>"), &error), qPrintable(error));
        } else {
            QSignalSpy failed(&notifier, &DesktopNotifier::failed);
            notifier.post(summary, QStringLiteral("1 < 2 && <i>"));
            QTRY_COMPARE(server.shown.size(), 1);
            QVERIFY(failed.isEmpty());
        }
        QCOMPARE(server.shown.size(), 1);
        QCOMPARE(server.shown.at(0).body, expected);
        // The summary is plain text for every server (the specification has no markup there).
        QCOMPARE(server.shown.at(0).summary, summary);
        server.unregisterFromBus();
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
