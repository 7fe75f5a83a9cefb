// AssignmentController in the main window on a real PostgreSQL library, with another person (a second login
// role, another session) and a notification server on the test's private session bus: their assignment
// lands in the window as a desktop notification and a badge in the status bar; a click on Mine clears the
// badge; a click on the badge opens the newest assignment; a click on the notification opens its digest at
// the paper; what was assigned while the app was closed is in the badge at the next start, until seen.
#include "app/mainwindow.h"
#include "common/guiresources.h"
#include "common/plaintext.h"
#include "docks/paperlistpanel.h"
#include "fakenotifications.h"
#include "librarytests.h"
#include "storage/teamstore.h"
#include "windowparts.h"

#include <QCheckBox>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace DigestStudio;
using namespace DigestStudio::Test;

class TestAssignmentController final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;

    static qint64 addPaper(Library &library, qint64 digest, const QString &id, const QString &shortTitle)
    {
        DigestEntry entry = makeEntry(id, QStringLiteral("Paper ") + id, QStringLiteral("标题"));
        entry.setZhShortTitle(shortTitle);
        return library.appendEntry(digest, entry).id();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-assignment-test"));
        GuiResources::init();
        QSettings().clear();
    }
    void cleanupTestCase() { m_scratch.dropAll(); }

    void anotherPersonsAssignmentShowsUntilILook()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        QVERIFY2(!location.isEmpty(), qPrintable(ScratchLibraries::noServer()));
        {
            OPEN_LIBRARY(owner, location); // made by its owner (a member may not create its extensions)
        }
        OPEN_LIBRARY(them, m_scratch.loginAs(location, QStringLiteral("wang"), true));
        LibraryError error;
        QVERIFY(them->team().setDisplayName(them->person(), QStringLiteral("王芳"), &error));
        const qint64 digest = them->createDigest(QDate(2026, 12, 7));
        const qint64 one = addPaper(*them, digest, QStringLiteral("2612.00001"), QStringLiteral("稀疏专家"));
        const qint64 two = addPaper(*them, digest, QStringLiteral("2612.00002"), QStringLiteral("雾中感知"));
        addPaper(*them, digest, QStringLiteral("2612.00003"), QStringLiteral("雨"));

        FakeNotifications server;
        QVERIFY2(server.registerOnBus(), "no session bus: run under tests/support/with-keyring.sh");
        MainWindow window(launchOn(location));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(workspace(window)->currentDigestId(), digest);
        const QString me = workspace(window)->library()->person();
        auto *badge = part<QToolButton>(window, "assignmentBadge");
        auto *mine = part<QCheckBox>(window, "mineOnly");
        QVERIFY(badge && mine);
        QVERIFY(!badge->isVisible());

        // Another session assigns me paper 2, then asks me to review paper 1.
        QVERIFY2(them->team().assign(two, me, std::nullopt, &error), qPrintable(error.message));
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 10000);
        QCOMPARE(badge->text(), QStringLiteral("1 new for me"));
        QTRY_COMPARE_WITH_TIMEOUT(server.shown.size(), 1, 10000);
        QCOMPARE(server.shown.at(0).summary, QStringLiteral("A paper assigned to you"));
        QCOMPARE(server.shown.at(0).body, QStringLiteral("王芳 assigned you paper 2 (2026-12-07): 雾中感知"));
        QVERIFY(them->team().assign(one, std::nullopt, me, &error));
        QTRY_COMPARE_WITH_TIMEOUT(badge->text(), QStringLiteral("2 new for me"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(server.shown.size(), 2, 10000);
        QCOMPARE(server.shown.at(1).summary, QStringLiteral("A paper for you to review"));
        QVERIFY(PlainText::shownToolTip(badge->toolTip()).contains(server.shown.at(1).body));

        // I look at my papers: the Mine box, clicked, shows the two and clears the badge.
        QTest::mouseClick(mine, Qt::LeftButton, Qt::NoModifier, QPoint(8, mine->height() / 2));
        QVERIFY(mine->isChecked());
        QVERIFY(!badge->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(paperView(window)->model()->rowCount(), 2, 5000);
        QTest::mouseClick(mine, Qt::LeftButton, Qt::NoModifier, QPoint(8, mine->height() / 2));
        QVERIFY(!mine->isChecked());

        // A new one; a click on the badge opens it (paper 1 of a newer digest) and clears the badge.
        const qint64 later = them->createDigest(QDate(2026, 12, 8));
        const qint64 three = addPaper(*them, later, QStringLiteral("2612.00004"), QStringLiteral("新论文"));
        QVERIFY(them->team().assign(three, me, std::nullopt, &error));
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 10000);
        QCOMPARE(badge->text(), QStringLiteral("1 new for me"));
        QTest::mouseClick(badge, Qt::LeftButton);
        QCOMPARE(workspace(window)->currentDigestId(), later);
        QVERIFY(!badge->isVisible());
        QVERIFY(mine->isChecked());
        QCOMPARE(paperView(window)->currentIndex().row(), 0);

        // A click on the notification opens the digest it names, at the paper.
        QTest::mouseClick(mine, Qt::LeftButton, Qt::NoModifier, QPoint(8, mine->height() / 2));
        QVERIFY(them->team().assign(one, me, std::nullopt, &error));
        QTRY_COMPARE_WITH_TIMEOUT(server.shown.size(), 4, 10000);
        FakeNotifications::click(74); // the fourth shown
        QTRY_COMPARE_WITH_TIMEOUT(workspace(window)->currentDigestId(), digest, 10000);
        QVERIFY(!badge->isVisible());
        QCOMPARE(paperView(window)->currentIndex().row(), 0); // paper 1
        server.unregisterFromBus();
    }

    void whatCameWhileClosedIsInTheBadgeAtStart()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        QVERIFY2(!location.isEmpty(), qPrintable(ScratchLibraries::noServer()));
        {
            OPEN_LIBRARY(owner, location); // made by its owner (a member may not create its extensions)
        }
        OPEN_LIBRARY(them, m_scratch.loginAs(location, QStringLiteral("li"), true));
        const qint64 digest = them->createDigest(QDate(2026, 12, 9));
        const qint64 one = addPaper(*them, digest, QStringLiteral("2612.00011"), QStringLiteral("一"));
        FakeNotifications server;
        QVERIFY2(server.registerOnBus(), "no session bus: run under tests/support/with-keyring.sh");
        QString me;
        {
            MainWindow window(launchOn(location));
            me = workspace(window)->library()->person();
            QVERIFY(!part<QToolButton>(window, "assignmentBadge")->isVisibleTo(&window));
        }
        LibraryError error;
        QVERIFY(them->team().assign(one, me, std::nullopt, &error)); // while the app is closed
        {
            MainWindow window(launchOn(location));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *badge = part<QToolButton>(window, "assignmentBadge");
            QVERIFY(badge->isVisible());
            QCOMPARE(badge->text(), QStringLiteral("1 new for me"));
            QTest::qWait(200);
            QCOMPARE(server.shown.size(), 0); // in the badge, not as a notification
            auto *mine = part<QCheckBox>(window, "mineOnly");
            QTest::mouseClick(mine, Qt::LeftButton, Qt::NoModifier, QPoint(8, mine->height() / 2));
            QVERIFY(!badge->isVisible());
        }
        // Seen: the next start shows nothing new.
        MainWindow window(launchOn(location));
        QVERIFY(!part<QToolButton>(window, "assignmentBadge")->isVisibleTo(&window));
        server.unregisterFromBus();
    }
};

QTEST_MAIN(TestAssignmentController)
#include "tst_assignmentcontroller.moc"
