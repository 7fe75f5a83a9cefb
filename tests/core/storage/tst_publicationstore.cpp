// PublicationStore on both backends: a digest's channel is claimed by one publisher at a time across
// connections, a claim goes stale, a confirmed media_id stays until a new one is confirmed, an unanswered
// request is remembered, and version 7's pending records become unanswered claims.
#include "librarytests.h"
#include "storage/librarymigrations.h"
#include "storage/publicationstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace DigestStudio;
using namespace DigestStudio::Test;
using Claim = PublicationStore::Claim;

namespace {

const QString wechat = QStringLiteral("wechat");
constexpr int Fresh = 600; // seconds before a claim goes stale

} // namespace

class TestPublicationStore final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;

private Q_SLOTS:
    void oneClaimAcrossConnections_data() { addBackendRows(); }
    void oneClaimAcrossConnections()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(first, location);
        OPEN_LIBRARY(second, location);
        const qint64 digest = first->createDigest(QDate(2026, 11, 30));
        PublicationRecord found;
        LibraryError error;
        QCOMPARE(
            first->publications().claim(digest, wechat, QStringLiteral("a"), false, Fresh, &found, &error),
            Claim::Taken);
        // Another publisher on another connection: refused while the first is at work, forced or not.
        QCOMPARE(
            second->publications().claim(digest, wechat, QStringLiteral("b"), false, Fresh, &found, &error),
            Claim::Busy);
        QVERIFY(found.busySince.isValid());
        QCOMPARE(
            second->publications().claim(digest, wechat, QStringLiteral("b"), true, Fresh, &found, &error),
            Claim::Busy);
        QVERIFY(!second->publication(digest, wechat, &found)); // nothing published, nothing sent
        // Only the holder may touch, mark or release it.
        QVERIFY(!second->publications().touchClaim(digest, wechat, QStringLiteral("b"), &error));
        QVERIFY(!second->publications().markSent(digest, wechat, QStringLiteral("b"), &error));
        QVERIFY(first->publications().touchClaim(digest, wechat, QStringLiteral("a"), &error));
        QVERIFY(first->publications().release(digest, wechat, QStringLiteral("a"), &error));
        QCOMPARE(
            second->publications().claim(digest, wechat, QStringLiteral("b"), false, Fresh, &found, &error),
            Claim::Taken);
    }

    // A publisher that died leaves its claim: past `staleSeconds` without a touch, another takes over, and
    // the dead one can no longer send.
    void aStaleClaimIsTakenOver_data() { addBackendRows(); }
    void aStaleClaimIsTakenOver()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2026, 11, 30));
        LibraryError error;
        QCOMPARE(library->publications().claim(digest, wechat, QStringLiteral("dead"), false, Fresh, nullptr,
                                               &error),
                 Claim::Taken);
        QCOMPARE(
            library->publications().claim(digest, wechat, QStringLiteral("new"), false, 0, nullptr, &error),
            Claim::Taken);
        QVERIFY(!library->publications().markSent(digest, wechat, QStringLiteral("dead"), &error));
        QVERIFY(library->publications().markSent(digest, wechat, QStringLiteral("new"), &error));
    }

    void confirmedStaysUntilANewOneIsConfirmed_data() { addBackendRows(); }
    void confirmedStaysUntilANewOneIsConfirmed()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        PublicationStore &store = library->publications();
        const qint64 digest = library->createDigest(QDate(2026, 11, 30));
        LibraryError error;
        PublicationRecord record;
        record.digestId = digest;
        record.channel = wechat;
        record.mediaId = QStringLiteral("MEDIA_1");
        QCOMPARE(store.claim(digest, wechat, QStringLiteral("a"), false, Fresh, nullptr, &error),
                 Claim::Taken);
        QVERIFY(store.markSent(digest, wechat, QStringLiteral("a"), &error));
        QVERIFY2(store.confirm(record, QStringLiteral("a"), &error), qPrintable(error.message));

        // Without force: refused. A forced second publish that gives up keeps MEDIA_1.
        PublicationRecord found;
        QCOMPARE(store.claim(digest, wechat, QStringLiteral("b"), false, Fresh, &found, &error),
                 Claim::Published);
        QCOMPARE(found.mediaId, QStringLiteral("MEDIA_1"));
        QCOMPARE(store.claim(digest, wechat, QStringLiteral("b"), true, Fresh, &found, &error), Claim::Taken);
        QVERIFY(store.release(digest, wechat, QStringLiteral("b"), &error));
        QVERIFY(library->publication(digest, wechat, &found));
        QCOMPARE(found.mediaId, QStringLiteral("MEDIA_1"));
        QVERIFY(!found.unanswered());

        // A forced one whose answer is lost: both are known.
        QCOMPARE(store.claim(digest, wechat, QStringLiteral("c"), true, Fresh, &found, &error), Claim::Taken);
        QVERIFY(store.markSent(digest, wechat, QStringLiteral("c"), &error));
        QVERIFY(library->publication(digest, wechat, &found));
        QCOMPARE(found.mediaId, QStringLiteral("MEDIA_1"));
        QVERIFY(found.unanswered());
        QCOMPARE(store.claim(digest, wechat, QStringLiteral("d"), false, Fresh, &found, &error),
                 Claim::Published);

        // A forced one confirmed: MEDIA_2 replaces MEDIA_1, one row.
        QCOMPARE(store.claim(digest, wechat, QStringLiteral("d"), true, Fresh, &found, &error), Claim::Taken);
        record.mediaId = QStringLiteral("MEDIA_2");
        QVERIFY(store.confirm(record, QStringLiteral("d"), &error));
        QVERIFY(library->publication(digest, wechat, &found));
        QCOMPARE(found.mediaId, QStringLiteral("MEDIA_2"));
        QVERIFY(!found.unanswered());
        QVERIFY(!found.busySince.isValid());
    }

    // Version 7 kept a request whose answer never arrived as a row with an empty media_id; it becomes an
    // unanswered claim, so the next publish still asks first.
    void versionSevenPendingRecordsBecomeUnansweredClaims_data() { addBackendRows(); }
    void versionSevenPendingRecordsBecomeUnansweredClaims()
    {
        FRESH_LOCATION(location);
        // A library as version 7 made it: its migrations and nothing later.
        QSqlDatabase db = m_scratch.openRaw(location);
        const bool lite = backend == QLatin1String("sqlite");
        const auto dialect = lite ? LibraryLocation::Backend::SQLite : LibraryLocation::Backend::PostgreSQL;
        {
            QSqlQuery q(db);
            if (!lite)
                QVERIFY(q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")));
            for (int version = 1; version <= 7; ++version) {
                for (const QString &sql : LibraryMigrations::statements(version, dialect))
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QLatin1Char(' ') + sql));
            }
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (7)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO digests (date) VALUES ('2026-11-30')")));
        }
        qint64 digest = 0;
        {
            QSqlQuery q(QStringLiteral("SELECT MAX(id) FROM digests"), db);
            QVERIFY(q.next());
            digest = q.value(0).toLongLong();
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO publications (digest_id, channel, media_id, published_at) "
                                      "VALUES (%1, 'wechat', '', '2026-11-30T08:00:00.000Z')")
                           .arg(digest)));
        }
        m_scratch.closeRaw(db);
        OPEN_LIBRARY(library, location);
        QCOMPARE(library->schemaVersion(), LibraryMigrations::latestVersion());
        PublicationRecord found;
        QVERIFY(library->publication(digest, wechat, &found));
        QVERIFY(!found.confirmed());
        QCOMPARE(found.unansweredAt, QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone::utc()));
        LibraryError error;
        QCOMPARE(
            library->publications().claim(digest, wechat, QStringLiteral("a"), false, Fresh, nullptr, &error),
            Claim::Published);
    }
};

QTEST_GUILESS_MAIN(TestPublicationStore)
#include "tst_publicationstore.moc"
