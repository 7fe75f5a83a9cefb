// Not a class: twenty editors at once on one digest of a real PostgreSQL library, four login roles, for 10 s
// (TeamLoad; the 60 s run and the latency are bench-teamload's). Every save either lands or comes back as a
// conflict; the landed ones each took a revision of their own; the history holds every landed save, by its
// author, and nothing else; what is stored is the last landed save of each field; the server never holds
// more connections of the team than there are editors.
#include "librarytests.h"
#include "storage/entryhistorystore.h"
#include "teamload.h"

#include <QMap>
#include <QSqlQuery>

using namespace DigestStudio;
using namespace DigestStudio::Test;
using Status = SaveResult::Status;

namespace {
constexpr int Editors = 20;
constexpr int People = 4;
constexpr int Entries = 6; // 6 entries x 3 fields for 20 editors: many meet in the same field
constexpr int DurationMs = 10000;
} // namespace

class TestTeamLoad final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;

    // The most connections the roles in `roles` held at once, sampled every 50 ms until `load` ends.
    int watchConnections(QSqlDatabase &raw, const QStringList &roles, TeamLoad &load)
    {
        QStringList quoted;
        for (const QString &role : roles)
            quoted.append(QLatin1Char('\'') + role + QLatin1Char('\''));
        const QString sql = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename IN (") +
                            quoted.join(QLatin1Char(',')) + QLatin1Char(')');
        int most = 0;
        while (!load.wait(50)) {
            QSqlQuery query(raw);
            if (query.exec(sql) && query.next())
                most = std::max(most, query.value(0).toInt());
        }
        return most;
    }

private Q_SLOTS:
    void cleanupTestCase() { m_scratch.dropAll(); }

    void everySaveLandsOrConflictsAndTheHistoryHoldsEveryLandedOne()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        QVERIFY2(!location.isEmpty(), qPrintable(ScratchLibraries::noServer()));
        OPEN_LIBRARY(owner, location);
        const qint64 digest = owner->createDigest(QDate(2026, 12, 7));
        QVector<qint64> entryIds;
        for (int i = 0; i < Entries; ++i)
            entryIds.append(
                owner
                    ->appendEntry(digest, makeEntry(QStringLiteral("2612.0000%1").arg(i),
                                                    QStringLiteral("Paper"), QStringLiteral("旧")))
                    .id());
        QStringList locations, roles;
        for (int i = 0; i < People; ++i) {
            QString role;
            locations.append(m_scratch.loginAs(location, QStringLiteral("editor"), true, &role));
            QVERIFY(!locations.last().isEmpty());
            roles.append(role);
        }
        QSqlDatabase raw = m_scratch.openRaw(location);

        TeamLoad load(locations, entryIds, Editors, 20261207);
        load.start(DurationMs);
        const int most = watchConnections(raw, roles, load);
        m_scratch.closeRaw(raw);
        const QVector<LoadAttempt> attempts = load.attempts();

        // Every save landed or was refused as a conflict; none failed, none was lost without a word.
        int landed = 0, conflicts = 0;
        QSet<QPair<qint64, qint64>> revisions;
        for (const LoadAttempt &a : attempts) {
            QVERIFY2(a.status != Status::Error, qPrintable(a.error));
            if (a.status == Status::Saved) {
                ++landed;
                // Each landed save made a revision of its own: no two saves both think they wrote it.
                QVERIFY(!revisions.contains({a.entryId, a.revision}));
                revisions.insert({a.entryId, a.revision});
            } else {
                ++conflicts;
            }
        }
        qInfo("%d attempts by %d editors in %d s: %d landed, %d conflicts; at most %d connections",
              int(attempts.size()), Editors, DurationMs / 1000, landed, conflicts, most);
        QVERIFY(landed > 100);
        QVERIFY(conflicts > 0); // the editors did meet
        QVERIFY(most > 0 && most <= Editors);

        // Nobody overwrote what they had not seen: entry by entry, each landed save was based on the
        // revision the landed save before it made (the chain starts at the entry's first revision).
        for (const qint64 id : std::as_const(entryIds)) {
            QMap<qint64, qint64> baseOf; // revision made -> revision it was based on
            for (const LoadAttempt &a : attempts) {
                if (a.status == Status::Saved && a.entryId == id)
                    baseOf.insert(a.revision, a.base);
            }
            qint64 previous = -1;
            for (auto it = baseOf.cbegin(); it != baseOf.cend(); ++it) {
                if (previous >= 0)
                    QCOMPARE(it.value(), previous);
                previous = it.key();
            }
        }

        // The history: every landed save, by its author, at its revision; nothing that did not land.
        QHash<QString, LoadAttempt> byValue;
        for (const LoadAttempt &a : attempts)
            byValue.insert(a.value, a);
        int inHistory = 0;
        for (const qint64 id : std::as_const(entryIds)) {
            LibraryError error;
            const QVector<HistoryEvent> events = owner->entryHistory().history(id, &error);
            QVERIFY2(!error.isError(), qPrintable(error.message));
            for (const HistoryEvent &event : events) {
                if (!byValue.contains(event.after))
                    continue; // the entry's creation
                const LoadAttempt &a = byValue.value(event.after);
                QVERIFY2(a.status == Status::Saved, qPrintable(event.after + QStringLiteral(" was refused")));
                QCOMPARE(event.entryId, a.entryId);
                QCOMPARE(event.field, DigestEntry::fieldName(a.field));
                QCOMPARE(event.revision, a.revision);
                QCOMPARE(event.author, roles.at(a.editor % People));
                ++inHistory;
            }
        }
        QCOMPARE(inHistory, landed);

        // What is stored is, field by field, the save that landed last.
        for (const qint64 id : std::as_const(entryIds)) {
            DigestEntry stored;
            QVERIFY(owner->loadEntry(id, &stored));
            for (const DigestEntry::Field field : TeamLoad::fields()) {
                qint64 newest = 0;
                QString expected = field == DigestEntry::Field::ZhTitle ? QStringLiteral("旧") : QString();
                for (const LoadAttempt &a : attempts) {
                    if (a.status == Status::Saved && a.entryId == id && a.field == field &&
                        a.revision > newest) {
                        newest = a.revision;
                        expected = a.value;
                    }
                }
                QCOMPARE(stored.field(field), expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTeamLoad)
#include "tst_teamload.moc"
