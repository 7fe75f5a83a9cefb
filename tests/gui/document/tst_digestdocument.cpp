// Every kind of change to an open digest is one undo step that undoes and redoes exactly.
#include "document/digestdocument.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace DigestStudio;
using Field = DigestEntry::Field;
using Status = DigestEntry::Status;

namespace {

Digest makeDigest(int count)
{
    Digest digest;
    digest.setDate(QDate(2026, 11, 29));
    for (int i = 0; i < count; ++i) {
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2210.%1").arg(10000 + i));
        entry.setTag(QStringLiteral("LG"));
        entry.setTitle(QStringLiteral("Paper %1").arg(i));
        digest.entries().append(entry);
    }
    return digest;
}

QStringList order(const char *digits)
{
    return QString::fromLatin1(digits).split(QLatin1Char(' '));
}

QStringList ids(const DigestDocument &doc)
{
    QStringList out;
    for (const DigestEntry &e : doc.digest().entries())
        out.append(e.arxivId().right(1));
    return out;
}

} // namespace

class TestDigestDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingMergesPerFieldUntilTheFieldIsLeft()
    {
        DigestDocument doc;
        doc.setDigest(makeDigest(2));
        doc.setField(0, Field::ZhTitle, QStringLiteral("数"));
        doc.setField(0, Field::ZhTitle, QStringLiteral("数据"));
        doc.setField(0, Field::ZhTitle, QStringLiteral("数据增强"));
        QCOMPARE(doc.undoStack()->count(), 1);
        // Another field is another step.
        doc.setField(0, Field::ZhSummary, QStringLiteral("摘要"));
        QCOMPARE(doc.undoStack()->count(), 2);
        // Leaving the field closes the step: typing again starts a new one.
        doc.closeMergeWindow();
        doc.setField(0, Field::ZhSummary, QStringLiteral("摘要二"));
        QCOMPARE(doc.undoStack()->count(), 3);
        // The same field of another entry never merges.
        doc.setField(1, Field::ZhSummary, QStringLiteral("别的"));
        QCOMPARE(doc.undoStack()->count(), 4);

        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.entry(0).zhSummary(), QStringLiteral("摘要"));
        doc.undoStack()->undo();
        QCOMPARE(doc.entry(0).zhSummary(), QString());
        doc.undoStack()->undo();
        QCOMPARE(doc.entry(0).zhTitle(), QString());
        doc.undoStack()->redo();
        QCOMPARE(doc.entry(0).zhTitle(), QStringLiteral("数据增强"));
    }

    void typingBackToTheStartLeavesNoStep()
    {
        DigestDocument doc;
        doc.setDigest(makeDigest(1));
        doc.setField(0, Field::Title, QStringLiteral("Paper 0x"));
        doc.setField(0, Field::Title, QStringLiteral("Paper 0"));
        QVERIFY(!doc.undoStack()->canUndo());
        QVERIFY(!doc.isModified());
    }

    void move_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<int>("destination");
        QTest::addColumn<QStringList>("after");
        QTest::newRow("first to end") << QList<int>{0} << 5 << order("1 2 3 4 0");
        QTest::newRow("last to front") << QList<int>{4} << 0 << order("4 0 1 2 3");
        QTest::newRow("down by one") << QList<int>{1} << 3 << order("0 2 1 3 4");
        QTest::newRow("two scattered to front") << QList<int>{3, 1} << 0 << order("1 3 0 2 4");
        QTest::newRow("two into the middle") << QList<int>{0, 4} << 2 << order("1 0 4 2 3");
    }

    void move()
    {
        QFETCH(QList<int>, rows);
        QFETCH(int, destination);
        QFETCH(QStringList, after);
        DigestDocument doc;
        doc.setDigest(makeDigest(5));
        doc.moveEntries(rows, destination);
        QCOMPARE(ids(doc), after);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(ids(doc), order("0 1 2 3 4"));
        doc.undoStack()->redo();
        QCOMPARE(ids(doc), after);
    }

    void moveInPlaceIsNoStep()
    {
        DigestDocument doc;
        doc.setDigest(makeDigest(3));
        doc.moveEntries({1}, 1);
        doc.moveEntries({1}, 2);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void addAndRemove()
    {
        DigestDocument doc;
        doc.setDigest(makeDigest(3));
        DigestEntry added;
        added.setArxivId(QStringLiteral("2301.00009"));
        doc.addEntries(1, {added});
        QCOMPARE(ids(doc), order("0 9 1 2"));
        doc.removeEntries({0, 2});
        QCOMPARE(ids(doc), order("9 2"));
        doc.undoStack()->undo();
        QCOMPARE(ids(doc), order("0 9 1 2"));
        QCOMPARE(doc.entry(2).title(), QStringLiteral("Paper 1"));
        doc.undoStack()->undo();
        QCOMPARE(ids(doc), order("0 1 2"));
        doc.undoStack()->redo();
        doc.undoStack()->redo();
        QCOMPARE(ids(doc), order("9 2"));
    }

    void retagSeveral()
    {
        DigestDocument doc;
        Digest digest = makeDigest(3);
        digest.entries()[1].setTag(QStringLiteral("CV"));
        doc.setDigest(digest);
        doc.setTag({0, 1}, QStringLiteral("CL"));
        QCOMPARE(doc.entry(0).tag(), QStringLiteral("CL"));
        QCOMPARE(doc.entry(1).tag(), QStringLiteral("CL"));
        QCOMPARE(doc.entry(2).tag(), QStringLiteral("LG"));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.entry(0).tag(), QStringLiteral("LG"));
        QCOMPARE(doc.entry(1).tag(), QStringLiteral("CV"));
    }

    void statusAndCounts()
    {
        DigestDocument doc;
        doc.setDigest(makeDigest(4));
        doc.setStatus({0, 2}, Status::Translated);
        doc.setStatus({2}, Status::Reviewed);
        QCOMPARE(doc.statusCounts(), (QVector<int>{2, 1, 1}));
        QCOMPARE(doc.nextUnfinished(1), 3);
        QCOMPARE(doc.nextUnfinished(3), 0);
        QCOMPARE(doc.nextUnfinished(3, false), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.statusCounts(), (QVector<int>{2, 2, 0}));
        doc.undoStack()->undo();
        QCOMPARE(doc.statusCounts(), (QVector<int>{4, 0, 0}));
    }

    void modifiedFollowsTheStack()
    {
        DigestDocument doc;
        doc.setDigest(makeDigest(2));
        QSignalSpy spy(&doc, &DigestDocument::modifiedChanged);
        QVERIFY(!doc.isModified());
        doc.setField(0, Field::Abstract, QStringLiteral("x"));
        QVERIFY(doc.isModified());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().first().toBool(), true);
        doc.setClean();
        QVERIFY(!doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());
        doc.undoStack()->redo();
        QVERIFY(!doc.isModified());
    }

    void headerAndFooterEditsAreOneUndoStep()
    {
        DigestDocument doc;
        Digest digest = makeDigest(2);
        digest.setAttribution(QStringLiteral("转自甲"));
        digest.setFooter(QStringLiteral("旧页脚"));
        doc.setDigest(digest);
        QSignalSpy header(&doc, &DigestDocument::headerChanged);
        Digest edited;
        edited.setTitle(QStringLiteral("周末版"));
        edited.setLegend(QStringLiteral("LG - 机器学习"));
        edited.setAttribution(QStringLiteral("转自乙"));
        edited.setSummaryLabel(QStringLiteral("摘要："));
        edited.setFooter(QStringLiteral("新页脚"));
        doc.setHeader(edited);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(header.count(), 1);
        QCOMPARE(doc.digest().title(), QStringLiteral("周末版"));
        QCOMPARE(doc.digest().attribution(), QStringLiteral("转自乙"));
        QCOMPARE(doc.digest().footer(), QStringLiteral("新页脚"));
        // The entries and the date stay.
        QCOMPARE(doc.entryCount(), 2);
        QCOMPARE(doc.digest().date(), QDate(2026, 11, 29));
        // The same texts again are no step.
        doc.setHeader(edited);
        QCOMPARE(doc.undoStack()->count(), 1);

        doc.undoStack()->undo();
        QCOMPARE(header.count(), 2);
        QCOMPARE(doc.digest().title(), QString());
        QCOMPARE(doc.digest().legend(), digest.legend());
        QCOMPARE(doc.digest().attribution(), QStringLiteral("转自甲"));
        QCOMPARE(doc.digest().summaryLabel(), digest.summaryLabel());
        QCOMPARE(doc.digest().footer(), QStringLiteral("旧页脚"));
        doc.undoStack()->redo();
        QCOMPARE(doc.digest().legend(), QStringLiteral("LG - 机器学习"));
        QCOMPARE(doc.digest().summaryLabel(), QStringLiteral("摘要："));
    }

    void signalsNameTheRowAndField()
    {
        DigestDocument doc;
        doc.setDigest(makeDigest(2));
        QSignalSpy changed(&doc, &DigestDocument::entryChanged);
        doc.setField(1, Field::ZhSummary, QStringLiteral("x"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toInt(), 1);
        QCOMPARE(changed.first().at(1).value<DigestEntry::Field>(), Field::ZhSummary);
    }
};

QTEST_MAIN(TestDigestDocument)
#include "tst_digestdocument.moc"
