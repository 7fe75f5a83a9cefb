// The team's roles on PostgreSQL, checked by connecting as each member: `team setup`'s group roles and grants
// (twice: nothing changes), three login roles (editor, translator, publisher) made members, and what the
// server itself lets each do; a refused action says which role it needs. SQLite has no roles.
#include "librarytests.h"
#include "storage/commentstore.h"
#include "storage/entryhistorystore.h"
#include "storage/morningrunstore.h"
#include "storage/teamstore.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUrl>

using namespace DigestStudio;
using namespace DigestStudio::Test;
using Field = DigestEntry::Field;
using Kind = LibraryError::Kind;

class TestTeamRoles final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;
    QStringList m_members;

    QString memberName(const QString &role)
    {
        const QString name = QStringLiteral("%1_%2_%3")
                                 .arg(role)
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QRandomGenerator::global()->bounded(100000));
        m_members.append(name);
        return name;
    }
    static QString as(const QString &location, const QString &name)
    {
        QUrl url(location);
        url.setUserName(name);
        return url.toString();
    }

    // Sets the roles up on `location` (twice) and makes an editor, a translator and a publisher; false when a
    // step failed (a QVERIFY said why).
    bool setUpTeam(const QString &location, QString *editorName, QString *translatorName,
                   QString *publisherName)
    {
        bool done = false;
        setUpTeamChecked(location, editorName, translatorName, publisherName, &done);
        return done;
    }
    void setUpTeamChecked(const QString &location, QString *editorName, QString *translatorName,
                          QString *publisherName, bool *done)
    {
        OPEN_LIBRARY(owner, location);
        LibraryError error;
        QVERIFY2(owner->team().setUpRoles(&error), qPrintable(error.message));
        QVERIFY2(owner->team().setUpRoles(&error), qPrintable(error.message)); // idempotent
        *editorName = memberName(QStringLiteral("ed"));
        *translatorName = memberName(QStringLiteral("tr"));
        *publisherName = memberName(QStringLiteral("pub"));
        QVERIFY2(owner->team().addMember(*editorName, QStringLiteral("editor"), QString(), QString(), &error),
                 qPrintable(error.message));
        QVERIFY(owner->team().addMember(*translatorName, QStringLiteral("translator"), QStringLiteral("王芳"),
                                        QStringLiteral("s3cret"), &error));
        QVERIFY(owner->team().addMember(*publisherName, QStringLiteral("publisher"), QString(), QString(),
                                        &error));
        QVERIFY(!owner->team().addMember(QStringLiteral("Bad Name"), QStringLiteral("editor"), QString(),
                                         QString(), &error));
        QCOMPARE(error.kind, Kind::InvalidArgument);
        const QVector<TeamMember> members = owner->team().members(&error);
        QStringList listed;
        const QStringList made{*editorName, *translatorName, *publisherName};
        for (const TeamMember &m : members) {
            if (made.contains(m.name)) // members made by other tests of this run are listed too
                listed.append(m.name + QLatin1Char(':') + m.roles.join(QLatin1Char(',')) + QLatin1Char(':') +
                              m.displayName);
        }
        listed.sort();
        QStringList expected{*editorName + QStringLiteral(":editor:"),
                             *translatorName + QStringLiteral(":translator:王芳"),
                             *publisherName + QStringLiteral(":publisher:")};
        expected.sort();
        QCOMPARE(listed, expected);

        *done = true;
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        QSqlDatabase db = m_scratch.openRaw(ScratchLibraries::postgresUrl());
        for (const QString &name : std::as_const(m_members)) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP OWNED BY ") + name + QStringLiteral(" CASCADE"));
            q.exec(QStringLiteral("DROP ROLE IF EXISTS ") + name);
        }
        m_scratch.closeRaw(db);
    }

    void eachRoleDoesItsPartAndNoMore()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        if (location.isEmpty())
            QFAIL(qPrintable(ScratchLibraries::noServer()));
        QString editorName;
        QString translatorName;
        QString publisherName;
        QVERIFY(setUpTeam(location, &editorName, &translatorName, &publisherName));
        OPEN_LIBRARY(owner, location);
        LibraryError error;
        // The editor makes the digest and its entries, orders and assigns them.
        OPEN_LIBRARY(editor, as(location, editorName));
        QCOMPARE(editor->person(), editorName);
        const qint64 digest = editor->createDigest(QDate(2026, 12, 7), QString(), &error);
        QVERIFY2(digest > 0, qPrintable(error.message));
        DigestEntry first = editor->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00001"), QStringLiteral("A"), QStringLiteral("甲")),
            &error);
        QVERIFY2(first.id() > 0, qPrintable(error.message));
        QVERIFY(editor
                    ->appendEntry(digest, makeEntry(QStringLiteral("2212.00002"), QStringLiteral("B"),
                                                    QStringLiteral("乙")))
                    .id() > 0);
        QVERIFY2(editor->moveEntry(digest, 2, 1, &error), qPrintable(error.message));
        QVERIFY2(editor->team().assign(first.id(), translatorName, publisherName, &error),
                 qPrintable(error.message));
        // The morning run is the editor's: it remembers what it proposed and keeps its report.
        QVERIFY2(editor->morningRuns().remember(QDate(2026, 12, 7), {QStringLiteral("2212.00003")}, &error),
                 qPrintable(error.message));
        QVERIFY2(editor->morningRuns().recordRun(QDate(2026, 12, 7), QJsonObject(), &error),
                 qPrintable(error.message));
        GlossaryTerm term(QStringLiteral("diffusion"), QStringLiteral("扩散"));
        QVERIFY(!editor->addGlossaryTerm(&term, &error));
        QCOMPARE(error.kind, Kind::NotPermitted);
        QVERIFY2(error.message.contains(QStringLiteral("digest_admin")), qPrintable(error.message));

        // The translator writes the Chinese and comments, but not the English nor the digest.
        OPEN_LIBRARY(translator, as(location, translatorName));
        QVERIFY(translator->loadEntry(first.id(), &first));
        SaveResult saved =
            translator->saveField(first.id(), first.revision(), Field::ZhTitle, QStringLiteral("甲（改）"));
        QVERIFY2(saved.saved(), qPrintable(saved.error.message));
        SaveResult refused =
            translator->saveField(first.id(), saved.revision, Field::Title, QStringLiteral("X"));
        QCOMPARE(refused.error.kind, Kind::NotPermitted);
        QVERIFY2(refused.error.message.contains(QStringLiteral("digest_editor")),
                 qPrintable(refused.error.message));
        QVERIFY(translator->comments().add(first.id(), QStringLiteral("zh_title"), 0, 0,
                                           QStringLiteral("请看"), &error) > 0);
        QCOMPARE(translator->createDigest(QDate(2026, 12, 8), QString(), &error), 0);
        QCOMPARE(error.kind, Kind::NotPermitted);
        QVERIFY(!translator->moveEntry(digest, 1, 2, &error));
        QVERIFY(
            !translator->morningRuns().remember(QDate(2026, 12, 8), {QStringLiteral("2212.00004")}, &error));
        QCOMPARE(error.kind, Kind::NotPermitted);
        QVERIFY2(error.message.contains(QStringLiteral("digest_editor")), qPrintable(error.message));
        QVERIFY(!translator->team().assign(first.id(), translatorName, std::nullopt, &error));
        QCOMPARE(error.kind, Kind::NotPermitted);

        // The publisher edits the header and footer, not the entries.
        OPEN_LIBRARY(publisher, as(location, publisherName));
        Digest header;
        QVERIFY(publisher->loadDigest(digest, &header));
        header.setFooter(QStringLiteral("欢迎关注"));
        QVERIFY2(publisher->updateDigestHeader(header, &error), qPrintable(error.message));
        QVERIFY(publisher->loadEntry(first.id(), &first));
        refused =
            publisher->saveField(first.id(), first.revision(), Field::ZhSummary, QStringLiteral("摘要"));
        QCOMPARE(refused.error.kind, Kind::NotPermitted);
        QVERIFY2(refused.error.message.contains(QStringLiteral("digest_translator")),
                 qPrintable(refused.error.message));
        QVERIFY(!publisher->removeEntry(first.id(), &error));

        // What landed is attributed to the server's roles.
        const QVector<HistoryEvent> history = owner->entryHistory().history(first.id(), nullptr);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.last().author, translatorName);
    }

    // The whole entry, as the GUI's autosave stores it: a translator's save writes only what changed, so the
    // Chinese and the status land; a change of the English in it is refused, naming the role it needs.
    void aWholeEntrySaveNeedsOnlyTheChangedColumns()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        if (location.isEmpty())
            QFAIL(qPrintable(ScratchLibraries::noServer()));
        QString editorName;
        QString translatorName;
        QString publisherName;
        QVERIFY(setUpTeam(location, &editorName, &translatorName, &publisherName));
        OPEN_LIBRARY(editor, as(location, editorName));
        const qint64 digest = editor->createDigest(QDate(2026, 12, 7));
        const DigestEntry appended = editor->appendEntry(
            digest, makeEntry(QStringLiteral("2212.00001"), QStringLiteral("A"), QStringLiteral("甲")));
        QVERIFY(appended.id() > 0);
        OPEN_LIBRARY(translator, as(location, translatorName));
        DigestEntry entry;
        QVERIFY(translator->loadEntry(appended.id(), &entry));
        entry.setZhSummary(QStringLiteral("整条保存的摘要。"));
        entry.setStatus(DigestEntry::Status::Translated);
        const SaveResult saved = translator->saveEntry(entry);
        QVERIFY2(saved.saved(), qPrintable(saved.error.message));
        entry.setRevision(saved.revision);
        entry.setTag(QStringLiteral("CV"));
        const SaveResult refused = translator->saveEntry(entry);
        QCOMPARE(refused.error.kind, Kind::NotPermitted);
        QVERIFY2(refused.error.message.contains(QStringLiteral("digest_editor")),
                 qPrintable(refused.error.message));
        DigestEntry stored;
        QVERIFY(editor->loadEntry(appended.id(), &stored));
        QCOMPARE(stored.zhSummary(), QStringLiteral("整条保存的摘要。"));
        QCOMPARE(stored.status(), DigestEntry::Status::Translated);
        QCOMPARE(stored.tag(), appended.tag());
        // A stale save is a conflict, not a refusal: the English it carries is older, not a change.
        DigestEntry stale = appended;
        stale.setZhSummary(QStringLiteral("过时的摘要。"));
        const SaveResult conflict = translator->saveEntry(stale);
        QVERIFY2(conflict.isConflict(), qPrintable(conflict.error.message));
        QCOMPARE(conflict.theirs.zhSummary(), QStringLiteral("整条保存的摘要。"));
    }

    void sqliteHasNoRoles()
    {
        const QString location = m_scratch.create(QStringLiteral("sqlite"));
        OPEN_LIBRARY(library, location);
        LibraryError error;
        QVERIFY(!library->team().setUpRoles(&error));
        QCOMPARE(error.kind, Kind::InvalidArgument);
        QVERIFY(error.message.contains(QStringLiteral("no roles")));
        QVERIFY(!library->team().addMember(QStringLiteral("wang"), QStringLiteral("editor"), QString(),
                                           QString(), &error));
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
