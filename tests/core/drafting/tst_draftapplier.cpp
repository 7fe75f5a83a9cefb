// DraftApplier: a draft fills only empty Chinese fields unless overwriting, offers the rest as suggestions,
// and marks the entry drafted_by the model.
#include "drafting/draftapplier.h"

#include <QtTest>

using namespace DigestStudio;

class TestDraftApplier final : public QObject
{
    Q_OBJECT

    static DraftFields draft()
    {
        return {QStringLiteral("机器标题：副题"), QStringLiteral("机器标题"), QStringLiteral("机器摘要。")};
    }

private Q_SLOTS:
    void fillsAnEmptyEntry()
    {
        DigestEntry entry;
        const DraftOutcome outcome = DraftApplier::apply(&entry, draft(), QStringLiteral("qwen-plus"), false);
        QCOMPARE(outcome.filled, (QStringList{QStringLiteral("zh_title"), QStringLiteral("zh_short_title"),
                                              QStringLiteral("zh_summary")}));
        QVERIFY(outcome.suggestions.isEmpty());
        QCOMPARE(entry.zhTitle(), draft().zhTitle);
        QCOMPARE(entry.zhSummary(), draft().zhSummary);
        QCOMPARE(entry.draftedBy(), QStringLiteral("qwen-plus"));
    }

    void neverOverwritesAPerson()
    {
        DigestEntry entry;
        entry.setZhTitle(QStringLiteral("人写的标题"));
        const DraftOutcome outcome = DraftApplier::apply(&entry, draft(), QStringLiteral("m"), false);
        QCOMPARE(entry.zhTitle(), QStringLiteral("人写的标题"));
        QCOMPARE(outcome.filled,
                 (QStringList{QStringLiteral("zh_short_title"), QStringLiteral("zh_summary")}));
        QCOMPARE(outcome.suggestions.zhTitle, draft().zhTitle);
        QVERIFY(outcome.suggestions.zhSummary.isEmpty());
    }

    void nothingFilledLeavesTheMark()
    {
        DigestEntry entry;
        entry.setZhTitle(QStringLiteral("人"));
        entry.setZhShortTitle(QStringLiteral("人"));
        entry.setZhSummary(QStringLiteral("人写的。"));
        const DraftOutcome outcome = DraftApplier::apply(&entry, draft(), QStringLiteral("m"), false);
        QVERIFY(outcome.filled.isEmpty());
        QCOMPARE(entry.draftedBy(), QString());
        QCOMPARE(outcome.suggestions, draft());
        QCOMPARE(entry.zhSummary(), QStringLiteral("人写的。"));
    }

    void overwriteReplaces()
    {
        DigestEntry entry;
        entry.setZhTitle(QStringLiteral("人写的标题"));
        const DraftOutcome outcome = DraftApplier::apply(&entry, draft(), QStringLiteral("m"), true);
        QCOMPARE(outcome.filled.size(), 3);
        QCOMPARE(entry.zhTitle(), draft().zhTitle);
        QCOMPARE(entry.draftedBy(), QStringLiteral("m"));
    }

    void markClearedByAPersonsEdit()
    {
        DigestEntry entry;
        DraftApplier::apply(&entry, draft(), QStringLiteral("m"), false);
        entry.setFieldByPerson(DigestEntry::Field::ZhSummary, QStringLiteral("改过的。"));
        QCOMPARE(entry.draftedBy(), QString());
    }
};

QTEST_APPLESS_MAIN(TestDraftApplier)
#include "tst_draftapplier.moc"
