// digestctl add, import, export and check: the real binary on real libraries (SQLite files and, where the
// test command started one, PostgreSQL), with arXiv answered by a loopback server.
#include "formats/posttext.h"
#include "loopbackhttpserver.h"
#include "scratchlibraries.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;
using Server = DigestStudio::Test::LoopbackHttpServer;

class TestDigestCommands final : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    Server *m_server = nullptr;
    Test::ScratchLibraries *m_libraries = nullptr;

    // The loopback server lives in this process: wait for digestctl without blocking the event loop.
    static Result run(const QStringList &arguments, const QString &configHome = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DIGEST_DB"));
        if (!configHome.isEmpty())
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(DIGESTCTL_PATH), arguments);
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList ctl(const QString &db, const QStringList &command) const
    {
        return QStringList{QStringLiteral("--db"),
                           db,
                           QStringLiteral("--arxiv-api"),
                           m_server->url(QStringLiteral("/api/query")).toString(),
                           QStringLiteral("--arxiv-interval-ms"),
                           QStringLiteral("50")} +
               command;
    }

    QString location()
    {
        QFETCH_GLOBAL(QString, backend);
        const QString db = m_libraries->create(backend);
        if (db.isEmpty())
            qFatal("%s", qPrintable(Test::ScratchLibraries::noServer()));
        return db;
    }

    QJsonObject show(const QString &db, const QString &digest)
    {
        const Result r = run(ctl(db, {QStringLiteral("show"), digest, QStringLiteral("--json")}));
        return QJsonDocument::fromJson(r.out).object();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_libraries->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        // Every test runs on both backends (the PostgreSQL server comes from ctest's postgres fixture or
        // $DIGEST_TEST_PG; without one the rows fail, they never vanish).
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { qRegisterMetaType<QProcess::ExitStatus>(); }

    void init()
    {
        m_server = new Server(this);
        QVERIFY(m_server->listen());
        m_libraries = new Test::ScratchLibraries;
    }

    void cleanup()
    {
        delete m_libraries;
        m_libraries = nullptr;
        delete m_server;
        m_server = nullptr;
    }

    void addLooksUpInOneRequestAndAppendsEntriesWithDefaults()
    {
        const QString db = location();
        QVERIFY(!db.isEmpty());
        m_server->route(QStringLiteral("/api/query"),
                        Server::ok(Test::fixture(QStringLiteral("arxiv/api-three.xml")),
                                   QByteArrayLiteral("application/atom+xml")));
        QCOMPARE(run(ctl(db, {QStringLiteral("new"), QStringLiteral("2026-11-30")})).exitCode, 0);
        const Result r =
            run(ctl(db, {QStringLiteral("add"), QStringLiteral("2026-11-30"),
                         QStringLiteral("https://arxiv.org/abs/2210.06441v2"),
                         QStringLiteral("arXiv:math.CA/0611800"), QStringLiteral("2301.00001")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 1);

        const QJsonArray entries =
            show(db, QStringLiteral("2026-11-30")).value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("arxiv_id")).toString(), QStringLiteral("2210.06441"));
        QCOMPARE(first.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("tag")).toString(), QStringLiteral("LG"));
        QCOMPARE(first.value(QStringLiteral("link")).toString(),
                 QStringLiteral("https://arxiv.org/abs/2210.06441"));
        QVERIFY(!first.value(QStringLiteral("authors_line")).toString().isEmpty());
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("tag")).toString(), QStringLiteral("AS"));

        // The same paper again: answered by the library, not added twice.
        const Result again =
            run(ctl(db, {QStringLiteral("add"), QStringLiteral("2026-11-30"), QStringLiteral("2210.06441")}));
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(QStringLiteral("already entry 1")), qPrintable(again.err));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(show(db, QStringLiteral("2026-11-30")).value(QStringLiteral("entries")).toArray().size(), 3);
    }

    void addChangesNothingOnBadIds_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("requests");
        QTest::newRow("malformed id") << QStringList{QStringLiteral("2210.06441"), QStringLiteral("abc")}
                                      << QStringLiteral("not an arXiv id: 'abc'") << 0;
        QTest::newRow("missing on arXiv")
            << QStringList{QStringLiteral("1605.08386"), QStringLiteral("1605.99999")}
            << QStringLiteral("not found on arXiv: 1605.99999") << 1;
    }

    void addChangesNothingOnBadIds()
    {
        QFETCH(QStringList, ids);
        QFETCH(QString, message);
        QFETCH(int, requests);
        const QString db = location();
        QVERIFY(!db.isEmpty());
        m_server->route(QStringLiteral("/api/query"),
                        Server::ok(Test::fixture(QStringLiteral("arxiv/api-one-of-two.xml")),
                                   QByteArrayLiteral("application/atom+xml")));
        QCOMPARE(run(ctl(db, {QStringLiteral("new"), QStringLiteral("2026-11-30")})).exitCode, 0);
        const Result r = run(ctl(db, QStringList{QStringLiteral("add"), QStringLiteral("2026-11-30")} + ids));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was added")), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), requests);
        QCOMPARE(show(db, QStringLiteral("2026-11-30")).value(QStringLiteral("entries")).toArray().size(), 0);
    }

    void importThenExportGivesTheSampleBack()
    {
        const QString db = location();
        QVERIFY(!db.isEmpty());
        const QByteArray sample = Test::fixture(QStringLiteral("published/digest-sample.txt"));
        QVERIFY(!sample.isEmpty());
        const QString file = writeFile(QStringLiteral("post-2022-10-14.txt"), sample);
        const Result imported = run(ctl(db, {QStringLiteral("import"), file}));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString id = QString::fromUtf8(imported.out).trimmed();
        QVERIFY(id.toLongLong() > 0);

        const QJsonObject digest = show(db, id);
        QCOMPARE(digest.value(QStringLiteral("date")).toString(), QStringLiteral("2022-10-14"));
        QCOMPARE(digest.value(QStringLiteral("entries")).toArray().size(), 9);

        const Result text =
            run(ctl(db, {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("text")}));
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(PostText::normalise(QString::fromUtf8(text.out)),
                 PostText::normalise(QString::fromUtf8(sample)));

        const QString out = m_libraries->filePath(QStringLiteral("post.md"));
        const Result md =
            run(ctl(db, {QStringLiteral("export"), QStringLiteral("2022-10-14"), QStringLiteral("--format"),
                         QStringLiteral("markdown"), QStringLiteral("--output"), out}));
        QCOMPARE(md.exitCode, 0);
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(written.readAll())
                    .contains(QStringLiteral("https://arxiv.org/abs/2210.06441")));

        const Result bad =
            run(ctl(db, {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("pdf")}));
        QCOMPARE(bad.exitCode, 2);
    }

    void importOfANonDigestChangesNothing()
    {
        const QString db = location();
        QVERIFY(!db.isEmpty());
        const QString file =
            writeFile(QStringLiteral("notes.txt"), Test::fixture(QStringLiteral("formats/not-a-digest.txt")));
        const Result r = run(ctl(db, {QStringLiteral("import"), file}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file + QLatin1Char(':')), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("expected")), qPrintable(r.err));
        const Result list = run(ctl(db, {QStringLiteral("list"), QStringLiteral("--json")}));
        // The library was never opened (a SQLite file is not even created) or holds no digest.
        QVERIFY(list.exitCode != 0 || QJsonDocument::fromJson(list.out).array().isEmpty());
    }

    void importSeveralFilesOneBadAmongGoodOnes()
    {
        const QString db = location();
        QVERIFY(!db.isEmpty());
        const QByteArray sample = Test::fixture(QStringLiteral("published/digest-sample.txt"));
        const QString good1 = writeFile(QStringLiteral("2022-10-14.txt"), sample);
        const QString bad = writeFile(QStringLiteral("notes-2022-10-15.txt"),
                                      Test::fixture(QStringLiteral("formats/not-a-digest.txt")));
        const QString good2 = writeFile(QStringLiteral("arxiv-20221016.md"), sample);
        const Result r = run(ctl(db, {QStringLiteral("import"), good1, bad, good2}));
        QCOMPARE(r.exitCode, 1);
        // Each new digest's id on stdout, in order; the refused file named on stderr with its line.
        const QStringList ids = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(ids.size(), 2);
        QVERIFY2(r.err.contains(bad + QStringLiteral(":1: expected")), qPrintable(r.err));
        QVERIFY2(r.err.contains(good1 + QStringLiteral(": imported as digest ") + ids.at(0)),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("2 of 3 files imported; not imported: ") + bad),
                 qPrintable(r.err));
        QCOMPARE(show(db, ids.at(0)).value(QStringLiteral("date")).toString(), QStringLiteral("2022-10-14"));
        QCOMPARE(show(db, ids.at(1)).value(QStringLiteral("date")).toString(), QStringLiteral("2022-10-16"));
        QCOMPARE(show(db, ids.at(1)).value(QStringLiteral("entries")).toArray().size(), 9);
        const Result list = run(ctl(db, {QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 2);

        // --date applies to every file; all good: exit 0.
        const Result dated = run(ctl(db, {QStringLiteral("import"), good1, good2, QStringLiteral("--date"),
                                          QStringLiteral("2023-01-02")}));
        QVERIFY2(dated.exitCode == 0, qPrintable(dated.err));
        const QStringList more = QString::fromUtf8(dated.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(more.size(), 2);
        QCOMPARE(show(db, more.at(1)).value(QStringLiteral("date")).toString(), QStringLiteral("2023-01-02"));
    }

    void exportImages()
    {
        const QString db = location();
        QVERIFY(!db.isEmpty());
        const QString file = writeFile(QStringLiteral("2022-10-14.txt"),
                                       Test::fixture(QStringLiteral("published/digest-sample.txt")));
        QCOMPARE(run(ctl(db, {QStringLiteral("import"), file})).exitCode, 0);
        const QString dir = m_libraries->filePath(QStringLiteral("images"));
        const Result r =
            run(ctl(db, {QStringLiteral("export"), QStringLiteral("2022-10-14"), QStringLiteral("--format"),
                         QStringLiteral("image"), QStringLiteral("--output"), dir}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList written = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(written.size() >= 2);
        QCOMPARE(QFileInfo(written.first()).fileName(), QStringLiteral("post-01.png"));
        const QImage first(written.first());
        QCOMPARE(first.width(), 1500);
        QVERIFY(first.height() <= 10000);

        // --width and --scale; FILE.png names the files.
        const QString named = m_libraries->filePath(QStringLiteral("day.png"));
        const Result small = run(
            ctl(db, {QStringLiteral("export"), QStringLiteral("2022-10-14"), QStringLiteral("--format=image"),
                     QStringLiteral("--output"), named, QStringLiteral("--width"), QStringLiteral("500"),
                     QStringLiteral("--scale"), QStringLiteral("1")}));
        QVERIFY2(small.exitCode == 0, qPrintable(small.err));
        const QString firstNamed = QString::fromUtf8(small.out).section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(QFileInfo(firstNamed).fileName(), QStringLiteral("day-01.png"));
        QCOMPARE(QImage(firstNamed).width(), 500);

        // The entry's first figure from the library is drawn: the first image grows.
        {
            std::unique_ptr<Library> library = Library::open(db);
            QVERIFY(library);
            Digest digest;
            QVERIFY(library->loadDigest(library->resolveDigest(QStringLiteral("2022-10-14")), &digest));
            QImage figure(300, 200, QImage::Format_RGB32);
            figure.fill(Qt::blue);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            figure.save(&buffer, "PNG");
            QVERIFY(library->addImage(digest.entries().first().id(), png, QStringLiteral("image/png")) > 0);
        }
        const Result withFigure =
            run(ctl(db, {QStringLiteral("export"), QStringLiteral("2022-10-14"), QStringLiteral("--format"),
                         QStringLiteral("image"), QStringLiteral("--output"), dir}));
        QCOMPARE(withFigure.exitCode, 0);
        QVERIFY(QImage(written.first()).height() > first.height());

        // Usage mistakes change nothing: no --output, a bad width.
        QCOMPARE(run(ctl(db, {QStringLiteral("export"), QStringLiteral("2022-10-14"),
                              QStringLiteral("--format"), QStringLiteral("image")}))
                     .exitCode,
                 2);
        const Result badWidth =
            run(ctl(db, {QStringLiteral("export"), QStringLiteral("2022-10-14"), QStringLiteral("--format"),
                         QStringLiteral("image"), QStringLiteral("--output"), dir, QStringLiteral("--width"),
                         QStringLiteral("wide")}));
        QCOMPARE(badWidth.exitCode, 2);
        QVERIFY2(badWidth.err.contains(QStringLiteral("--width")), qPrintable(badWidth.err));
    }

    // `export --output FILE` writes what the GUI writes: the post, and beside it each entry's first figure
    // (named by position and id) and, for a Weibo thread with its images on, the long images.
    void exportWritesTheFilesBesideThePost()
    {
        const QString db = location();
        QVERIFY(!db.isEmpty());
        const QString file = writeFile(QStringLiteral("2022-10-14.txt"),
                                       Test::fixture(QStringLiteral("published/digest-sample.txt")));
        QCOMPARE(run(ctl(db, {QStringLiteral("import"), file})).exitCode, 0);
        QString firstId;
        {
            std::unique_ptr<Library> library = Library::open(db);
            QVERIFY(library);
            Digest digest;
            QVERIFY(library->loadDigest(library->resolveDigest(QStringLiteral("2022-10-14")), &digest));
            QImage figure(200, 100, QImage::Format_RGB32);
            figure.fill(Qt::darkGreen);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            figure.save(&buffer, "PNG");
            QVERIFY(library->addImage(digest.entries().first().id(), png, QStringLiteral("image/png")) > 0);
            firstId = digest.entries().first().arxivId();
        }
        QFETCH_GLOBAL(QString, backend);
        const QString dir = m_libraries->filePath(QStringLiteral("beside-") + backend);
        QVERIFY(QDir().mkpath(dir));
        const Result r = run(ctl(db, {QStringLiteral("export"), QStringLiteral("2022-10-14"),
                                      QStringLiteral("--format"), QStringLiteral("markdown"),
                                      QStringLiteral("--output"), dir + QStringLiteral("/day.md")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString figureName = QStringLiteral("01-") + firstId + QStringLiteral(".png");
        QStringList files = QDir(dir).entryList(QDir::Files);
        files.sort();
        QCOMPARE(files, (QStringList{figureName, QStringLiteral("day.md")}));
        QVERIFY(!QImage(dir + QLatin1Char('/') + figureName).isNull());
        QVERIFY2(r.err.contains(QStringLiteral("beside ") + dir + QStringLiteral("/day.md: ") + figureName),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        // Weibo with the saved setting on: the thread's long images too, named as the GUI names them.
        QTemporaryDir config;
        QVERIFY(config.isValid());
        // Where digestctl reads its settings (AppInfo: the organisation domain names the folder).
        QVERIFY(QDir(config.path()).mkpath(QStringLiteral("digest-studio.github.io")));
        QFile settings(config.filePath(QStringLiteral("digest-studio.github.io/digest-studio.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[Weibo]\nattachImages=true\n");
        settings.close();
        const Result weibo = run(ctl(db, {QStringLiteral("export"), QStringLiteral("2022-10-14"),
                                          QStringLiteral("--format"), QStringLiteral("weibo"),
                                          QStringLiteral("--output"), dir + QStringLiteral("/thread.txt")}),
                                 config.path());
        QVERIFY2(weibo.exitCode == 0, qPrintable(weibo.err));
        QVERIFY(QFile::exists(dir + QStringLiteral("/thread.txt")));
        QVERIFY(!QImage(dir + QStringLiteral("/thread-01.png")).isNull());
        QVERIFY2(weibo.err.contains(QStringLiteral("thread-01.png")), qPrintable(weibo.err));
        QVERIFY(QFile::exists(dir + QStringLiteral("/thread.txt")));
    }

    void checkReportsErrorsAndEarlierFeatures()
    {
        const QString db = location();
        QVERIFY(!db.isEmpty());
        const QByteArray sample = Test::fixture(QStringLiteral("published/digest-sample.txt"));
        const QString file = writeFile(QStringLiteral("sample.txt"), sample);
        QCOMPARE(run(ctl(db, {QStringLiteral("import"), file, QStringLiteral("--date"),
                              QStringLiteral("2022-10-14")}))
                     .exitCode,
                 0);
        // The published sample has no missing translation: warnings only (its ASCII punctuation), exit 0.
        const Result clean =
            run(ctl(db, {QStringLiteral("check"), QStringLiteral("2022-10-14"), QStringLiteral("--json")}));
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
        const QJsonArray warnings = QJsonDocument::fromJson(clean.out).array();
        QVERIFY(!warnings.isEmpty());
        bool punctuation = false;
        for (const QJsonValue &f : warnings)
            punctuation = punctuation || f.toObject().value(QStringLiteral("rule")).toString() ==
                                             QLatin1String("ascii-punctuation");
        QVERIFY(punctuation);

        // A later digest with one of the same papers, untranslated: an error and an earlier feature.
        m_server->route(QStringLiteral("/api/query"),
                        Server::ok(Test::fixture(QStringLiteral("arxiv/api-three.xml")),
                                   QByteArrayLiteral("application/atom+xml")));
        QCOMPARE(run(ctl(db, {QStringLiteral("new"), QStringLiteral("2022-10-20")})).exitCode, 0);
        QCOMPARE(
            run(ctl(db, {QStringLiteral("add"), QStringLiteral("2022-10-20"), QStringLiteral("2210.06441")}))
                .exitCode,
            0);
        const Result later = run(ctl(db, {QStringLiteral("check"), QStringLiteral("2022-10-20")}));
        QCOMPARE(later.exitCode, 1);
        QVERIFY2(later.out.contains("has no Chinese title"), later.out.constData());
        QVERIFY2(later.out.contains("featured before"), later.out.constData());
        QVERIFY2(later.out.contains("2022-10-14"), later.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestDigestCommands)
#include "tst_digestcommands.moc"
