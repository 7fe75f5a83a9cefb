// DigestStore through Library on SQLite and PostgreSQL: creating (empty and imported), listing, loading,
// resolving, the header, deleting, an insert that stores no row, and a database failure halfway through
// storing an imported post.
#include "formats/digestimporter.h"
#include "librarytests.h"
#include "scratchlibraries.h"
#include "storage/library.h"
#include "storage/librarymigrations.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::makeEntry;
using DigestStudio::Test::ScratchLibraries;

class TestDigestStore final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    static void backends() { Test::addBackendRows(); }

    // DIGEST strings: an id, or a date meaning the latest digest of that date.
    static void resolvesDigestStrings(Library *library, qint64 first, qint64 second)
    {
        QCOMPARE(library->resolveDigest(QStringLiteral("2022-10-14")), second);
        QCOMPARE(library->resolveDigest(QString::number(first)), first);
        LibraryError error;
        QCOMPARE(library->resolveDigest(QStringLiteral("2022-10-16"), &error), 0);
        QVERIFY2(error.message.contains(QStringLiteral("2022-10-16")) &&
                     error.message.contains(library->location()),
                 qPrintable(error.message));
        QCOMPARE(error.kind, LibraryError::Kind::NotFound);
        QCOMPARE(library->resolveDigest(QStringLiteral("yesterday"), &error), 0);
        QCOMPARE(error.kind, LibraryError::Kind::InvalidArgument);
        QCOMPARE(library->resolveDigest(QStringLiteral("2022-02-30"), &error), 0);
    }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    void createListLoadAndDeleteDigests_data() { backends(); }
    void createListLoadAndDeleteDigests()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        QCOMPARE(library->schemaVersion(), LibraryMigrations::latestVersion());
        QVERIFY(library->digests().isEmpty());
        QCOMPARE(library->latestDigestId(), 0);

        const qint64 first = library->createDigest(QDate(2022, 10, 14), QStringLiteral("周五"));
        QVERIFY(first > 0);
        Digest loaded;
        QVERIFY(library->loadDigest(first, &loaded));
        QCOMPARE(loaded.id(), first);
        QCOMPARE(loaded.title(), QStringLiteral("周五"));
        QCOMPARE(loaded.legend(), Digest::defaultLegend());
        QCOMPARE(loaded.summaryLabel(), Digest::defaultSummaryLabel());
        QCOMPARE(loaded.footer(), Digest::defaultFooter());
        QCOMPARE(loaded.entryCount(), 0);

        Digest imported;
        imported.setDate(QDate(2022, 10, 14));
        imported.setTitle(QStringLiteral("imported"));
        imported.setLegend(QStringLiteral("LG - 机器学习"));
        imported.setAttribution(QStringLiteral("转自爱可可爱生活"));
        imported.setSummaryLabel(QStringLiteral("摘要："));
        imported.setFooter(QString());
        imported.entries().append(makeEntry(QStringLiteral("2210.06441v2"), QStringLiteral("Augmentations"),
                                            QStringLiteral("数据增强")));
        imported.entries().append(makeEntry(QStringLiteral("2210.07000"),
                                            QStringLiteral("Seeing in the dark"),
                                            QStringLiteral("黑暗中的视觉")));
        imported.entries()[1].setStatus(DigestEntry::Status::Reviewed);
        const qint64 second = library->createDigest(imported);
        QVERIFY(second > first);
        QVERIFY(library->loadDigest(second, &loaded));
        imported.entries()[0].setArxivId(QStringLiteral("2210.06441")); // stored without the version
        QCOMPARE(loaded, imported);
        for (const DigestEntry &e : loaded.entries()) {
            QVERIFY(e.id() > 0);
            QCOMPARE(e.revision(), 1);
            QVERIFY(e.updated().isValid());
        }
        const qint64 third = library->createDigest(QDate(2022, 10, 15));

        const QVector<DigestSummary> list = library->digests();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).id, third); // newest date first, then newest id
        QCOMPARE(list.at(1).id, second);
        QCOMPARE(list.at(1).entryCount, 2);
        QCOMPARE(list.at(1).title, QStringLiteral("imported"));
        QCOMPARE(list.at(2).date, QDate(2022, 10, 14));
        QCOMPARE(library->latestDigestId(), third);

        resolvesDigestStrings(library.get(), first, second);
        if (QTest::currentTestFailed())
            return;
        LibraryError error;

        loaded.setTitle(QStringLiteral("renamed"));
        loaded.setFooter(QStringLiteral("新的页脚"));
        QVERIFY(library->updateDigestHeader(loaded, &error));
        Digest again;
        QVERIFY(library->loadDigest(second, &again));
        QCOMPARE(again.title(), QStringLiteral("renamed"));
        QCOMPARE(again.footer(), QStringLiteral("新的页脚"));
        QCOMPARE(again.entries(), loaded.entries());

        const qint64 entryId = again.entries().first().id();
        QVERIFY(library->deleteDigest(second, &error));
        QVERIFY(!library->loadDigest(second, &again, &error));
        DigestEntry gone;
        LibraryError goneError;
        QVERIFY(!library->loadEntry(entryId, &gone, &goneError)); // entries go with their digest
        QCOMPARE(goneError.kind, LibraryError::Kind::NotFound);
        QVERIFY(!library->deleteDigest(second, &error));
        QCOMPARE(library->digests().size(), 2);
    }

    void createThatStoresNoRowLeavesNoTransactionOpen_data() { backends(); }
    void createThatStoresNoRowLeavesNoTransactionOpen()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const bool lite = backend == QLatin1String("sqlite");
        // A trigger that silently skips one insert, so INSERT ... RETURNING id gives no row back.
        QSqlDatabase db = m_scratch.openRaw(location);
        {
            QSqlQuery q(db);
            if (lite) {
                QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER skip_digest BEFORE INSERT ON digests WHEN "
                                               "NEW.title = 'skip' BEGIN SELECT RAISE(IGNORE); END")),
                         qPrintable(q.lastError().text()));
            } else {
                QVERIFY2(q.exec(QStringLiteral("CREATE FUNCTION skip_digest() RETURNS trigger AS $$ BEGIN IF "
                                               "NEW.title = 'skip' THEN RETURN NULL; END IF; RETURN NEW; END "
                                               "$$ LANGUAGE plpgsql")),
                         qPrintable(q.lastError().text()));
                QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER skip_digest BEFORE INSERT ON digests FOR EACH "
                                               "ROW EXECUTE FUNCTION skip_digest()")),
                         qPrintable(q.lastError().text()));
            }
        }
        LibraryError error;
        QCOMPARE(library->createDigest(QDate(2022, 10, 14), QStringLiteral("skip"), &error), 0);
        QVERIFY2(error.message.contains(QStringLiteral("creating the digest failed")) &&
                     error.message.contains(library->location()),
                 qPrintable(error.message));
        // Rolled back: another connection takes the write lock at once.
        {
            QSqlQuery q(db);
            if (lite) {
                QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
                QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
            } else {
                QVERIFY(q.exec(QStringLiteral("BEGIN")));
                QVERIFY2(q.exec(QStringLiteral("LOCK TABLE digests IN SHARE ROW EXCLUSIVE MODE NOWAIT")),
                         qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        m_scratch.closeRaw(db);
        // And the library writes on.
        QVERIFY2(library->createDigest(QDate(2022, 10, 14), QStringLiteral("kept"), &error) > 0,
                 qPrintable(error.message));
        QCOMPARE(library->digests().size(), 1);
    }

    void anImportThatFailsHalfwayStoresNothing_data() { backends(); }
    void anImportThatFailsHalfwayStoresNothing();
};

// The database refuses an entry in the middle of a real published post (a trigger stands in for a full disk,
// a constraint or a dropped connection): the digest row and the three entries before it are rolled back.
void TestDigestStore::anImportThatFailsHalfwayStoresNothing()
{
    FRESH_LOCATION(location);
    OPEN_LIBRARY(library, location);
    DigestImporter::Result imported =
        DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt")));
    QVERIFY(imported.ok);
    imported.digest.setDate(QDate(2022, 10, 14)); // the post does not say its date; the file name would
    QVERIFY(imported.digest.entryCount() > 4);
    QSqlDatabase db = m_scratch.openRaw(location);
    QVERIFY(
        ScratchLibraries::refuseInserts(db, QStringLiteral("entries"), QStringLiteral("NEW.position = 3")));
    LibraryError error;
    QCOMPARE(library->createDigest(imported.digest, &error), 0);
    QVERIFY2(error.message.contains(library->location()) && error.message.contains(QLatin1String("injected")),
             qPrintable(error.message));
    QVERIFY(library->digests().isEmpty());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM entries")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    ScratchLibraries::dropRefusal(db, QStringLiteral("entries"));
    m_scratch.closeRaw(db);
    // Nothing was left half-open: the same post goes in whole once the database accepts it.
    const qint64 id = library->createDigest(imported.digest, &error);
    QVERIFY2(id > 0, qPrintable(error.message));
    Digest stored;
    QVERIFY(library->loadDigest(id, &stored));
    QCOMPARE(stored.entryCount(), imported.digest.entryCount());
}

QTEST_GUILESS_MAIN(TestDigestStore)
#include "tst_digeststore.moc"
