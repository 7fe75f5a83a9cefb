// The paper list panel: showing an entry selects it (clearing a filter that hides it), the selection in
// digest order, and the current row reported as a digest row.
#include "common/guiresources.h"
#include "docks/paperlistpanel.h"
#include "document/digestdocument.h"
#include "models/paperfilterproxymodel.h"

#include "testsupport.h"

#include <QLineEdit>
#include <QSignalSpy>
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
