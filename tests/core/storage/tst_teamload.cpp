// Not a class: twenty editors at once on one digest of a real PostgreSQL library, four login roles, for 10 s
// (TeamLoad; the 60 s run and the latency are bench-teamload's). The run is made once; then: every save
// either landed or came back as a conflict; each landed save was based on the one that landed before it (no
// one overwrote text they had not seen); the history holds every landed save, by its author, and nothing
// else; what is stored is the last landed save of each field; the server never held more connections of the
// team than there are editors.
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
    std::unique_ptr<Library> m_owner;
    QVector<qint64> m_entryIds;
    QStringList m_roles;
    QVector<LoadAttempt> m_attempts;
    int m_mostConnections = 0;

    // The most connections the roles in `roles` held at once, sampled every 50 ms until `load` ends.
    static int watchConnections(QSqlDatabase &raw, const QStringList &roles, TeamLoad &load)
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

    int count(Status status) const
    {
        return static_cast<int>(std::count_if(m_attempts.cbegin(), m_attempts.cend(),
                                              [status](const LoadAttempt &a) { return a.status == status; }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        QVERIFY2(!location.isEmpty(), qPrintable(ScratchLibraries::noServer()));
        m_owner = Library::open(location);
        QVERIFY(m_owner);
        const qint64 digest = m_owner->createDigest(QDate(2026, 12, 7));
        for (int i = 0; i < Entries; ++i)
            m_entryIds.append(
                m_owner
                    ->appendEntry(digest, makeEntry(QStringLiteral("2612.0000%1").arg(i),
                                                    QStringLiteral("Paper"), QStringLiteral("旧")))
                    .id());
        QStringList locations;
        for (int i = 0; i < People; ++i) {
            QString role;
            locations.append(m_scratch.loginAs(location, QStringLiteral("editor"), true, &role));
            QVERIFY(!locations.last().isEmpty());
            m_roles.append(role);
        }
        QSqlDatabase raw = m_scratch.openRaw(location);
        TeamLoad load(locations, m_entryIds, Editors, 20261207);
        load.start(DurationMs);
        m_mostConnections = watchConnections(raw, m_roles, load);
        m_scratch.closeRaw(raw);
        m_attempts = load.attempts();
        qInfo("%d attempts by %d editors in %d s: %d landed, %d conflicts; at most %d connections",
              int(m_attempts.size()), Editors, DurationMs / 1000, count(Status::Saved),
              count(Status::Conflict), m_mostConnections);
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_scratch.dropAll();
    }

    void everySaveLandedOrWasAConflict()
    {
        for (const LoadAttempt &a : std::as_const(m_attempts))
            QVERIFY2(a.status != Status::Error, qPrintable(a.error));
        QVERIFY(count(Status::Saved) > 100);
        QVERIFY(count(Status::Conflict) > 0); // the editors did meet
    }

    void eachLandedSaveWasBasedOnTheOneBefore()
    {
        for (const qint64 id : std::as_const(m_entryIds)) {
            QMap<qint64, qint64> baseOf; // revision made -> revision it was based on
            for (const LoadAttempt &a : std::as_const(m_attempts)) {
                if (a.status != Status::Saved || a.entryId != id)
                    continue;
                QVERIFY2(!baseOf.contains(a.revision), "two saves made the same revision");
                baseOf.insert(a.revision, a.base);
            }
            qint64 previous = -1;
            for (auto it = baseOf.cbegin(); it != baseOf.cend(); ++it) {
                if (previous >= 0)
                    QCOMPARE(it.value(), previous);
                previous = it.key();
            }
        }
    }

    void theHistoryHoldsEveryLandedSaveAndNothingElse()
    {
        QHash<QString, LoadAttempt> byValue;
        for (const LoadAttempt &a : std::as_const(m_attempts))
            byValue.insert(a.value, a);
        int inHistory = 0;
        for (const qint64 id : std::as_const(m_entryIds)) {
            LibraryError error;
            const QVector<HistoryEvent> events = m_owner->entryHistory().history(id, &error);
            QVERIFY2(!error.isError(), qPrintable(error.message));
            for (const HistoryEvent &event : events) {
                if (!byValue.contains(event.after))
                    continue; // the entry's creation
                const LoadAttempt &a = byValue.value(event.after);
                QVERIFY2(a.status == Status::Saved, qPrintable(event.after + QStringLiteral(" was refused")));
                QCOMPARE(event.entryId, a.entryId);
                QCOMPARE(event.field, DigestEntry::fieldName(a.field));
                QCOMPARE(event.revision, a.revision);
                QCOMPARE(event.author, m_roles.at(a.editor % People));
                ++inHistory;
            }
        }
        QCOMPARE(inHistory, count(Status::Saved));
    }

    void theStoredTextIsTheLastLandedSave()
    {
        for (const qint64 id : std::as_const(m_entryIds)) {
            DigestEntry stored;
            QVERIFY(m_owner->loadEntry(id, &stored));
            for (const DigestEntry::Field field : TeamLoad::fields()) {
                qint64 newest = 0;
                QString expected = field == DigestEntry::Field::ZhTitle ? QStringLiteral("旧") : QString();
                for (const LoadAttempt &a : std::as_const(m_attempts)) {
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

    void theConnectionsStayedBounded()
    {
        QVERIFY(m_mostConnections > 0); // it was measured
        QVERIFY2(m_mostConnections <= Editors, qPrintable(QString::number(m_mostConnections)));
    }
};

QTEST_GUILESS_MAIN(TestTeamLoad)
#include "tst_teamload.moc"
