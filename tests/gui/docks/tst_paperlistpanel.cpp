// The paper list panel: showing an entry selects it (clearing a filter that hides it), the selection in
// digest order, the current row reported as a digest row, the team's initials and the Mine filter, and the
// context menu's Assign to and Reviewer offering the team's people (driven by a right click and the
// keyboard).
#include "common/guiresources.h"
#include "common/presencetext.h"
#include "docks/paperlistpanel.h"
#include "document/digestdocument.h"
#include "guiinput.h"
#include "models/paperfilterproxymodel.h"
#include "models/paperlistmodel.h"
#include "models/roles.h"

#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace DigestStudio;

namespace {

Digest makeDigest(int count)
{
    Digest digest;
    digest.setDate(QDate(2026, 11, 29));
    for (int i = 0; i < count; ++i) {
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2210.1000%1").arg(i));
        entry.setTitle(QStringLiteral("Paper %1").arg(i));
        digest.entries().append(entry);
    }
    return digest;
}

} // namespace

class TestPaperListPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiResources::init(); }
    // The filter's clear button fades in as a test types (see Test::settleAnimations).
    void cleanup() { Test::settleAnimations(); }

    void theContextMenuAssignsToThePeopleOfTheTeam()
    {
        DigestDocument doc;
        doc.setDigest(makeDigest(3));
        PaperListPanel panel(&doc);
        panel.setPeople({QStringLiteral("wangfang"), QStringLiteral("lina")});
        panel.resize(500, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTreeView *view = panel.findChild<QTreeView *>();
        QVERIFY(view);
        const QRect second = view->visualRect(view->model()->index(1, 3));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, second.center());
        QSignalSpy requested(&panel, &PaperListPanel::assignRequested);

        // Right click, then Assign to ▸ lina with the keyboard.
        Test::chooseInContextMenu(view->viewport(), second.center(), QStringLiteral("assignMenu"),
                                  QStringLiteral("lina"));
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("lina"));
        QCOMPARE(requested.first().at(1).toBool(), false);
        QCOMPARE(panel.selectedEntries(), QList<int>{1});
    }

    void showingAnEntryClearsAFilterThatHidesIt()
    {
        DigestDocument doc;
        doc.setDigest(makeDigest(4));
        PaperListPanel panel(&doc);
        QSignalSpy current(&panel, &PaperListPanel::currentEntryChanged);
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("10002"));
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        panel.showEntry(3);
        QCOMPARE(panel.filterEdit()->text(), QString());
        QCOMPARE(panel.view()->model()->rowCount(), 4);
        QCOMPARE(current.last().first().toInt(), 3);
        QCOMPARE(panel.selectedEntries(), QList<int>{3});
        panel.showEntry(-1);
        QCOMPARE(current.last().first().toInt(), -1);
    }

    // The team column shows the assignee's and the reviewer's initials; the Mine box (shown once the
    // panel knows who is working), clicked, keeps the papers that person is assigned to or reviews.
    void initialsAndTheMineFilter()
    {
        Digest digest = makeDigest(4);
        digest.entries()[0].setAssignee(QStringLiteral("Wang Fang"));
        digest.entries()[0].setReviewer(QStringLiteral("Li Lei"));
        digest.entries()[2].setReviewer(QStringLiteral("Wang Fang"));
        digest.entries()[3].setAssignee(QStringLiteral("王芳"));
        DigestDocument doc;
        doc.setDigest(digest);
        PaperListPanel panel(&doc);
        panel.resize(600, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *mine = panel.findChild<QCheckBox *>(QStringLiteral("mineOnly"));
        QVERIFY(mine);
        QVERIFY(!mine->isVisible());
        const QAbstractItemModel *model = panel.view()->model();
        QCOMPARE(model->index(0, PaperListModel::TeamColumn).data().toString(), QStringLiteral("WF → LL"));
        QCOMPARE(model->index(1, PaperListModel::TeamColumn).data(), QVariant());
        QCOMPARE(model->index(2, PaperListModel::TeamColumn).data().toString(), QStringLiteral(" → WF"));
        QCOMPARE(model->index(3, PaperListModel::TeamColumn).data().toString(), QStringLiteral("王 → "));

        panel.setPerson(QStringLiteral("Wang Fang"));
        QVERIFY(mine->isVisible());
        QTest::mouseClick(mine, Qt::LeftButton, Qt::NoModifier, QPoint(8, mine->height() / 2));
        QVERIFY(mine->isChecked());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, 0).data(Roles::EntryIndexRole).toInt(), 2);
        QTest::mouseClick(mine, Qt::LeftButton, Qt::NoModifier, QPoint(8, mine->height() / 2));
        QCOMPARE(model->rowCount(), 4);
    }

    void initials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two words") << QStringLiteral("Wang Fang") << QStringLiteral("WF");
        QTest::newRow("login role") << QStringLiteral("li_lei") << QStringLiteral("LL");
        QTest::newRow("one word") << QStringLiteral("alice") << QStringLiteral("A");
        QTest::newRow("three words") << QStringLiteral("Mary Jane Watson") << QStringLiteral("MJ");
        QTest::newRow("chinese") << QStringLiteral("王芳") << QStringLiteral("王");
        QTest::newRow("none") << QString() << QString();
    }
    void initials()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(PresenceText::initials(name), expected);
    }

    void theSelectionIsInDigestOrder()
    {
        DigestDocument doc;
        doc.setDigest(makeDigest(4));
        PaperListPanel panel(&doc);
        QTreeView *view = panel.view();
        view->selectionModel()->select(view->model()->index(3, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(panel.selectedEntries(), (QList<int>{1, 3}));
    }
};

QTEST_MAIN(TestPaperListPanel)
#include "tst_paperlistpanel.moc"
