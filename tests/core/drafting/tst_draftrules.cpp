// DraftRules: which entries are unfinished (not reviewed, Chinese title or summary empty; an empty short
// title alone does not count) and the status after a draft (draft becomes translated once title and summary
// are in).
#include "drafting/draftrules.h"

#include <QtTest>

using namespace DigestStudio;
using Status = DigestEntry::Status;

Q_DECLARE_METATYPE(DigestEntry::Status)

namespace {

DigestEntry entryWith(const QString &title, const QString &shortTitle, const QString &summary, Status status)
{
    DigestEntry entry;
    entry.setZhTitle(title);
    entry.setZhShortTitle(shortTitle);
    entry.setZhSummary(summary);
    entry.setStatus(status);
    return entry;
}

} // namespace

class TestDraftRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isUnfinished_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("shortTitle");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<Status>("status");
        QTest::addColumn<bool>("unfinished");
        const QString t = QStringLiteral("标题");
        const QString s = QStringLiteral("摘要。");
        QTest::newRow("draft, all empty") << QString() << QString() << QString() << Status::Draft << true;
        QTest::newRow("draft, complete") << t << t << s << Status::Draft << false;
        QTest::newRow("draft, only the short title empty") << t << QString() << s << Status::Draft << false;
        QTest::newRow("draft, summary empty") << t << t << QString() << Status::Draft << true;
        QTest::newRow("draft, title empty") << QString() << t << s << Status::Draft << true;
        QTest::newRow("draft, title only spaces") << QStringLiteral("  ") << t << s << Status::Draft << true;
        QTest::newRow("translated, summary empty") << t << t << QString() << Status::Translated << true;
        QTest::newRow("translated, complete") << t << QString() << s << Status::Translated << false;
        QTest::newRow("reviewed, all empty")
            << QString() << QString() << QString() << Status::Reviewed << false;
        QTest::newRow("reviewed, summary empty") << t << t << QString() << Status::Reviewed << false;
    }
    void isUnfinished()
    {
        QFETCH(QString, title);
        QFETCH(QString, shortTitle);
        QFETCH(QString, summary);
        QFETCH(Status, status);
        QFETCH(bool, unfinished);
        const DigestEntry entry = entryWith(title, shortTitle, summary, status);
        QCOMPARE(DraftRules::isUnfinished(entry), unfinished);
        QCOMPARE(DraftRules::unfinished({entry}), unfinished ? QVector<int>{0} : QVector<int>());
        const bool reviewedEmpty = status == Status::Reviewed && (title.isEmpty() || summary.isEmpty());
        QCOMPARE(DraftRules::reviewedWithEmptyFields({entry}),
                 reviewedEmpty ? QVector<int>{0} : QVector<int>());
    }

    void unfinishedKeepsOrder()
    {
        const QString t = QStringLiteral("标题");
        const QVector<DigestEntry> entries{
            entryWith(t, t, t, Status::Draft), entryWith({}, {}, {}, Status::Draft),
            entryWith({}, {}, {}, Status::Reviewed), entryWith(t, {}, {}, Status::Translated)};
        QCOMPARE(DraftRules::unfinished(entries), (QVector<int>{1, 3}));
        QCOMPARE(DraftRules::reviewedWithEmptyFields(entries), QVector<int>{2});
    }

    void settleStatus_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<Status>("before");
        QTest::addColumn<bool>("filledSomething");
        QTest::addColumn<Status>("after");
        const QString t = QStringLiteral("标题");
        const QString s = QStringLiteral("摘要。");
        QTest::newRow("draft, title and summary in") << t << s << Status::Draft << true << Status::Translated;
        QTest::newRow("draft, summary still empty")
            << t << QString() << Status::Draft << true << Status::Draft;
        QTest::newRow("draft, title still empty") << QString() << s << Status::Draft << true << Status::Draft;
        QTest::newRow("draft, nothing filled (offered beside)")
            << t << s << Status::Draft << false << Status::Draft;
        QTest::newRow("translated stays") << t << s << Status::Translated << true << Status::Translated;
        QTest::newRow("reviewed stays (an overwrite)")
            << t << s << Status::Reviewed << true << Status::Reviewed;
    }
    void settleStatus()
    {
        QFETCH(QString, title);
        QFETCH(QString, summary);
        QFETCH(Status, before);
        QFETCH(bool, filledSomething);
        QFETCH(Status, after);
        DigestEntry entry = entryWith(title, QString(), summary, before);
        DraftOutcome outcome;
        if (filledSomething)
            outcome.filled.append(QStringLiteral("zh_summary"));
        DraftRules::settleStatus(&entry, outcome);
        QCOMPARE(entry.status(), after);
    }
};

QTEST_MAIN(TestDraftRules)
#include "tst_draftrules.moc"
