// DockManager: the panels docked under stable names (papers over the glossary and figures on the left;
// lookup, preview and problems as tabs on the right), the View menu's toggles in that order, a withdrawn dock
// hidden with its toggle off, and the layout remembered from one window to the next.
#include "common/guiresources.h"
#include "controllers/dockmanager.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

using namespace DigestStudio;

namespace {

// A main window with stand-ins for the six panels, docked by its manager; an editor splitter and a list whose
// columns are remembered.
struct Window
{
    QStandardItemModel columns{2, 3}; // outlives the list that shows it
    QMainWindow main;
    DockManager *docks;
    QSplitter *splitter;
    QTreeView *list;

    Window()
        : docks(new DockManager(&main))
        , splitter(new QSplitter(&main))
        , list(new QTreeView(&main))
    {
        splitter->addWidget(new QLabel(QStringLiteral("English"), splitter));
        splitter->addWidget(new QLabel(QStringLiteral("Chinese"), splitter));
        main.setCentralWidget(splitter);
        list->setModel(&columns);
        auto *preview = new QDockWidget(QStringLiteral("Preview"), &main);
        preview->setObjectName(QStringLiteral("previewDock"));
        auto *problems = new QDockWidget(QStringLiteral("Problems"), &main);
        problems->setObjectName(QStringLiteral("ProblemsDock"));
        docks->createDocks({list, new QLabel(QStringLiteral("glossary"), &main),
                            new QLabel(QStringLiteral("figures"), &main),
                            new QLabel(QStringLiteral("lookup"), &main), preview, problems});
    }

    QDockWidget *dock(const char *name) const { return main.findChild<QDockWidget *>(QLatin1String(name)); }
};

QStringList names(const QList<QDockWidget *> &docks)
{
    QStringList all;
    for (const QDockWidget *dock : docks)
        all.append(dock->objectName());
    all.sort();
    return all;
}

} // namespace

class TestDockManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-dockmanager-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void thePanelsAreDockedUnderTheirNames()
    {
        Window window;
        QCOMPARE(window.main.dockWidgetArea(window.dock("paperDock")), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dock("paperDock")->widget(), window.list);
        QCOMPARE(window.main.dockWidgetArea(window.dock("glossaryDock")), Qt::LeftDockWidgetArea);
        QCOMPARE(names(window.main.tabifiedDockWidgets(window.dock("glossaryDock"))),
                 QStringList{QStringLiteral("figuresDock")});
        QCOMPARE(window.main.dockWidgetArea(window.dock("lookupDock")), Qt::RightDockWidgetArea);
        QCOMPARE(names(window.main.tabifiedDockWidgets(window.dock("lookupDock"))),
                 (QStringList{QStringLiteral("ProblemsDock"), QStringLiteral("previewDock")}));
        QCOMPARE(window.docks->dock(QStringLiteral("lookupDock")), window.dock("lookupDock"));
        QVERIFY(!window.docks->dock(QStringLiteral("noSuchDock")));
    }

    void theViewMenuTogglesEveryDockInOrder()
    {
        Window window;
        QStringList titles;
        for (const QAction *toggle : window.docks->toggleActions())
            titles.append(toggle->text());
        QCOMPARE(titles, (QStringList{QStringLiteral("Papers"), QStringLiteral("Glossary"),
                                      QStringLiteral("Figures"), QStringLiteral("arXiv Lookup"),
                                      QStringLiteral("Preview"), QStringLiteral("Problems")}));
        window.main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window.main));
        QVERIFY(window.dock("paperDock")->isVisible());
        window.docks->toggleActions().first()->trigger();
        QVERIFY(!window.dock("paperDock")->isVisible());
    }

    void aWithdrawnDockIsHiddenWithItsToggleOff()
    {
        Window window;
        window.main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window.main));
        window.docks->withdraw(QStringLiteral("figuresDock"));
        QVERIFY(!window.dock("figuresDock")->isVisible());
        QVERIFY(!window.dock("figuresDock")->toggleViewAction()->isEnabled());
        QVERIFY(window.dock("glossaryDock")->toggleViewAction()->isEnabled());
        window.docks->withdraw(QStringLiteral("noSuchDock")); // nothing to hide: nothing happens
    }

    void theLayoutComesBackInTheNextWindow()
    {
        {
            Window window;
            window.docks->restoreLayout(window.splitter, window.list->header());
            window.main.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window.main));
            window.main.resize(1001, 601);
            QTRY_COMPARE(window.main.size(), QSize(1001, 601));
            window.main.addDockWidget(Qt::BottomDockWidgetArea, window.dock("lookupDock"));
            window.splitter->setSizes({0, 400});
            window.list->header()->hideSection(2);
            window.docks->saveLayout(window.splitter, window.list->header());
        }
        Window next;
        next.docks->restoreLayout(next.splitter, next.list->header());
        next.main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next.main));
        QCOMPARE(next.main.size(), QSize(1001, 601));
        QCOMPARE(next.main.dockWidgetArea(next.dock("lookupDock")), Qt::BottomDockWidgetArea);
        QCOMPARE(next.splitter->sizes().first(), 0);
        QVERIFY(next.list->header()->isSectionHidden(2));
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestDockManager)
#include "tst_dockmanager.moc"
