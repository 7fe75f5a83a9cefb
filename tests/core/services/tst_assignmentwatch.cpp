// AssignmentWatch on both backends with two people: when the other person makes me an entry's assignee or
// reviewer, my watch reports it once, naming them by display name and the entry by position and short
// title; what I assign myself (from another connection of mine) and what is already assigned are not news.
// What the settings remember as seen makes what came while the program was closed news at the next start.
#include "librarytests.h"
#include "services/assignmentwatch.h"
#include "storage/teamstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace DigestStudio;
using namespace DigestStudio::Test;

class TestAssignmentWatch final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;

    // Me (twice: this window and another process of mine) and another person on one library (SQLite:
    // another name; PostgreSQL: another login role).
    bool people(const QString &backend, const QString &location, std::unique_ptr<Library> *me,
                std::unique_ptr<Library> *myOther, std::unique_ptr<Library> *them)
    {
        *me = Library::open(location);
        *myOther = Library::open(location);
        const QString other = backend == QLatin1String("postgresql")
                                  ? m_scratch.loginAs(location, QStringLiteral("wang"), true)
                                  : location;
        *them = Library::open(other);
        if (!*me || !*myOther || !*them)
            return false;
        (*me)->setPerson(QStringLiteral("Li Lei"));
        (*myOther)->setPerson(QStringLiteral("Li Lei"));
        (*them)->setPerson(QStringLiteral("wang"));
        return (*me)->person() != (*them)->person() && (*me)->person() == (*myOther)->person();
    }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    void anotherPersonsAssignmentIsReported_data() { addBackendRows(); }
    void anotherPersonsAssignmentIsReported()
    {
        FRESH_LOCATION(location);
        std::unique_ptr<Library> me, myOther, them;
        QVERIFY(people(backend, location, &me, &myOther, &them));
        const QString myName = me->person();
        const qint64 digest = them->createDigest(QDate(2026, 12, 7));
        DigestEntry first = makeEntry(QStringLiteral("2612.00001"), QStringLiteral("Sparse Experts"),
                                      QStringLiteral("大规模稀疏专家混合"));
        first.setZhShortTitle(QStringLiteral("稀疏专家"));
        const qint64 one = them->appendEntry(digest, first).id();
        const qint64 two = them->appendEntry(digest, makeEntry(QStringLiteral("2612.00002"),
                                                               QStringLiteral("Fog"), QString()))
                               .id();
        const qint64 three = them->appendEntry(digest, makeEntry(QStringLiteral("2612.00003"),
                                                                 QStringLiteral("Rain"), QString()))
                                 .id();
        LibraryError error;
        QVERIFY(them->team().setDisplayName(them->person(), QStringLiteral("王芳"), &error));
        // Already mine before the watch starts: not news.
        QVERIFY(them->team().assign(three, myName, std::nullopt, &error));

        AssignmentWatch watch(me.get());
        QSignalSpy assigned(&watch, &AssignmentWatch::assigned);
        QVERIFY2(watch.start(&error), qPrintable(error.message));

        // The other person assigns me the first paper.
        QVERIFY2(them->team().assign(one, myName, std::nullopt, &error), qPrintable(error.message));
        QTRY_COMPARE_WITH_TIMEOUT(assigned.size(), 1, 10000);
        AssignmentNotice notice = assigned.at(0).at(0).value<AssignmentNotice>();
        QCOMPARE(notice.entryId, one);
        QCOMPARE(notice.digestId, digest);
        QCOMPARE(notice.position, 1);
        QCOMPARE(notice.by, them->person());
        QCOMPARE(notice.byName, QStringLiteral("王芳"));
        QCOMPARE(notice.shortTitle, QStringLiteral("稀疏专家"));
        QVERIFY(!notice.asReviewer);
        QCOMPARE(notice.sentence(), QStringLiteral("王芳 assigned you paper 1 (2026-12-07): 稀疏专家"));

        // I assign myself the second one from my other connection: nothing; then the other person asks me
        // to review it: one notice, the review (announcements arrive in order, so the first was seen).
        QVERIFY(myOther->team().assign(two, myName, std::nullopt, &error));
        QVERIFY(them->team().assign(two, std::nullopt, myName, &error));
        QTRY_COMPARE_WITH_TIMEOUT(assigned.size(), 2, 10000);
        notice = assigned.at(1).at(0).value<AssignmentNotice>();
        QCOMPARE(notice.entryId, two);
        QVERIFY(notice.asReviewer);
        QCOMPARE(notice.position, 2);
        QCOMPARE(notice.shortTitle, QStringLiteral("Fog")); // no Chinese title yet: the English one
        QCOMPARE(notice.sentence(), QStringLiteral("王芳 asked you to review paper 2 (2026-12-07): Fog"));

        // Someone else's assignment, and an edit of my entry, are not news for me.
        QVERIFY(them->team().assign(three, them->person(), std::nullopt, &error));
        QVERIFY(them->saveField(one, 1, DigestEntry::Field::ZhTitle, QStringLiteral("新标题")).saved());
        QTest::qWait(1000);
        QVERIFY(watch.check(&error));
        QCOMPARE(assigned.size(), 2);

        // Unassigned, then assigned again: news again.
        QVERIFY(them->team().assign(one, QString(), std::nullopt, &error));
        QVERIFY(watch.check(&error));
        QVERIFY(them->team().assign(one, myName, std::nullopt, &error));
        QTRY_COMPARE_WITH_TIMEOUT(assigned.size(), 3, 10000);
        QCOMPARE(assigned.at(2).at(0).value<AssignmentNotice>().entryId, one);
    }

    void whatCameWhileAwayIsReportedAtStart()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        QVERIFY2(!location.isEmpty(), qPrintable(ScratchLibraries::noServer()));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        std::unique_ptr<Library> me, myOther, them;
        QVERIFY(people(QStringLiteral("postgresql"), location, &me, &myOther, &them));
        const qint64 digest = them->createDigest(QDate(2026, 12, 7));
        const qint64 one =
            them->appendEntry(digest, makeEntry(QStringLiteral("2612.00001"), QStringLiteral("A"), QString()))
                .id();
        const qint64 two =
            them->appendEntry(digest, makeEntry(QStringLiteral("2612.00002"), QStringLiteral("B"), QString()))
                .id();
        const qint64 three =
            them->appendEntry(digest, makeEntry(QStringLiteral("2612.00003"), QStringLiteral("C"), QString()))
                .id();
        LibraryError error;
        QVERIFY(them->team().assign(one, me->person(), std::nullopt, &error));
        QVERIFY(!AssignmentWatch::seen(settings, *me)); // never looked: nothing remembered
        {
            AssignmentWatch first(me.get());
            QSignalSpy assigned(&first, &AssignmentWatch::assigned);
            QVERIFY(first.start(&error, AssignmentWatch::seen(settings, *me)));
            QCOMPARE(assigned.size(), 0); // the first start: what is there is not news
            QCOMPARE(first.known(), QSet<qint64>{one});
            AssignmentWatch::remember(settings, *me, first.known());
        }
        // While the program is closed: the other person asks me to review the second; I take the third.
        QVERIFY(them->team().assign(two, std::nullopt, me->person(), &error));
        QVERIFY(myOther->team().assign(three, me->person(), std::nullopt, &error));
        QCOMPARE(AssignmentWatch::seen(settings, *me), std::optional<QSet<qint64>>(QSet<qint64>{one}));
        // Another person's view of the same library remembers nothing of mine.
        QVERIFY(!AssignmentWatch::seen(settings, *them));

        AssignmentWatch second(me.get());
        QSignalSpy assigned(&second, &AssignmentWatch::assigned);
        QVERIFY(second.start(&error, AssignmentWatch::seen(settings, *me)));
        QCOMPARE(assigned.size(), 1); // at once, during start
        const auto notice = assigned.at(0).at(0).value<AssignmentNotice>();
        QCOMPARE(notice.entryId, two);
        QVERIFY(notice.asReviewer);
        QCOMPARE(notice.key(), -two);
        QCOMPARE(second.known(), (QSet<qint64>{one, -two, three}));
    }

    void anUnreadableLibraryIsSaidInWords()
    {
        const QString location = m_scratch.create(QStringLiteral("sqlite"));
        OPEN_LIBRARY(me, location);
        me->setPerson(QStringLiteral("Li Lei"));
        AssignmentWatch watch(me.get());
        LibraryError error;
        QVERIFY(watch.start(&error));
        QSqlDatabase raw = m_scratch.openRaw(location);
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("ALTER TABLE entries RENAME TO entries_gone")));
        m_scratch.closeRaw(raw);
        QVERIFY(!watch.check(&error));
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(QStringLiteral("entries")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestAssignmentWatch)
#include "tst_assignmentwatch.moc"
