// The paper list model: what each row shows, reorder through the drag-and-drop API, drops from a browser,
// the filter proxy.
#include "common/guiresources.h"
#include "document/digestdocument.h"
#include "models/paperfilterproxymodel.h"
#include "models/paperlistmodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

using namespace DigestStudio;

namespace {

Digest makeDigest(int count)
{
    Digest digest;
    digest.setDate(QDate(2026, 11, 29));
    for (int i = 0; i < count; ++i) {
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2210.%1").arg(10000 + i));
        entry.setVersion(1);
        entry.setTag(i % 2 ? QStringLiteral("CV") : QStringLiteral("LG"));
        entry.setTitle(QStringLiteral("Paper number %1").arg(i));
        entry.setZhTitle(QStringLiteral("论文%1:副标题").arg(i));
        digest.entries().append(entry);
    }
    return digest;
}

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, col).data().toString());
    return out;
}

} // namespace

class TestPaperListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiResources::init(); }

    void rowsShowTheEntries()
    {
        DigestDocument doc;
        PaperListModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.setDigest(makeDigest(3));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, PaperListModel::PositionColumn).data().toInt(), 2);
        QCOMPARE(model.index(1, PaperListModel::TagColumn).data().toString(), QStringLiteral("CV"));
        QCOMPARE(model.index(1, PaperListModel::TitleColumn).data().toString(),
                 QStringLiteral("Paper number 1"));
        // The short title defaults to the Chinese title cut at its colon.
        QCOMPARE(model.index(1, PaperListModel::ZhShortTitleColumn).data().toString(),
                 QStringLiteral("论文1"));
        QVERIFY(
            !model.index(1, PaperListModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(1, 0).data(Roles::StatusRole).toInt(), 0);

        doc.setMarkers(QStringLiteral("2210.10001"), {true, 3});
        QCOMPARE(model.index(1, 0).data(Roles::FeaturedBeforeRole).toBool(), true);
        QCOMPARE(model.index(1, 0).data(Roles::NewerVersionRole).toInt(), 3);
        QCOMPARE(model.index(1, PaperListModel::MarkersColumn).data().toString(), QStringLiteral("v3"));
        QVERIFY(model.index(1, PaperListModel::MarkersColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("v3")));
        QCOMPARE(model.index(0, 0).data(Roles::NewerVersionRole).toInt(), 0);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        doc.setField(2, DigestEntry::Field::ZhShortTitle, QStringLiteral("短"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(2, PaperListModel::ZhShortTitleColumn).data().toString(), QStringLiteral("短"));
    }

    void reorderByDragAndDrop_data()
    {
        QTest::addColumn<QList<int>>("dragged");
        QTest::addColumn<int>("dropRow");
        QTest::addColumn<QString>("order");
        QTest::newRow("first below the third") << QList<int>{0} << 3 << QStringLiteral("1 2 0 3");
        QTest::newRow("last to the top") << QList<int>{3} << 0 << QStringLiteral("3 0 1 2");
        QTest::newRow("two to the end") << QList<int>{0, 2} << -1 << QStringLiteral("1 3 0 2");
    }

    void reorderByDragAndDrop()
    {
        QFETCH(QList<int>, dragged);
        QFETCH(int, dropRow);
        QFETCH(QString, order);
        DigestDocument doc;
        PaperListModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.setDigest(makeDigest(4));
        QModelIndexList indexes;
        for (int row : dragged) {
            for (int c = 0; c < model.columnCount(); ++c)
                indexes.append(model.index(row, c));
        }
        std::unique_ptr<QMimeData> mime(model.mimeData(indexes));
        QVERIFY(mime->hasFormat(PaperListModel::rowsMimeType()));
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, dropRow, 0, QModelIndex()));
        QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, dropRow, 0, QModelIndex()));
        QStringList after;
        for (const QString &id : column(model, PaperListModel::TitleColumn))
            after.append(id.right(1));
        QCOMPARE(after.join(QLatin1Char(' ')), order);
        // Positions are renumbered.
        QCOMPARE(column(model, PaperListModel::PositionColumn).join(QLatin1Char(' ')),
                 QStringLiteral("1 2 3 4"));
        // One undo step puts everything back.
        doc.undoStack()->undo();
        QCOMPARE(model.index(0, PaperListModel::TitleColumn).data().toString(),
                 QStringLiteral("Paper number 0"));
        QCOMPARE(model.index(3, PaperListModel::TitleColumn).data().toString(),
                 QStringLiteral("Paper number 3"));
    }

    void droppedUrlsRequestPapers_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("abs url as uri-list")
            << QStringLiteral("text/uri-list") << QByteArray("https://arxiv.org/abs/2210.06441v2\r\n")
            << QStringList{QStringLiteral("2210.06441")};
        QTest::newRow("pdf url and old-style id")
            << QStringLiteral("text/uri-list")
            << QByteArray("https://arxiv.org/pdf/2301.00001.pdf\r\nhttps://arxiv.org/abs/hep-th/9901001\r\n")
            << QStringList{QStringLiteral("2301.00001"), QStringLiteral("hep-th/9901001")};
        QTest::newRow("plain text with arXiv: prefix")
            << QStringLiteral("text/plain") << QByteArray("see arXiv:2210.06441 and 2210.06441")
            << QStringList{QStringLiteral("2210.06441")};
    }

    void droppedUrlsRequestPapers()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, payload);
        QFETCH(QStringList, ids);
        DigestDocument doc;
        PaperListModel model(&doc);
        doc.setDigest(makeDigest(2));
        QSignalSpy dropped(&model, &PaperListModel::papersDropped);
        QMimeData mime;
        mime.setData(format, payload);
        QVERIFY(model.canDropMimeData(&mime, Qt::CopyAction, 1, 0, QModelIndex()));
        QVERIFY(model.dropMimeData(&mime, Qt::CopyAction, 1, 0, QModelIndex()));
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.first().at(0).toStringList(), ids);
        QCOMPARE(dropped.first().at(1).toInt(), 1);
    }

    void textWithoutIdsIsRefused()
    {
        DigestDocument doc;
        PaperListModel model(&doc);
        QMimeData mime;
        mime.setText(QStringLiteral("just words, 12345 and 2210.1"));
        QVERIFY(!model.canDropMimeData(&mime, Qt::CopyAction, 0, 0, QModelIndex()));
        QVERIFY(!model.dropMimeData(&mime, Qt::CopyAction, 0, 0, QModelIndex()));
    }

    void filterMatchesEveryWord()
    {
        DigestDocument doc;
        PaperListModel model(&doc);
        PaperFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.setDigest(makeDigest(4));
        proxy.setFilterText(QStringLiteral("cv"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QStringLiteral("number 3 CV"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(Roles::EntryIndexRole).toInt(), 3);
        proxy.setFilterText(QStringLiteral("论文2"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        doc.setStatus({0, 1}, DigestEntry::Status::Reviewed);
        proxy.setUnfinishedOnly(true);
        QCOMPARE(proxy.rowCount(), 2);
        // Reorder through the proxy while filtered.
        std::unique_ptr<QMimeData> mime(proxy.mimeData({proxy.index(1, 0)}));
        QVERIFY(proxy.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        QCOMPARE(doc.entry(2).arxivId(), QStringLiteral("2210.10003"));
    }

    // The Team column: the assignee's and the reviewer's initials, from their display names where the team
    // set them (王芳, not the role wangfang); the tooltip names them.
    void theTeamColumnUsesDisplayNames()
    {
        DigestDocument doc;
        PaperListModel model(&doc);
        Digest digest = makeDigest(2);
        digest.entries()[0].setAssignee(QStringLiteral("wangfang"));
        digest.entries()[0].setReviewer(QStringLiteral("lilei"));
        doc.setDigest(digest);
        const QModelIndex team = model.index(0, PaperListModel::TeamColumn);
        QCOMPARE(team.data().toString(), QStringLiteral("W → L"));
        QCOMPARE(model.index(1, PaperListModel::TeamColumn).data(), QVariant());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDisplayNames({{QStringLiteral("wangfang"), QStringLiteral("王芳")},
                               {QStringLiteral("lilei"), QStringLiteral("Li Lei")}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(team.data().toString(), QStringLiteral("王 → LL"));
        QCOMPARE(team.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Assigned to 王芳, reviewed by Li Lei"));
    }
};

QTEST_MAIN(TestPaperListModel)
#include "tst_paperlistmodel.moc"
