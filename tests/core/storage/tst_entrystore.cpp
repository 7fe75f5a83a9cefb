// EntryStore through Library on SQLite and PostgreSQL: positions, revisions and conflicts.
#include "librarytests.h"
#include "scratchlibraries.h"
#include "storage/library.h"
#include "storage/teamstore.h"

#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::makeEntry;
using DigestStudio::Test::ScratchLibraries;

class TestEntryStore final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    static void backends() { Test::addBackendRows(); }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    void entryPositions_data() { backends(); }
    void entryPositions()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2022, 10, 14));
        QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        for (const QString &name : names) {
            const DigestEntry stored = library->appendEntry(digest, makeEntry(name, name, name));
            QVERIFY(stored.id() > 0);
            QCOMPARE(stored.revision(), 1);
        }
        auto order = [&] {
            Digest d;
            library->loadDigest(digest, &d);
            QStringList ids;
            for (const DigestEntry &e : d.entries())
                ids.append(e.arxivId());
            return ids.join(QString());
        };
        QCOMPARE(order(), QStringLiteral("abc"));
        QVERIFY(library->insertEntry(digest, 2, makeEntry(QStringLiteral("x"), QString(), QString())).id() >
                0);
        QCOMPARE(order(), QStringLiteral("axbc"));
        QVERIFY(library->insertEntry(digest, 1, makeEntry(QStringLiteral("y"), QString(), QString())).id() >
                0);
        QCOMPARE(order(), QStringLiteral("yaxbc"));
        LibraryError error;
        QCOMPARE(library->insertEntry(digest, 9, makeEntry(QStringLiteral("z"), QString(), QString()), &error)
                     .id(),
                 0);
        QVERIFY2(error.message.contains(QStringLiteral("Position 9")), qPrintable(error.message));
        QVERIFY(library->moveEntry(digest, 1, 5, &error));
        QCOMPARE(order(), QStringLiteral("axbcy"));
        QVERIFY(library->moveEntry(digest, 4, 2, &error));
        QCOMPARE(order(), QStringLiteral("acxby"));
        QVERIFY(!library->moveEntry(digest, 0, 2, &error));
        QVERIFY(!library->moveEntry(digest, 2, 6, &error));
        QVERIFY2(error.message.contains(QStringLiteral("has 5 entries")), qPrintable(error.message));
        QCOMPARE(order(), QStringLiteral("acxby"));
        QVERIFY(library->removeEntry(library->entryIdAt(digest, 3), &error));
        QCOMPARE(order(), QStringLiteral("acby"));
        // Positions stay 1..n: the entry at 4 is the last one.
        DigestEntry last;
        QVERIFY(library->loadEntry(library->entryIdAt(digest, 4), &last));
        QCOMPARE(last.arxivId(), QStringLiteral("y"));
        QCOMPARE(library->entryIdAt(digest, 5, &error), 0);
        QVERIFY(!library->removeEntry(987654, &error));
        QCOMPARE(
            library->appendEntry(987654, makeEntry(QStringLiteral("q"), QString(), QString()), &error).id(),
            0);
        QVERIFY2(error.message.contains(QStringLiteral("no digest 987654")), qPrintable(error.message));
    }

    // drafted_by (schema v5): stored with the entry, NULL when by hand, cleared by a person's edit of a
    // Chinese field or by marking the entry reviewed.
    void draftedBy_data() { backends(); }
    void draftedBy()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        // One person here marks their own text reviewed: the four-eyes rule (PostgreSQL's default) is off.
        QVERIFY(library->team().setFourEyes(false, nullptr));
        const qint64 digest = library->createDigest(QDate(2026, 11, 30));
        DigestEntry entry = makeEntry(QStringLiteral("2611.00001"), QStringLiteral("T"), QString());
        entry.setDraftedBy(QStringLiteral("deepseek-chat"));
        const qint64 id = library->appendEntry(digest, entry).id();
        QVERIFY(id > 0);
        const auto load = [&] {
            DigestEntry e;
            library->loadEntry(id, &e);
            return e;
        };
        QCOMPARE(load().draftedBy(), QStringLiteral("deepseek-chat"));
        // An English field is not the machine's text: the mark stays.
        QVERIFY(library->saveField(id, load().revision(), DigestEntry::Field::Title, QStringLiteral("T2"))
                    .saved());
        QCOMPARE(load().draftedBy(), QStringLiteral("deepseek-chat"));
        QVERIFY(
            library->saveField(id, load().revision(), DigestEntry::Field::ZhSummary, QStringLiteral("本文。"))
                .saved());
        QCOMPARE(load().draftedBy(), QString());
        // saveEntry stores the mark as the entry has it; reviewed clears it.
        DigestEntry drafted = load();
        drafted.setDraftedBy(QStringLiteral("qwen-plus"));
        QVERIFY(library->saveEntry(drafted).saved());
        QCOMPARE(load().draftedBy(), QStringLiteral("qwen-plus"));
        QVERIFY(library->saveStatus(id, load().revision(), DigestEntry::Status::Translated).saved());
        QCOMPARE(load().draftedBy(), QStringLiteral("qwen-plus"));
        QVERIFY(library->saveStatus(id, load().revision(), DigestEntry::Status::Reviewed).saved());
        QCOMPARE(load().draftedBy(), QString());
        Digest d;
        QVERIFY(library->loadDigest(digest, &d));
        QVERIFY(d.entries().first().toJson(1).value(QStringLiteral("drafted_by")).isNull());
        QVERIFY(
            library
                ->appendEntry(digest, makeEntry(QStringLiteral("2611.00002"), QStringLiteral("U"), QString()))
                .id() > 0);
    }

    void revisionsAndConflicts_data() { backends(); }
    void revisionsAndConflicts()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        QVERIFY(library->team().setFourEyes(false, nullptr)); // one person reviews here
        const qint64 digest = library->createDigest(QDate(2022, 10, 14));
        const DigestEntry entry =
            library->appendEntry(digest, makeEntry(QStringLiteral("2210.06441"), QStringLiteral("Title"),
                                                   QStringLiteral("原标题")));

        SaveResult r =
            library->saveField(entry.id(), 1, DigestEntry::Field::ZhTitle, QStringLiteral("我的标题"));
        QVERIFY2(r.saved(), qPrintable(r.error.message));
        QCOMPARE(r.revision, 2);
        // Someone saving on top of revision 1 now is stale: a conflict with both texts, nothing overwritten.
        r = library->saveField(entry.id(), 1, DigestEntry::Field::ZhTitle, QStringLiteral("他的标题"));
        QVERIFY(r.isConflict());
        QCOMPARE(r.revision, 2);
        QCOMPARE(r.theirs.zhTitle(), QStringLiteral("我的标题"));
        QCOMPARE(r.ours.zhTitle(), QStringLiteral("他的标题"));
        QCOMPARE(r.ours.title(), QStringLiteral("Title"));
        DigestEntry stored;
        QVERIFY(library->loadEntry(entry.id(), &stored));
        QCOMPARE(stored.zhTitle(), QStringLiteral("我的标题"));
        QCOMPARE(stored.revision(), 2);
        // The same text on a stale revision is no conflict.
        r = library->saveField(entry.id(), 1, DigestEntry::Field::ZhTitle, QStringLiteral("我的标题"));
        QVERIFY(r.saved());
        QCOMPARE(r.revision, 2);

        r = library->saveStatus(entry.id(), 2, DigestEntry::Status::Translated);
        QVERIFY(r.saved());
        QCOMPARE(r.revision, 3);
        r = library->saveStatus(entry.id(), 2, DigestEntry::Status::Reviewed);
        QVERIFY(r.isConflict());
        QCOMPARE(r.theirs.status(), DigestEntry::Status::Translated);
        QCOMPARE(r.ours.status(), DigestEntry::Status::Reviewed);

        QVERIFY(library->loadEntry(entry.id(), &stored));
        DigestEntry edited = stored;
        edited.setZhSummary(QStringLiteral("整条保存"));
        edited.setTag(QStringLiteral("CV"));
        edited.setVersion(3);
        edited.setStatus(DigestEntry::Status::Reviewed);
        r = library->saveEntry(edited);
        QVERIFY2(r.saved(), qPrintable(r.error.message));
        QCOMPARE(r.revision, 4);
        QVERIFY(library->loadEntry(entry.id(), &stored));
        QCOMPARE(stored, edited);
        QCOMPARE(stored.revision(), 4);
        edited.setZhSummary(QStringLiteral("过期的保存"));
        r = library->saveEntry(edited); // still based on revision 3
        QVERIFY(r.isConflict());
        QCOMPARE(r.theirs.zhSummary(), QStringLiteral("整条保存"));
        QCOMPARE(r.ours.zhSummary(), QStringLiteral("过期的保存"));

        r = library->saveField(424242, 1, DigestEntry::Field::Title, QStringLiteral("x"));
        QCOMPARE(r.status, SaveResult::Status::Error);
        QVERIFY2(r.error.message.contains(QStringLiteral("no entry 424242")), qPrintable(r.error.message));
        QCOMPARE(r.error.kind, LibraryError::Kind::NotFound); // the kind travels with the save
        // Moving an entry is not an edit of its text: its revision stays.
        library->appendEntry(digest, makeEntry(QStringLiteral("b"), QString(), QString()));
        QVERIFY(library->moveEntry(digest, 1, 2));
        QVERIFY(library->loadEntry(entry.id(), &stored));
        QCOMPARE(stored.revision(), 4);
    }

    void aFieldLongerThanTheLimitIsRefused_data() { backends(); }
    void aFieldLongerThanTheLimitIsRefused();
};

// DigestEntry::MaxFieldChars holds for every way text reaches the library; past it nothing is stored and
// the message names the field, the paper and the limit.
void TestEntryStore::aFieldLongerThanTheLimitIsRefused()
{
    FRESH_LOCATION(location);
    OPEN_LIBRARY(library, location);
    const qint64 digest = library->createDigest(QDate(2022, 10, 14));
    const QString longest(DigestEntry::MaxFieldChars, QChar(0x6587));
    const QString tooLong = longest + QChar(0x5b57);
    LibraryError error;
    DigestEntry stored = library->appendEntry(
        digest, makeEntry(QStringLiteral("2210.06441"), QStringLiteral("Fits"), QString(), longest), &error);
    QVERIFY2(stored.id() > 0, qPrintable(error.message));

    DigestEntry overlong =
        makeEntry(QStringLiteral("2210.05337"), QStringLiteral("Too long"), QString(), tooLong);
    QCOMPARE(library->appendEntry(digest, overlong, &error).id(), 0);
    QCOMPARE(error.kind, LibraryError::Kind::InvalidArgument);
    for (const char *words : {"zh_summary", "2210.05337", "100000", "nothing was stored"})
        QVERIFY2(error.message.contains(QLatin1String(words)), qPrintable(error.message));

    SaveResult saved =
        library->saveField(stored.id(), stored.revision(), DigestEntry::Field::Abstract, tooLong);
    QVERIFY(!saved.saved());
    QVERIFY2(saved.error.message.contains(QLatin1String("abstract")), qPrintable(saved.error.message));
    stored.setZhTitle(tooLong);
    saved = library->saveEntry(stored);
    QVERIFY(!saved.saved());
    QVERIFY2(saved.error.message.contains(QLatin1String("zh_title")), qPrintable(saved.error.message));

    Digest d;
    QVERIFY(library->loadDigest(digest, &d));
    QCOMPARE(d.entryCount(), 1);
    QCOMPARE(d.entries().first().zhSummary(), longest);
    QCOMPARE(d.entries().first().zhTitle(), QString());
    QCOMPARE(d.entries().first().revision(), 1);
}

QTEST_GUILESS_MAIN(TestEntryStore)
#include "tst_entrystore.moc"
