#include "guiresources.h"
#include "mainwindow.h"
#include "settingskeys.h"

#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace DigestStudio;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void hasTheFiveMenus()
    {
        MainWindow window(QStringLiteral("/tmp/x.sqlite"));
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text().remove(QLatin1Char('&')));
        QCOMPARE(titles, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                      QStringLiteral("Digest"), QStringLiteral("Help")}));
        QVERIFY(!window.windowIcon().isNull());
    }

    void remembersGeometryAcrossSessions()
    {
        {
            MainWindow window(QStringLiteral("/tmp/x.sqlite"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(777, 555);
            QTRY_COMPARE(window.size(), QSize(777, 555));
            window.close();
        }
        QVERIFY(!SettingsKeys::MainWindowGeometry.value().isEmpty());
        MainWindow again(QStringLiteral("/tmp/x.sqlite"));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(777, 555));
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
