// TeamStore on both backends: assigning an entry (revision kept, history kept), one person's entries, the
// four-eyes setting and rule with two people (two names on SQLite, two login roles on PostgreSQL), display
// names; on PostgreSQL an unknown person cannot be assigned.
#include "librarytests.h"
#include "storage/entryhistorystore.h"
#include "storage/teamstore.h"

using namespace DigestStudio;
using namespace DigestStudio::Test;
using Field = DigestEntry::Field;
using Status = DigestEntry::Status;

class TestTeamStore final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;

    // Two people on one library: `first` as created, `second` as another person (SQLite: another name;
    // PostgreSQL: another login role with every privilege on the schema).
    bool twoPeople(const QString &backend, const QString &location, std::unique_ptr<Library> *first,
                   std::unique_ptr<Library> *second)
    {
        *first = Library::open(location);
        if (!*first)
            return false;
        QString other = location;
        if (backend == QLatin1String("postgresql"))
            other = m_scratch.loginAs(location, QStringLiteral("reviewer"), true);
        LibraryError error;
        *second = Library::open(other, &error);
        if (!*second) {
            qWarning("%s", qPrintable(error.message));
            return false;
        }
        (*first)->setPerson(QStringLiteral("Wang Fang"));
        (*second)->setPerson(QStringLiteral("Li Lei"));
        return (*first)->person() != (*second)->person();
    }

private Q_SLOTS:
    void assignKeepsTheRevision_data() { addBackendRows(); }
    void assignKeepsTheRevision()
    {
        FRESH_LOCATION(location);
        std::unique_ptr<Library> editor;
        std::unique_ptr<Library> translator;
        QVERIFY(twoPeople(backend, location, &editor, &translator));
        const qint64 digest = editor->createDigest(QDate(2026, 12, 7));
        const DigestEntry entry = editor->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00001"), QStringLiteral("Title"), QStringLiteral("标题")));
        const QString who = translator->person();
        LibraryError error;
        QVERIFY2(editor->team().assign(entry.id(), who, editor->person(), &error), qPrintable(error.message));
        DigestEntry loaded;
        QVERIFY(translator->loadEntry(entry.id(), &loaded));
        QCOMPARE(loaded.assignee(), who);
        QCOMPARE(loaded.reviewer(), editor->person());
        QCOMPARE(loaded.revision(), entry.revision()); // nobody editing it meets a conflict
        QVERIFY(translator->saveField(entry.id(), entry.revision(), Field::ZhTitle, QStringLiteral("新"))
                    .saved());

        const QVector<AssignedEntry> mine = translator->team().assignedTo(who, &error);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().position, 1);
        QCOMPARE(mine.first().digestDate, QDate(2026, 12, 7));
        QVERIFY(mine.first().asAssignee);
        QVERIFY(!mine.first().asReviewer);
        QCOMPARE(editor->team().assignedTo(editor->person(), &error).first().asReviewer, true);

        // Only the reviewer changes; an empty name unsets.
        QVERIFY(editor->team().assign(entry.id(), std::nullopt, QString(), &error));
        QVERIFY(editor->loadEntry(entry.id(), &loaded));
        QCOMPARE(loaded.assignee(), who);
        QVERIFY(loaded.reviewer().isEmpty());
        QVERIFY(editor->team().assignedTo(editor->person(), &error).isEmpty());

        // The assignment is in the history, by the person who made it.
        QStringList fields;
        for (const HistoryEvent &event : editor->entryHistory().history(entry.id(), nullptr)) {
            fields.append(event.field);
            if (event.field != QLatin1String("zh_title"))
                QCOMPARE(event.author, editor->person());
        }
        // One statement set both: their order among themselves is the backend's.
        std::sort(fields.begin(), fields.begin() + qMin(2, static_cast<int>(fields.size())));
        QCOMPARE(fields, (QStringList{QStringLiteral("assignee"), QStringLiteral("reviewer"),
                                      QStringLiteral("zh_title"), QStringLiteral("reviewer")}));
        QVERIFY(!editor->team().assign(entry.id() + 1000, who, std::nullopt, &error));
        QCOMPARE(error.kind, LibraryError::Kind::NotFound);
    }

    void unknownPeopleAreRefusedOnPostgres()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        if (location.isEmpty())
            QFAIL(qPrintable(ScratchLibraries::noServer()));
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2026, 12, 7));
        const DigestEntry entry = library->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00002"), QStringLiteral("Title"), QStringLiteral("标题")));
        LibraryError error;
        QVERIFY(!library->team().assign(entry.id(), QStringLiteral("nobody_here"), std::nullopt, &error));
        QCOMPARE(error.kind, LibraryError::Kind::NotFound);
        QVERIFY2(error.message.contains(QStringLiteral("'nobody_here' is not a member of the team")),
                 qPrintable(error.message));
        DigestEntry loaded;
        QVERIFY(library->loadEntry(entry.id(), &loaded));
        QVERIFY(loaded.assignee().isEmpty());
    }

    void fourEyesDefaults_data() { addBackendRows(); }
    void fourEyesDefaults()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        LibraryError error;
        QCOMPARE(library->team().fourEyes(&error), backend == QLatin1String("postgresql"));
        QVERIFY(library->team().setFourEyes(backend != QLatin1String("postgresql"), &error));
        OPEN_LIBRARY(again, location);
        QCOMPARE(again->team().fourEyes(&error), backend != QLatin1String("postgresql"));
    }

    // Under the rule the last person to write the Chinese fields cannot mark them reviewed; someone else can.
    void fourEyesRule_data() { addBackendRows(); }
    void fourEyesRule()
    {
        FRESH_LOCATION(location);
        std::unique_ptr<Library> translator;
        std::unique_ptr<Library> reviewer;
        QVERIFY(twoPeople(backend, location, &translator, &reviewer));
        QVERIFY(translator->team().setFourEyes(true, nullptr));
        const qint64 digest = translator->createDigest(QDate(2026, 12, 7));
        DigestEntry entry = translator->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00003"), QStringLiteral("Title"), QStringLiteral("标题")));
        SaveResult saved =
            translator->saveField(entry.id(), entry.revision(), Field::ZhSummary, QStringLiteral("摘要"));
        QVERIFY(saved.saved());
        SaveResult refused = translator->saveStatus(entry.id(), saved.revision, Status::Reviewed);
        QCOMPARE(refused.status, SaveResult::Status::Error);
        QCOMPARE(refused.error.kind, LibraryError::Kind::NotPermitted);
        QVERIFY2(refused.error.message.contains(QStringLiteral("four-eyes")),
                 qPrintable(refused.error.message));
        // Translated is anyone's to set.
        saved = translator->saveStatus(entry.id(), saved.revision, Status::Translated);
        QVERIFY(saved.saved());
        // The reviewer editing the text in the same save as marking it reviewed is refused too.
        QVERIFY(reviewer->loadEntry(entry.id(), &entry));
        entry.setZhSummary(QStringLiteral("改过的摘要"));
        entry.setStatus(Status::Reviewed);
        QCOMPARE(reviewer->saveEntry(entry).error.kind, LibraryError::Kind::NotPermitted);
        QVERIFY(reviewer->loadEntry(entry.id(), &entry));
        QCOMPARE(entry.zhSummary(), QStringLiteral("摘要"));
        entry.setStatus(Status::Reviewed);
        const SaveResult reviewed = reviewer->saveEntry(entry);
        QVERIFY2(reviewed.saved(), qPrintable(reviewed.error.message));
        QVERIFY(reviewer->loadEntry(entry.id(), &entry));
        QCOMPARE(entry.status(), Status::Reviewed);
    }

    // Without the rule (SQLite's default: one person), the author marks their own text reviewed.
    void withoutTheRuleTheAuthorReviews()
    {
        const QString location = m_scratch.create(QStringLiteral("sqlite"));
        OPEN_LIBRARY(library, location);
        library->setPerson(QStringLiteral("Wang Fang"));
        const qint64 digest = library->createDigest(QDate(2026, 12, 7));
        const DigestEntry entry = library->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00004"), QStringLiteral("Title"), QStringLiteral("标题")));
        const SaveResult saved =
            library->saveField(entry.id(), entry.revision(), Field::ZhTitle, QStringLiteral("新标题"));
        QVERIFY(library->saveStatus(entry.id(), saved.revision, Status::Reviewed).saved());
    }

    void displayNames_data() { addBackendRows(); }
    void displayNames()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        LibraryError error;
        QVERIFY(library->team().setDisplayName(QStringLiteral("wang"), QStringLiteral("王芳"), &error));
        QVERIFY(library->team().setDisplayName(QStringLiteral("li"), QStringLiteral("李雷"), &error));
        QVERIFY(library->team().setDisplayName(QStringLiteral("wang"), QStringLiteral("王 芳"), &error));
        QCOMPARE(library->team().displayName(QStringLiteral("wang"), &error), QStringLiteral("王 芳"));
        const QVector<TeamMember> people = library->team().people(&error);
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.first().name, QStringLiteral("li"));
        QCOMPARE(people.first().displayName, QStringLiteral("李雷"));
    }
};

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
