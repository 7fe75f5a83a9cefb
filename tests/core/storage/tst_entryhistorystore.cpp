// EntryHistoryStore on both backends: every landed change of a field or the status is in the entry's history
// with who, when, the text before and after, oldest first; a repeated save or a conflict adds nothing; the
// last editor of the Chinese fields; the entry at an earlier revision; on PostgreSQL the server names the
// author, whatever the client claims.
#include "librarytests.h"
#include "storage/entryhistorystore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace DigestStudio;
using namespace DigestStudio::Test;
using Field = DigestEntry::Field;

namespace {

const QVector<Field> chineseFields{Field::ZhTitle, Field::ZhShortTitle, Field::ZhSummary};

} // namespace

class TestEntryHistoryStore final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;

private Q_SLOTS:
    void everyLandedChangeIsRecorded_data() { addBackendRows(); }
    void everyLandedChangeIsRecorded()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        library->setPerson(QStringLiteral("Li Lei"));
        // SQLite takes the name the program set; PostgreSQL the role of the URL (the test server's).
        const QString me = backend == QLatin1String("sqlite") ? QStringLiteral("Li Lei") : library->person();
        QCOMPARE(library->person(), me);
        QVERIFY(!me.isEmpty());
        const qint64 digest = library->createDigest(QDate(2026, 12, 7));
        const DigestEntry stored =
            library->appendEntry(digest, makeEntry(QStringLiteral("2212.00001"), QStringLiteral("Cramming"),
                                                   QStringLiteral("旧标题")));
        QVERIFY(stored.id() != 0);
        QVERIFY(library->entryHistory().history(stored.id(), nullptr).isEmpty());
        QCOMPARE(library->entryHistory().lastEditor(stored.id(), chineseFields, nullptr), me);

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        SaveResult saved =
            library->saveField(stored.id(), stored.revision(), Field::ZhTitle, QStringLiteral("新标题"));
        QVERIFY(saved.saved());
        saved = library->saveStatus(stored.id(), saved.revision, DigestEntry::Status::Translated);
        QVERIFY(saved.saved());
        // Saving what is stored, and a stale save that conflicts, land nothing and record nothing.
        QVERIFY(library->saveField(stored.id(), saved.revision, Field::ZhTitle, QStringLiteral("新标题"))
                    .saved());
        QVERIFY(library->saveField(stored.id(), stored.revision(), Field::ZhTitle, QStringLiteral("别的"))
                    .isConflict());
        QVERIFY(library->moveEntry(digest, 1, 1, nullptr));

        LibraryError error;
        const QVector<HistoryEvent> events = library->entryHistory().history(stored.id(), &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).field, QStringLiteral("zh_title"));
        QCOMPARE(events.at(0).before, QStringLiteral("旧标题"));
        QCOMPARE(events.at(0).after, QStringLiteral("新标题"));
        QCOMPARE(events.at(0).author, me);
        QCOMPARE(events.at(0).revision, 2);
        QVERIFY2(events.at(0).at >= before && events.at(0).at <= QDateTime::currentDateTimeUtc().addSecs(1),
                 qPrintable(events.at(0).at.toString(Qt::ISODateWithMs)));
        QCOMPARE(events.at(1).field, QStringLiteral("status"));
        QCOMPARE(events.at(1).before, QStringLiteral("draft"));
        QCOMPARE(events.at(1).after, QStringLiteral("translated"));
        QCOMPARE(events.at(1).revision, 3);
        QCOMPARE(library->entryHistory().lastEditor(stored.id(), chineseFields, nullptr), me);
    }

    // A whole-entry save records each field it changed, and only those.
    void aWholeEntrySaveRecordsEachChangedField_data() { addBackendRows(); }
    void aWholeEntrySaveRecordsEachChangedField()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2026, 12, 7));
        DigestEntry entry = library->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00002"), QStringLiteral("Title"), QStringLiteral("标题")));
        entry.setZhSummary(QStringLiteral("摘要"));
        entry.setTag(QStringLiteral("CV"));
        QVERIFY(library->saveEntry(entry).saved());
        const QVector<HistoryEvent> events = library->entryHistory().history(entry.id(), nullptr);
        QStringList fields;
        for (const HistoryEvent &event : events)
            fields.append(event.field);
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("tag"), QStringLiteral("zh_summary")}));
    }

    // The entry as it was at an earlier revision: what the conflict dialog merges from.
    void theEntryAtAnEarlierRevision_data() { addBackendRows(); }
    void theEntryAtAnEarlierRevision()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2026, 12, 7));
        const DigestEntry first = library->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00005"), QStringLiteral("Title"), QStringLiteral("一稿")));
        SaveResult saved =
            library->saveField(first.id(), first.revision(), Field::ZhTitle, QStringLiteral("二稿"));
        QVERIFY(saved.saved());
        const qint64 second = saved.revision;
        saved = library->saveStatus(first.id(), second, DigestEntry::Status::Translated);
        QVERIFY(saved.saved());
        saved =
            library->saveField(first.id(), saved.revision, Field::ZhSummary, QStringLiteral("后来的摘要。"));
        QVERIFY(saved.saved());
        saved = library->saveField(first.id(), saved.revision, Field::ZhTitle, QStringLiteral("三稿"));
        QVERIFY(saved.saved());
        DigestEntry now;
        QVERIFY(library->loadEntry(first.id(), &now));

        DigestEntry then;
        LibraryError error;
        QVERIFY2(library->entryHistory().atRevision(now, second, &then, &error), qPrintable(error.message));
        QCOMPARE(then.zhTitle(), QStringLiteral("二稿"));
        QCOMPARE(then.status(), DigestEntry::Status::Draft);
        QCOMPARE(then.zhSummary(), first.zhSummary());
        QCOMPARE(then.revision(), second);
        QCOMPARE(then.title(), QStringLiteral("Title"));
        QVERIFY(library->entryHistory().atRevision(now, first.revision(), &then, &error));
        QCOMPARE(then.zhTitle(), QStringLiteral("一稿"));
        // At the stored revision nothing is taken back.
        QVERIFY(library->entryHistory().atRevision(now, now.revision(), &then, &error));
        QCOMPARE(then.zhTitle(), QStringLiteral("三稿"));
        QCOMPARE(then.zhSummary(), QStringLiteral("后来的摘要。"));
        QCOMPARE(then.status(), DigestEntry::Status::Translated);
    }

    // Removing an entry takes its history with it.
    void historyGoesWithTheEntry_data() { addBackendRows(); }
    void historyGoesWithTheEntry()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2026, 12, 7));
        const DigestEntry entry = library->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00003"), QStringLiteral("Title"), QStringLiteral("标题")));
        QVERIFY(library->saveField(entry.id(), entry.revision(), Field::Tag, QStringLiteral("CV")).saved());
        QCOMPARE(library->entryHistory().history(entry.id(), nullptr).size(), 1);
        QVERIFY(library->removeEntry(entry.id(), nullptr));
        QSqlDatabase raw = m_scratch.openRaw(location);
        QSqlQuery count(QStringLiteral("SELECT COUNT(*) FROM entry_history"), raw);
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        count.finish();
        m_scratch.closeRaw(raw);
    }

    // PostgreSQL stamps the author itself: a client that writes another name into the entry or straight into
    // the history still gets its own role recorded.
    void theServerNamesTheAuthor()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        if (location.isEmpty())
            QFAIL(qPrintable(ScratchLibraries::noServer()));
        OPEN_LIBRARY(library, location);
        const QString me = library->person();
        const qint64 digest = library->createDigest(QDate(2026, 12, 7));
        const DigestEntry entry = library->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00004"), QStringLiteral("Title"), QStringLiteral("标题")));
        QSqlDatabase raw = m_scratch.openRaw(location);
        QSqlQuery forge(raw);
        QVERIFY2(forge.exec(QStringLiteral("UPDATE entries SET zh_title = 'x', updated_by = 'mallory', "
                                           "created_by = 'mallory' WHERE id = ") +
                            QString::number(entry.id())),
                 qPrintable(forge.lastError().text()));
        QVERIFY2(forge.exec(QStringLiteral("INSERT INTO entry_history (entry_id, field, author, changed_at) "
                                           "VALUES (") +
                            QString::number(entry.id()) +
                            QStringLiteral(", 'tag', 'mallory', '2000-01-01')")),
                 qPrintable(forge.lastError().text()));
        QVERIFY(forge.exec(QStringLiteral("SELECT updated_by, created_by FROM entries")));
        QVERIFY(forge.next());
        QCOMPARE(forge.value(0).toString(), me);
        QCOMPARE(forge.value(1).toString(), me);
        forge.finish();
        m_scratch.closeRaw(raw);
        const QVector<HistoryEvent> events = library->entryHistory().history(entry.id(), nullptr);
        QCOMPARE(events.size(), 2);
        for (const HistoryEvent &event : events) {
            QCOMPARE(event.author, me);
            QVERIFY(event.at.date() > QDate(2026, 1, 1));
        }
    }
};

QTEST_GUILESS_MAIN(TestEntryHistoryStore)
#include "tst_entryhistorystore.moc"
