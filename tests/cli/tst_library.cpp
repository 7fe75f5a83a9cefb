// Runs the real digestctl binary on both backends: new, list, show, set, move, remove, search, their exit
// statuses and their messages for bad input.
#include "scratchlibraries.h"
#include "storage/library.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::ScratchLibraries;

#define FRESH_LOCATION(location)                                                                             \
    QFETCH(QString, backend);                                                                                \
    const QString location = m_scratch.create(backend);                                                      \
    if (location.isEmpty()) {                                                                                \
        QFAIL(qPrintable(ScratchLibraries::noServer()));                                                     \
    }

class TestCliLibrary final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result ctl(const QString &location, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DIGEST_DB"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DIGESTCTL_PATH),
                      QStringList{QStringLiteral("--db"), location} + arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    // A digest of 2022-10-14 with three entries, made through the library (no network needed).
    static qint64 seed(const QString &location)
    {
        LibraryError error;
        auto library = Library::open(location, &error);
        if (!library) {
            qWarning("%s", qPrintable(error.message));
            return 0;
        }
        const qint64 id = library->createDigest(QDate(2022, 10, 14), QStringLiteral("周五精选"));
        const QStringList titles{QStringLiteral("How Much Data Are Augmentations Worth?"),
                                 QStringLiteral("Diffusion models for audio"),
                                 QStringLiteral("Seeing in the dark")};
        const QStringList zh{QStringLiteral("数据增强相当于增加了多少数据?"),
                             QStringLiteral("用于音频的扩散模型"), QStringLiteral("在黑暗中看见")};
        for (int i = 0; i < 3; ++i) {
            DigestEntry e;
            e.setArxivId(QStringLiteral("2210.0644%1").arg(i));
            e.setVersion(1);
            e.setTag(QStringLiteral("LG"));
            e.setTitle(titles.at(i));
            e.setZhTitle(zh.at(i));
            library->appendEntry(id, e);
        }
        return id;
    }

    static QJsonObject showJson(const QString &location, const QString &digest)
    {
        const Result r = ctl(location, {QStringLiteral("show"), digest, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static QStringList arxivIds(const QJsonObject &digest)
    {
        QStringList ids;
        for (const QJsonValue &v : digest.value(QStringLiteral("entries")).toArray())
            ids.append(v.toObject().value(QStringLiteral("arxiv_id")).toString());
        return ids;
    }

    // The JSON is the contract's Digest JSON, as the library holds it.
    static void showIsTheStoredDigest(const QString &location, qint64 id, const QJsonObject &shown)
    {
        LibraryError error;
        auto library = Library::open(location, &error);
        QVERIFY(library);
        Digest stored;
        QVERIFY(library->loadDigest(id, &stored));
        // show adds each entry's figures (none here) to what the digest holds.
        QJsonObject withoutFigures = shown;
        QJsonArray entries;
        for (const QJsonValue &value : shown.value(QStringLiteral("entries")).toArray()) {
            QJsonObject entry = value.toObject();
            QCOMPARE(entry.take(QStringLiteral("figures")).toArray(), QJsonArray());
            entries.append(entry);
        }
        withoutFigures.insert(QStringLiteral("entries"), entries);
        QCOMPARE(withoutFigures, stored.toJson());
    }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    void newAndList_data() { backends(); }
    void newAndList()
    {
        FRESH_LOCATION(location);
        Result r = ctl(location, {QStringLiteral("new"), QStringLiteral("2022-10-14"),
                                  QStringLiteral("--title"), QStringLiteral("周五")});
        QCOMPARE(r.exitCode, 0);
        const qint64 first = r.out.trimmed().toLongLong();
        QVERIFY2(first > 0, qPrintable(r.out + r.err));
        r = ctl(location, {QStringLiteral("new"), QStringLiteral("2022-10-15")});
        QCOMPARE(r.exitCode, 0);
        const qint64 second = r.out.trimmed().toLongLong();
        QVERIFY(second > first);

        r = ctl(location, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toVariant().toLongLong(), second);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2022-10-14"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("周五"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("entries")).toInt(), 0);

        r = ctl(location, {QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2022-10-14")) && r.out.contains(QStringLiteral("周五")),
                 qPrintable(r.out));

        const QJsonObject shown = showJson(location, QStringLiteral("2022-10-14"));
        QCOMPARE(shown.value(QStringLiteral("id")).toVariant().toLongLong(), first);
        QCOMPARE(shown.value(QStringLiteral("legend")).toString(), Digest::defaultLegend());
        QCOMPARE(shown.value(QStringLiteral("footer")).toString(), Digest::defaultFooter());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("new without date")
            << QStringList{QStringLiteral("new")} << QStringLiteral("new needs DATE");
        QTest::newRow("new with a bad date")
            << QStringList{QStringLiteral("new"), QStringLiteral("14.10.2022")}
            << QStringLiteral("not a date");
        QTest::newRow("list with an argument")
            << QStringList{QStringLiteral("list"), QStringLiteral("all")} << QStringLiteral("no arguments");
        QTest::newRow("show without digest")
            << QStringList{QStringLiteral("show")} << QStringLiteral("DIGEST");
        QTest::newRow("show with unknown option")
            << QStringList{QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--yaml")}
            << QStringLiteral("unknown option --yaml");
        QTest::newRow("set with too few arguments") << QStringList{QStringLiteral("set"), QStringLiteral("1"),
                                                                   QStringLiteral("1"), QStringLiteral("tag")}
                                                    << QStringLiteral("DIGEST POSITION FIELD VALUE");
        QTest::newRow("set an unknown field")
            << QStringList{QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("1"),
                           QStringLiteral("colour"), QStringLiteral("red")}
            << QStringLiteral("unknown FIELD 'colour'");
        QTest::newRow("set a bad status")
            << QStringList{QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("1"),
                           QStringLiteral("status"), QStringLiteral("done")}
            << QStringLiteral("draft, translated, reviewed");
        QTest::newRow("set at position zero")
            << QStringList{QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("0"),
                           QStringLiteral("tag"), QStringLiteral("CV")}
            << QStringLiteral("not a positive number");
        QTest::newRow("move without target")
            << QStringList{QStringLiteral("move"), QStringLiteral("1"), QStringLiteral("2")}
            << QStringLiteral("DIGEST FROM TO");
        QTest::newRow("remove a word")
            << QStringList{QStringLiteral("remove"), QStringLiteral("1"), QStringLiteral("first")}
            << QStringLiteral("not a positive number");
        QTest::newRow("search nothing")
            << QStringList{QStringLiteral("search")} << QStringLiteral("search needs QUERY...");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString location = m_scratch.create(QStringLiteral("sqlite"));
        const Result r = ctl(location, arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Usage: digestctl")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(location)); // a usage error touches no library
    }

    void showSetMoveRemove_data() { backends(); }
    void showSetMoveRemove()
    {
        FRESH_LOCATION(location);
        const qint64 id = seed(location);
        QVERIFY(id > 0);
        const QString digest = QString::number(id);

        Result r = ctl(location, {QStringLiteral("show"), QStringLiteral("2022-10-14")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("周五精选")) &&
                     r.out.contains(QStringLiteral("用于音频的扩散模型")),
                 qPrintable(r.out));
        QJsonObject shown = showJson(location, digest);
        QCOMPARE(arxivIds(shown), (QStringList{QStringLiteral("2210.06440"), QStringLiteral("2210.06441"),
                                               QStringLiteral("2210.06442")}));
        showIsTheStoredDigest(location, id, shown);
        if (QTest::currentTestFailed())
            return;

        r = ctl(location, {QStringLiteral("set"), digest, QStringLiteral("2"), QStringLiteral("zh_title"),
                           QStringLiteral("音频扩散模型")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl(location, {QStringLiteral("set"), QStringLiteral("2022-10-14"), QStringLiteral("2"),
                           QStringLiteral("authors"), QStringLiteral("A Author, B Author")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // One person here: the four-eyes rule (on by default on PostgreSQL) off, so that they may review.
        r = ctl(location, {QStringLiteral("team"), QStringLiteral("four-eyes"), QStringLiteral("off")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("off\n"));
        r = ctl(location, {QStringLiteral("set"), digest, QStringLiteral("2"), QStringLiteral("status"),
                           QStringLiteral("reviewed")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        shown = showJson(location, digest);
        QJsonObject second = shown.value(QStringLiteral("entries")).toArray().at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("zh_title")).toString(), QStringLiteral("音频扩散模型"));
        QCOMPARE(second.value(QStringLiteral("authors_line")).toString(),
                 QStringLiteral("A Author, B Author"));
        QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("reviewed"));

        r = ctl(location, {QStringLiteral("move"), digest, QStringLiteral("1"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(arxivIds(showJson(location, digest)),
                 (QStringList{QStringLiteral("2210.06441"), QStringLiteral("2210.06442"),
                              QStringLiteral("2210.06440")}));
        r = ctl(location, {QStringLiteral("remove"), digest, QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        shown = showJson(location, digest);
        QCOMPARE(arxivIds(shown), (QStringList{QStringLiteral("2210.06441"), QStringLiteral("2210.06440")}));
        QCOMPARE(shown.value(QStringLiteral("entries"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("position"))
                     .toInt(),
                 2);

        // Operations that cannot be done: exit 1, a message naming what is wrong, nothing changed.
        r = ctl(location, {QStringLiteral("set"), digest, QStringLiteral("7"), QStringLiteral("tag"),
                           QStringLiteral("CV")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no entry at position 7")), qPrintable(r.err));
        r = ctl(location, {QStringLiteral("move"), digest, QStringLiteral("1"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("has 2 entries")), qPrintable(r.err));
        r = ctl(location, {QStringLiteral("show"), QStringLiteral("2021-01-01")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no digest 2021-01-01")), qPrintable(r.err));
        r = ctl(location, {QStringLiteral("remove"), QStringLiteral("424242"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no digest 424242")), qPrintable(r.err));
        r = ctl(location, {QStringLiteral("show"), QStringLiteral("latest")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("neither a digest id nor a date")), qPrintable(r.err));
        QCOMPARE(arxivIds(showJson(location, digest)),
                 (QStringList{QStringLiteral("2210.06441"), QStringLiteral("2210.06440")}));
    }

    void search_data() { backends(); }
    void search()
    {
        FRESH_LOCATION(location);
        const qint64 id = seed(location);
        QVERIFY(id > 0);
        Result r =
            ctl(location, {QStringLiteral("search"), QStringLiteral("扩散模型"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.at(0).toObject();
        QCOMPARE(hit.value(QStringLiteral("digest_id")).toVariant().toLongLong(), id);
        QCOMPARE(hit.value(QStringLiteral("date")).toString(), QStringLiteral("2022-10-14"));
        QCOMPARE(hit.value(QStringLiteral("position")).toInt(), 2);
        QCOMPARE(hit.value(QStringLiteral("arxiv_id")).toString(), QStringLiteral("2210.06441"));
        QCOMPARE(hit.value(QStringLiteral("field")).toString(), QStringLiteral("zh_title"));
        QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("扩散模型")));

        r = ctl(location, {QStringLiteral("search"), QStringLiteral("augmentations")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2022-10-14")) &&
                     r.out.contains(QStringLiteral("2210.06440")) && r.out.contains(QStringLiteral("title:")),
                 qPrintable(r.out));
        r = ctl(location, {QStringLiteral("search"), QStringLiteral("黑暗")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2210.06442")), qPrintable(r.out));
        r = ctl(location,
                {QStringLiteral("search"), QStringLiteral("nowhere-to-be-found"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    void badLibraries_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("cause");
        QTest::newRow("not a database") << QStringLiteral("text") << QStringLiteral("not a SQLite database");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
        QTest::newRow("unreachable server")
            << QStringLiteral("unreachable") << QStringLiteral("cannot be reached");
    }
    void badLibraries()
    {
        QFETCH(QString, kind);
        QFETCH(QString, cause);
        QString location = m_scratch.create(QStringLiteral("sqlite"));
        if (kind == QLatin1String("text")) {
            QFile f(location);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello\n");
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(seed(location) > 0);
            QSqlDatabase db = m_scratch.openRaw(location);
            {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 1000")));
            }
            m_scratch.closeRaw(db);
        } else {
            location = QStringLiteral("postgresql://digest:hunter2@127.0.0.1:1/digest");
        }
        for (const QStringList &command : {QStringList{QStringLiteral("list")},
                                           QStringList{QStringLiteral("new"), QStringLiteral("2022-10-14")},
                                           QStringList{QStringLiteral("search"), QStringLiteral("x")}}) {
            const Result r = ctl(location, command);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(cause), qPrintable(r.err));
            QVERIFY2(r.err.contains(LibraryLocation::parse(location).displayName()), qPrintable(r.err));
            QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
            QVERIFY(r.out.isEmpty());
        }
    }

    // Regression: "Cannot open the library" printed the password of a malformed URL, and a postgres URL
    // written without its slashes became a SQLite file, created in the working folder.
    void malformedUrlsNeverPrintThePassword_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("cause");
        QTest::newRow("a question mark in the password")
            << QStringLiteral("postgresql://alice:hunter2?x@127.0.0.1:1/digest")
            << QStringLiteral("not a postgresql://");
        QTest::newRow("a hash in the password, postgres://")
            << QStringLiteral("postgres://alice:hunter2#x@127.0.0.1:1/digest")
            << QStringLiteral("not a postgresql://");
        QTest::newRow("postgres://, reachable nowhere")
            << QStringLiteral("postgres://alice:hunter2@127.0.0.1:1/digest")
            << QStringLiteral("cannot be reached");
        QTest::newRow("no slashes") << QStringLiteral("postgres:alice:hunter2")
                                    << QStringLiteral("not a postgresql://");
        QTest::newRow("another database's URL") << QStringLiteral("mysql://alice:hunter2@127.0.0.1/digest")
                                                << QStringLiteral("not a library location");
    }

    void malformedUrlsNeverPrintThePassword()
    {
        QFETCH(QString, location);
        QFETCH(QString, cause);
        QTemporaryDir work;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DIGEST_DB"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(work.path());
        process.start(QStringLiteral(DIGESTCTL_PATH),
                      {QStringLiteral("--db"), location, QStringLiteral("list")});
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("Cannot open the library")) && err.contains(cause),
                 qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("hunter2")), qPrintable(err));
        QVERIFY2(
            QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
            qPrintable(
                QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(' '))));
    }

    void databaseFromEnvironment()
    {
        const QString location = m_scratch.create(QStringLiteral("sqlite"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DIGEST_DB"), location);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DIGESTCTL_PATH), {QStringLiteral("new"), QStringLiteral("2022-10-14")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(location));
        QCOMPARE(ctl(location, {QStringLiteral("list"), QStringLiteral("--json")})
                     .out.count(QStringLiteral("2022-10-14")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_library.moc"
