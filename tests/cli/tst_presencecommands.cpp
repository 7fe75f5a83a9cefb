// digestctl team who in this process, on a real PostgreSQL server: the people present in the digest (another
// login role typing in the summary of paper 1), not those in another digest; the text and JSON forms; on
// SQLite nobody and a notice; a bad --wait is a usage error.
#include "inprocessctl.h"
#include "librarytests.h"
#include "services/presenceservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace DigestStudio;
using namespace DigestStudio::Test;

class TestPresenceCommands final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;

    static CtlRun ctl(const QString &db, const QStringList &command)
    {
        return runCtl(QStringList{QStringLiteral("--db"), db} + command);
    }

private Q_SLOTS:
    void whoListsThoseInTheDigest()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        if (location.isEmpty())
            QFAIL(qPrintable(ScratchLibraries::noServer()));
        OPEN_LIBRARY(owner, location);
        const qint64 today = owner->createDigest(QDate(2026, 12, 7));
        const qint64 yesterday = owner->createDigest(QDate(2026, 12, 6));
        const qint64 entry = owner
                                 ->appendEntry(today, makeEntry(QStringLiteral("2212.00001"),
                                                                QStringLiteral("One"), QString()))
                                 .id();
        const qint64 other = owner
                                 ->appendEntry(yesterday, makeEntry(QStringLiteral("2212.00002"),
                                                                    QStringLiteral("Two"), QString()))
                                 .id();
        OPEN_LIBRARY(translator, m_scratch.loginAs(location, QStringLiteral("translator"), true));
        OPEN_LIBRARY(editor, m_scratch.loginAs(location, QStringLiteral("editor"), true));
        // Present before digestctl starts listening: it must learn of them by asking, not by luck.
        PresenceService wang(*translator, QStringLiteral("王芳"));
        wang.start(true);
        wang.setPlace(today, entry, 1);
        wang.noteTyping(DigestEntry::Field::ZhSummary);
        PresenceService li(*editor, QStringLiteral("Li Lei"));
        li.start(true);
        li.setPlace(yesterday, other, 1);

        const CtlRun json =
            ctl(location, {QStringLiteral("team"), QStringLiteral("who"), QStringLiteral("2026-12-07"),
                           QStringLiteral("--json"), QStringLiteral("--wait"), QStringLiteral("2")});
        QCOMPARE(json.status, 0);
        const QJsonArray people = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(people.size(), 1);
        const QJsonObject person = people.first().toObject();
        QCOMPARE(person.value(QStringLiteral("display_name")).toString(), QStringLiteral("王芳"));
        QCOMPARE(person.value(QStringLiteral("name")).toString(), translator->person());
        QCOMPARE(person.value(QStringLiteral("session")).toString(), wang.session());
        QCOMPARE(person.value(QStringLiteral("position")).toInt(), 1);
        QCOMPARE(person.value(QStringLiteral("field")).toString(), QStringLiteral("zh_summary"));
        QCOMPARE(person.value(QStringLiteral("typing")).toBool(), true);

        // The text form, with the default wait; Li Lei is in yesterday's digest.
        const CtlRun text =
            ctl(location, {QStringLiteral("team"), QStringLiteral("who"), QString::number(yesterday)});
        QCOMPARE(text.status, 0);
        QCOMPARE(text.out, QStringLiteral("Li Lei\t") + editor->person() + QStringLiteral("\t1\t-\t-\n"));
    }

    void sqliteHasNobody()
    {
        const QString location = m_scratch.create(QStringLiteral("sqlite"));
        {
            OPEN_LIBRARY(library, location);
            QVERIFY(library->createDigest(QDate(2026, 12, 7)) > 0);
        }
        const CtlRun run = ctl(location, {QStringLiteral("team"), QStringLiteral("who"),
                                          QStringLiteral("2026-12-07"), QStringLiteral("--json")});
        QCOMPARE(run.status, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
        QVERIFY2(run.err.contains(QStringLiteral("one person")), qPrintable(run.err));
    }

    void badWaitIsAUsageError()
    {
        const QString location = m_scratch.create(QStringLiteral("sqlite"));
        const CtlRun run = ctl(location, {QStringLiteral("team"), QStringLiteral("who"), QStringLiteral("1"),
                                          QStringLiteral("--wait"), QStringLiteral("0")});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--wait")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPresenceCommands)
#include "tst_presencecommands.moc"
