// The conflict dialog shows both texts of every differing field and stores the chosen result; with the text
// both started from, it merges changes to different sentences. Expected texts written by hand.
#include "common/guiresources.h"
#include "dialogs/conflictdialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace DigestStudio;
using Field = DigestEntry::Field;

namespace {

DigestEntry entry(const QString &zhSummary, const QString &zhTitle, DigestEntry::Status status,
                  qint64 revision)
{
    DigestEntry e;
    e.setId(7);
    e.setArxivId(QStringLiteral("2210.06441"));
    e.setTitle(QStringLiteral("Same title"));
    e.setZhSummary(zhSummary);
    e.setZhTitle(zhTitle);
    e.setStatus(status);
    e.setRevision(revision);
    return e;
}

} // namespace

class TestConflictDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiResources::init(); }

    void showsOnlyDifferingFieldsBothSides()
    {
        const DigestEntry ours =
            entry(QStringLiteral("我的摘要"), QStringLiteral("标题"), DigestEntry::Status::Translated, 3);
        const DigestEntry theirs =
            entry(QStringLiteral("他们的摘要"), QStringLiteral("标题"), DigestEntry::Status::Draft, 5);
        ConflictDialog dialog(ours, theirs);
        QCOMPARE(dialog.conflictingFields(), QList<Field>{Field::ZhSummary});
        QVERIFY(dialog.statusDiffers());
        auto *theirPane = dialog.findChild<QPlainTextEdit *>(QStringLiteral("zh_summary_theirs"));
        QVERIFY(theirPane);
        QCOMPARE(theirPane->toPlainText(), QStringLiteral("他们的摘要"));
        QVERIFY(theirPane->isReadOnly());
        // The result starts as the user's text, based on the stored revision.
        QCOMPARE(dialog.resolved().zhSummary(), QStringLiteral("我的摘要"));
        QCOMPARE(dialog.resolved().status(), DigestEntry::Status::Translated);
        QCOMPARE(dialog.resolved().revision(), qint64(5));
        QCOMPARE(dialog.resolved().id(), qint64(7));
    }

    void choices()
    {
        const DigestEntry ours =
            entry(QStringLiteral("我的摘要"), QStringLiteral("我的标题"), DigestEntry::Status::Draft, 3);
        const DigestEntry theirs =
            entry(QStringLiteral("他们的摘要"), QStringLiteral("他们的标题"), DigestEntry::Status::Draft, 5);
        ConflictDialog dialog(ours, theirs);
        dialog.useTheirs();
        QCOMPARE(dialog.resolved().zhSummary(), QStringLiteral("他们的摘要"));
        dialog.useBoth();
        QCOMPARE(dialog.resolved().zhSummary(), QStringLiteral("我的摘要\n\n他们的摘要"));
        QCOMPARE(dialog.resolved().zhTitle(), QStringLiteral("我的标题\n\n他们的标题"));
        dialog.useMine();
        QCOMPARE(dialog.resolved().zhSummary(), QStringLiteral("我的摘要"));
        // Editing the result by hand.
        dialog.resultEdit(Field::ZhSummary)->setPlainText(QStringLiteral("合并后"));
        QCOMPARE(dialog.resolved().zhSummary(), QStringLiteral("合并后"));
    }

    // Two people changed different sentences of the summary; only they changed the title, only I the status.
    void mergesChangesToDifferentSentences()
    {
        const DigestEntry base = entry(QStringLiteral("我们提出方法。它很快。结果更好。"),
                                       QStringLiteral("旧标题"), DigestEntry::Status::Draft, 3);
        const DigestEntry ours = entry(QStringLiteral("我们提出新方法。它很快。结果更好。"),
                                       QStringLiteral("旧标题"), DigestEntry::Status::Translated, 3);
        const DigestEntry theirs = entry(QStringLiteral("我们提出方法。它很快。结果明显更好。"),
                                         QStringLiteral("新标题"), DigestEntry::Status::Draft, 5);
        ConflictDialog dialog(ours, theirs, base);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.conflictingFields(), (QList<Field>{Field::ZhTitle, Field::ZhSummary}));
        QCOMPARE(dialog.mergeableFields(), (QList<Field>{Field::ZhTitle, Field::ZhSummary}));
        // Where one side alone changed a field, its result starts as that change: nobody's work is undone.
        QCOMPARE(dialog.resultEdit(Field::ZhTitle)->toPlainText(), QStringLiteral("新标题"));
        QCOMPARE(dialog.resolved().status(), DigestEntry::Status::Translated);
        QCOMPARE(dialog.resultEdit(Field::ZhSummary)->toPlainText(),
                 QStringLiteral("我们提出新方法。它很快。结果更好。"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("mergeNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("different sentences")), qPrintable(note->text()));

        auto *merge = dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"));
        QVERIFY(merge && merge->isEnabled());
        QTest::mouseClick(merge, Qt::LeftButton);
        QCOMPARE(dialog.resolved().zhSummary(), QStringLiteral("我们提出新方法。它很快。结果明显更好。"));
        QCOMPARE(dialog.resolved().zhTitle(), QStringLiteral("新标题"));
        QCOMPARE(dialog.resolved().status(), DigestEntry::Status::Translated);
        QCOMPARE(dialog.resolved().revision(), qint64(5));
        // Use Mine still puts every field back to this editor's text.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("useMineButton")), Qt::LeftButton);
        QCOMPARE(dialog.resolved().zhTitle(), QStringLiteral("旧标题"));
    }

    // The same sentence changed on both sides: no merge is offered for it, and the dialog says why.
    void noMergeForTheSameSentence()
    {
        const DigestEntry base =
            entry(QStringLiteral("第一句。第二句。"), QStringLiteral("标题"), DigestEntry::Status::Draft, 3);
        const DigestEntry ours = entry(QStringLiteral("第一句。我的第二句。"), QStringLiteral("标题"),
                                       DigestEntry::Status::Draft, 3);
        const DigestEntry theirs = entry(QStringLiteral("第一句。他们的第二句。"), QStringLiteral("标题"),
                                         DigestEntry::Status::Draft, 5);
        ConflictDialog dialog(ours, theirs, base);
        QVERIFY(dialog.mergeableFields().isEmpty());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("mergeNote"))
                    ->text()
                    .contains(QStringLiteral("the same sentences")));
        QCOMPARE(dialog.resolved().zhSummary(), QStringLiteral("第一句。我的第二句。"));
    }

    // Without the text both started from (the history could not be read), nothing merges and nothing is
    // said about merging.
    void withoutABaseNothingMerges()
    {
        const DigestEntry ours =
            entry(QStringLiteral("甲。乙改。"), QStringLiteral("标题"), DigestEntry::Status::Draft, 3);
        const DigestEntry theirs =
            entry(QStringLiteral("甲改。乙。"), QStringLiteral("标题"), DigestEntry::Status::Draft, 5);
        ConflictDialog dialog(ours, theirs);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("mergeNote"))->isHidden());
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
