// The conflict dialog shows both texts of every differing field and stores the chosen result.
#include "common/guiresources.h"
#include "dialogs/conflictdialog.h"

#include <QPlainTextEdit>
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
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
