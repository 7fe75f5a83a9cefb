// digestctl's team commands in this process: log (who changed what, oldest first, by character), assign and
// mine, the digest JSON's assignee and reviewer, and on PostgreSQL the four-eyes rule between two login roles
// and an unknown person refused.
#include "inprocessctl.h"
#include "librarytests.h"
#include "services/settingskeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

using namespace DigestStudio;
using namespace DigestStudio::Test;

class TestTeamCommands final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScratchLibraries m_scratch;

    static CtlRun ctl(const QString &db, const QStringList &command)
    {
        return runCtl(QStringList{QStringLiteral("--db"), db} + command);
    }
    static QJsonArray array(const CtlRun &run) { return QJsonDocument::fromJson(run.out.toUtf8()).array(); }

    // A library at `location` with one digest of 2026-12-07 and one entry whose Chinese title is 旧标题.
    static bool seed(const QString &location)
    {
        auto library = Library::open(location);
        if (!library)
            return false;
        const qint64 digest = library->createDigest(QDate(2026, 12, 7));
        return library
                   ->appendEntry(digest, makeEntry(QStringLiteral("2212.00001"), QStringLiteral("Cramming"),
                                                   QStringLiteral("旧标题")))
                   .id() != 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(useScratchSettings(m_dir.path()));
        QSettings().setValue(SettingsKeys::TeamPersonName.name(), QStringLiteral("Wang Fang"));
    }

    void logShowsWhoChangedWhatOldestFirst()
    {
        const QString db = m_scratch.create(QStringLiteral("sqlite"));
        QVERIFY(seed(db));
        const QString day = QStringLiteral("2026-12-07");
        QCOMPARE(ctl(db, {QStringLiteral("set"), day, QStringLiteral("1"), QStringLiteral("zh_title"),
                          QStringLiteral("新标题")})
                     .status,
                 0);
        QCOMPARE(ctl(db, {QStringLiteral("set"), day, QStringLiteral("1"), QStringLiteral("status"),
                          QStringLiteral("translated")})
                     .status,
                 0);
        const CtlRun json =
            ctl(db, {QStringLiteral("log"), day, QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(json.status, 0);
        const QJsonArray events = array(json);
        QCOMPARE(events.size(), 2);
        const QJsonObject first = events.at(0).toObject();
        QCOMPARE(first.keys(),
                 (QStringList{QStringLiteral("after"), QStringLiteral("at"), QStringLiteral("author"),
                              QStringLiteral("before"), QStringLiteral("field")}));
        QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("zh_title"));
        QCOMPARE(first.value(QStringLiteral("author")).toString(), QStringLiteral("Wang Fang"));
        QCOMPARE(first.value(QStringLiteral("before")).toString(), QStringLiteral("旧标题"));
        QCOMPARE(first.value(QStringLiteral("after")).toString(), QStringLiteral("新标题"));
        const QDateTime at = QDateTime::fromString(first.value(QStringLiteral("at")).toString(), Qt::ISODate);
        QVERIFY(at.isValid() && qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(events.at(1).toObject().value(QStringLiteral("after")).toString(),
                 QStringLiteral("translated"));

        const CtlRun text = ctl(db, {QStringLiteral("log"), day, QStringLiteral("1")});
        QCOMPARE(text.status, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).endsWith(QStringLiteral("\tWang Fang\tzh_title")), qPrintable(lines.at(0)));
        QCOMPARE(lines.at(1), QStringLiteral("  [-旧-]{+新+}标题"));
        QCOMPARE(lines.at(3), QStringLiteral("  draft -> translated"));

        const CtlRun missing = ctl(db, {QStringLiteral("log"), day, QStringLiteral("2")});
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("has no entry at position 2")), qPrintable(missing.err));
        QCOMPARE(ctl(db, {QStringLiteral("log"), day, QStringLiteral("zero")}).status, 2);
    }

    void assignAndMine()
    {
        const QString db = m_scratch.create(QStringLiteral("sqlite"));
        QVERIFY(seed(db));
        const QString day = QStringLiteral("2026-12-07");
        CtlRun run =
            ctl(db, {QStringLiteral("assign"), day, QStringLiteral("1"), QStringLiteral("--to"),
                     QStringLiteral("Li Lei"), QStringLiteral("--reviewer"), QStringLiteral("Wang Fang")});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, QStringLiteral("assignee: Li Lei\nreviewer: Wang Fang\n"));
        const QJsonObject entry =
            QJsonDocument::fromJson(
                ctl(db, {QStringLiteral("show"), day, QStringLiteral("--json")}).out.toUtf8())
                .object()
                .value(QStringLiteral("entries"))
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(entry.value(QStringLiteral("assignee")).toString(), QStringLiteral("Li Lei"));
        QCOMPARE(entry.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Wang Fang"));

        run = ctl(db, {QStringLiteral("mine"), QStringLiteral("--json")});
        QCOMPARE(run.status, 0);
        const QJsonArray mine = array(run);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.at(0).toObject().value(QStringLiteral("position")).toInt(), 1);
        QCOMPARE(mine.at(0).toObject().value(QStringLiteral("date")).toString(), day);
        QCOMPARE(mine.at(0).toObject().value(QStringLiteral("reviewer")).toBool(), true);
        QCOMPARE(mine.at(0).toObject().value(QStringLiteral("assignee")).toBool(), false);

        // Unset both: the JSON says null, and nothing is mine any more.
        const QString nobody = QStringLiteral(""); // as a shell passes ''
        run = ctl(db, {QStringLiteral("assign"), day, QStringLiteral("1"), QStringLiteral("--to"), nobody,
                       QStringLiteral("--reviewer"), nobody});
        QCOMPARE(run.out, QStringLiteral("assignee: (none)\nreviewer: (none)\n"));
        const QJsonObject unset =
            QJsonDocument::fromJson(
                ctl(db, {QStringLiteral("show"), day, QStringLiteral("--json")}).out.toUtf8())
                .object()
                .value(QStringLiteral("entries"))
                .toArray()
                .at(0)
                .toObject();
        QVERIFY(unset.value(QStringLiteral("assignee")).isNull());
        QVERIFY(unset.value(QStringLiteral("reviewer")).isNull());
        run = ctl(db, {QStringLiteral("mine")});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("nothing is assigned to Wang Fang")), qPrintable(run.err));
    }

    // A thread on a quoted span, a reply, the JSON of the threads; an open thread is a check error and
    // stops the export unless forced; resolved, both pass.
    void commentsResolveAndTheCheck()
    {
        const QString db = m_scratch.create(QStringLiteral("sqlite"));
        QVERIFY(seed(db));
        const QString day = QStringLiteral("2026-12-07");
        CtlRun run = ctl(db, {QStringLiteral("comment"), day, QStringLiteral("1"), QStringLiteral("--field"),
                              QStringLiteral("zh_title"), QStringLiteral("--quote"), QStringLiteral("标题"),
                              QStringLiteral("术语不对，见词表")});
        QCOMPARE(run.status, 0);
        const QString id = run.out.trimmed();
        QVERIFY(id.toLongLong() > 0);
        run = ctl(db, {QStringLiteral("comment"), day, QStringLiteral("1"), QStringLiteral("--reply-to"), id,
                       QStringLiteral("已改")});
        QCOMPARE(run.status, 0);
        const QJsonArray threads =
            array(ctl(db, {QStringLiteral("comments"), day, QStringLiteral("--json")}));
        QCOMPARE(threads.size(), 1);
        const QJsonObject thread = threads.at(0).toObject();
        QCOMPARE(static_cast<qint64>(thread.value(QStringLiteral("id")).toDouble()), id.toLongLong());
        QCOMPARE(thread.value(QStringLiteral("position")).toInt(), 1);
        QCOMPARE(thread.value(QStringLiteral("field")).toString(), QStringLiteral("zh_title"));
        QCOMPARE(thread.value(QStringLiteral("quote")).toString(), QStringLiteral("标题"));
        QCOMPARE(thread.value(QStringLiteral("author")).toString(), QStringLiteral("Wang Fang"));
        QCOMPARE(thread.value(QStringLiteral("text")).toString(), QStringLiteral("术语不对，见词表"));
        QCOMPARE(thread.value(QStringLiteral("resolved")).toBool(), false);
        QCOMPARE(thread.value(QStringLiteral("outdated")).toBool(), false);
        QCOMPARE(thread.value(QStringLiteral("replies")).toArray().size(), 1);
        QCOMPARE(thread.value(QStringLiteral("replies"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("已改"));

        run = ctl(db, {QStringLiteral("check"), day, QStringLiteral("--json")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.out.contains(QStringLiteral("unresolved-comment")), qPrintable(run.out));
        run = ctl(db, {QStringLiteral("export"), day, QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not resolved")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(ctl(db, {QStringLiteral("export"), day, QStringLiteral("--format"), QStringLiteral("text"),
                          QStringLiteral("--force")})
                     .status,
                 0);

        QCOMPARE(ctl(db, {QStringLiteral("resolve"), id}).status, 0);
        run = ctl(db, {QStringLiteral("check"), day, QStringLiteral("--json")});
        QVERIFY(!run.out.contains(QStringLiteral("unresolved-comment")));
        QCOMPARE(ctl(db, {QStringLiteral("export"), day, QStringLiteral("--format"), QStringLiteral("text")})
                     .status,
                 0);
        QCOMPARE(array(ctl(db, {QStringLiteral("comments"), day, QStringLiteral("--json")}))
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("resolved"))
                     .toBool(),
                 true);

        // Mistakes: a quote not in the field, an unknown comment, a bad id.
        run = ctl(db, {QStringLiteral("comment"), day, QStringLiteral("1"), QStringLiteral("--field"),
                       QStringLiteral("zh_title"), QStringLiteral("--quote"), QStringLiteral("没有"),
                       QStringLiteral("x")});
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains(QStringLiteral("is not in the zh_title")));
        QCOMPARE(ctl(db, {QStringLiteral("resolve"), QStringLiteral("999")}).status, 1);
        QCOMPARE(ctl(db, {QStringLiteral("resolve"), QStringLiteral("abc")}).status, 2);
    }

    // activity: the changes, assignments and comments, newest first, with who; --since leaves older out.
    void activityNewestFirst()
    {
        const QString db = m_scratch.create(QStringLiteral("sqlite"));
        QVERIFY(seed(db));
        const QString day = QStringLiteral("2026-12-07");
        QCOMPARE(ctl(db, {QStringLiteral("set"), day, QStringLiteral("1"), QStringLiteral("zh_title"),
                          QStringLiteral("新标题")})
                     .status,
                 0);
        QTest::qWait(5); // distinct milliseconds: the order is by time
        QCOMPARE(ctl(db, {QStringLiteral("assign"), day, QStringLiteral("1"), QStringLiteral("--to"),
                          QStringLiteral("Li Lei")})
                     .status,
                 0);
        QTest::qWait(5);
        QCOMPARE(
            ctl(db, {QStringLiteral("comment"), day, QStringLiteral("1"), QStringLiteral("看一下")}).status,
            0);
        const CtlRun run = ctl(db, {QStringLiteral("activity"), QStringLiteral("--json")});
        QCOMPARE(run.status, 0);
        const QJsonArray events = array(run);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("what")).toString(),
                 QStringLiteral("commented"));
        QCOMPARE(events.at(1).toObject().value(QStringLiteral("what")).toString(),
                 QStringLiteral("assigned to Li Lei"));
        QCOMPARE(events.at(2).toObject().value(QStringLiteral("what")).toString(),
                 QStringLiteral("edited zh_title"));
        QCOMPARE(events.at(2).toObject().value(QStringLiteral("who")).toString(),
                 QStringLiteral("Wang Fang"));
        QCOMPARE(events.at(2).toObject().value(QStringLiteral("position")).toInt(), 1);
        QCOMPARE(events.at(2).toObject().value(QStringLiteral("digest")).toInt(), 1);
        const QString tomorrow = QDate::currentDate().addDays(2).toString(Qt::ISODate);
        QCOMPARE(array(ctl(db, {QStringLiteral("activity"), QStringLiteral("--since"), tomorrow,
                                QStringLiteral("--json")}))
                     .size(),
                 0);
        QCOMPARE(ctl(db, {QStringLiteral("activity"), QStringLiteral("--since"), QStringLiteral("yesterday")})
                     .status,
                 2);
    }

    // team setup, add (the password from the environment, never printed) and list; SQLite says it has no
    // roles.
    void teamSetupAddAndList()
    {
        const QString db = m_scratch.create(QStringLiteral("postgresql"));
        if (db.isEmpty())
            QFAIL(qPrintable(ScratchLibraries::noServer()));
        QVERIFY(seed(db));
        CtlRun run = ctl(db, {QStringLiteral("team"), QStringLiteral("setup")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(ctl(db, {QStringLiteral("team"), QStringLiteral("setup")}).status, 0);
        QString role;
        // A scratch login role the test drops again; `team add` grants it the translator role.
        QVERIFY(!m_scratch.loginAs(db, QStringLiteral("member"), false, &role).isEmpty());
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("DIGEST_TEAM_PASSWORD"), QStringLiteral("pa55-word"));
        run = runCtl({QStringLiteral("--db"), db, QStringLiteral("team"), QStringLiteral("add"), role,
                      QStringLiteral("--role"), QStringLiteral("translator"),
                      QStringLiteral("--display-name"), QStringLiteral("王芳")},
                     env);
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("pa55-word")) &&
                !run.err.contains(QStringLiteral("pa55-word")));
        const QJsonArray members =
            array(ctl(db, {QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")}));
        bool found = false;
        for (const QJsonValue &m : members) {
            const QJsonObject o = m.toObject();
            if (o.value(QStringLiteral("name")).toString() != role)
                continue;
            found = true;
            QCOMPARE(o.value(QStringLiteral("display_name")).toString(), QStringLiteral("王芳"));
            QCOMPARE(o.value(QStringLiteral("roles")).toArray().at(0).toString(),
                     QStringLiteral("translator"));
        }
        QVERIFY(found);
        // The member, connecting as itself, may write the Chinese title but not the English one.
        QUrl asMember(db);
        asMember.setUserName(role);
        QCOMPARE(
            ctl(asMember.toString(), {QStringLiteral("set"), QStringLiteral("2026-12-07"),
                                      QStringLiteral("1"), QStringLiteral("zh_title"), QStringLiteral("新")})
                .status,
            0);
        run = ctl(asMember.toString(), {QStringLiteral("set"), QStringLiteral("2026-12-07"),
                                        QStringLiteral("1"), QStringLiteral("title"), QStringLiteral("New")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("needs the editor role (digest_editor)")),
                 qPrintable(run.err));
        QCOMPARE(ctl(db, {QStringLiteral("team"), QStringLiteral("add"), role, QStringLiteral("--role"),
                          QStringLiteral("boss")})
                     .status,
                 2);

        const QString lite = m_scratch.create(QStringLiteral("sqlite"));
        run = ctl(lite, {QStringLiteral("team"), QStringLiteral("setup")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no roles")), qPrintable(run.err));
    }

    // PostgreSQL: the rule is on; the translator's own "reviewed" is refused in words, the reviewer's lands;
    // a person who is no login role cannot be assigned.
    void fourEyesBetweenTwoRoles()
    {
        const QString db = m_scratch.create(QStringLiteral("postgresql"));
        if (db.isEmpty())
            QFAIL(qPrintable(ScratchLibraries::noServer()));
        QVERIFY(seed(db));
        QString reviewerRole;
        const QString asReviewer = m_scratch.loginAs(db, QStringLiteral("rev"), true, &reviewerRole);
        QVERIFY(!asReviewer.isEmpty());
        const QString day = QStringLiteral("2026-12-07");
        QCOMPARE(ctl(db, {QStringLiteral("assign"), day, QStringLiteral("1"), QStringLiteral("--reviewer"),
                          reviewerRole})
                     .status,
                 0);
        QCOMPARE(ctl(db, {QStringLiteral("set"), day, QStringLiteral("1"), QStringLiteral("zh_title"),
                          QStringLiteral("新标题")})
                     .status,
                 0);
        const CtlRun refused = ctl(db, {QStringLiteral("set"), day, QStringLiteral("1"),
                                        QStringLiteral("status"), QStringLiteral("reviewed")});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("four-eyes")), qPrintable(refused.err));
        const CtlRun reviewed = ctl(asReviewer, {QStringLiteral("set"), day, QStringLiteral("1"),
                                                 QStringLiteral("status"), QStringLiteral("reviewed")});
        QVERIFY2(reviewed.status == 0, qPrintable(reviewed.err));
        const QJsonArray mine = array(ctl(asReviewer, {QStringLiteral("mine"), QStringLiteral("--json")}));
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("reviewed"));
        // The log names the server's roles, not the settings' name.
        const QJsonArray events =
            array(ctl(db, {QStringLiteral("log"), day, QStringLiteral("1"), QStringLiteral("--json")}));
        QCOMPARE(events.last().toObject().value(QStringLiteral("author")).toString(), reviewerRole);
        QCOMPARE(events.last().toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("status"));

        const CtlRun unknown = ctl(db, {QStringLiteral("assign"), day, QStringLiteral("1"),
                                        QStringLiteral("--to"), QStringLiteral("nobody_here")});
        QCOMPARE(unknown.status, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("'nobody_here' is not a member of the team")),
                 qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestTeamCommands)
#include "tst_teamcommands.moc"
