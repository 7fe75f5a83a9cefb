// Library against real SQLite files and a real PostgreSQL server ($DIGEST_TEST_PG): opening and its errors,
// migrations, and writers in other processes (concurrent, killed). Each test runs on a fresh database.
#include "librarytests.h"
#include "scratchlibraries.h"
#include "storage/library.h"
#include "storage/librarymigrations.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::makeEntry;
using DigestStudio::Test::ScratchLibraries;

class TestLibrary final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    static void backends() { Test::addBackendRows(); }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    // Runs tests/fixtures/library/v1.sql on an empty library location.
    void buildV1(const QString &location, const QStringList &extraStatements = {})
    {
        const bool lite = LibraryLocation::parse(location).isSQLite();
        QString script = QString::fromUtf8(Test::fixture(QStringLiteral("library/v1.sql")));
        script.replace(QStringLiteral("{pk}"), lite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                    : QStringLiteral("BIGSERIAL PRIMARY KEY"));
        QStringList lines;
        for (const QString &line : script.split(QLatin1Char('\n')))
            if (!line.startsWith(QLatin1String("--")))
                lines.append(line);
        QSqlDatabase db = m_scratch.openRaw(location);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        for (QString statement :
             lines.join(QLatin1Char('\n')).split(QStringLiteral(";\n")) + extraStatements) {
            statement = statement.trimmed();
            if (statement.endsWith(QLatin1Char(';')))
                statement.chop(1);
            if (statement.isEmpty())
                continue;
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement),
                     qPrintable(q.lastError().text() + QStringLiteral(" in ") + statement));
        }
        m_scratch.closeRaw(db);
    }

    int rawSchemaVersion(const QString &location)
    {
        QSqlDatabase db = m_scratch.openRaw(location);
        int version = -1;
        {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
                version = q.value(0).toInt();
        }
        m_scratch.closeRaw(db);
        return version;
    }

    bool rawHasTable(const QString &location, const QString &table)
    {
        QSqlDatabase db = m_scratch.openRaw(location);
        bool found = false;
        {
            QSqlQuery q(db);
            found = q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        }
        m_scratch.closeRaw(db);
        return found;
    }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    void openErrors_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("cause");
        using K = LibraryError::Kind;
        QTest::newRow("sqlite: a text file")
            << QStringLiteral("sqlite") << QStringLiteral("text") << int(K::NotADatabase)
            << QStringLiteral("not a SQLite database");
        QTest::newRow("sqlite: a corrupt file") << QStringLiteral("sqlite") << QStringLiteral("corrupt")
                                                << int(K::Corrupt) << QStringLiteral("corrupt");
        QTest::newRow("sqlite: a read-only file") << QStringLiteral("sqlite") << QStringLiteral("readonly")
                                                  << int(K::ReadOnly) << QStringLiteral("read-only");
        QTest::newRow("sqlite: a newer schema") << QStringLiteral("sqlite") << QStringLiteral("newer")
                                                << int(K::NewerSchema) << QStringLiteral("newer version");
        QTest::newRow("sqlite: another program's database")
            << QStringLiteral("sqlite") << QStringLiteral("foreign") << int(K::NotADatabase)
            << QStringLiteral("not a Digest Studio library");
        QTest::newRow("sqlite: a folder") << QStringLiteral("sqlite") << QStringLiteral("folder")
                                          << int(K::NotADatabase) << QStringLiteral("folder");
        QTest::newRow("postgresql: a newer schema") << QStringLiteral("postgresql") << QStringLiteral("newer")
                                                    << int(K::NewerSchema) << QStringLiteral("newer version");
        QTest::newRow("postgresql: unreachable server")
            << QStringLiteral("postgresql") << QStringLiteral("unreachable") << int(K::Unreachable)
            << QStringLiteral("cannot be reached");
        QTest::newRow("postgresql: unknown database")
            << QStringLiteral("postgresql") << QStringLiteral("nodb") << int(K::Refused)
            << QStringLiteral("refused");
        QTest::newRow("postgresql: not a URL") << QStringLiteral("postgresql") << QStringLiteral("badurl")
                                               << int(K::BadLocation) << QStringLiteral("database");
    }
    void openErrors()
    {
        FRESH_LOCATION(fresh);
        QFETCH(QString, setup);
        QFETCH(int, kind);
        QFETCH(QString, cause);
        QString location = fresh;
        QString file;
        if (backend == QLatin1String("sqlite"))
            file = location;
        if (setup == QLatin1String("text")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("2210.06441\n2210.07000\nnot a database at all, just a list of ids\n");
        } else if (setup == QLatin1String("corrupt") || setup == QLatin1String("readonly") ||
                   setup == QLatin1String("newer")) {
            {
                OPEN_LIBRARY(library, location);
                for (int i = 0; i < 20; ++i)
                    library->createDigest(QDate(2022, 10, 1 + i), QString(200, QLatin1Char('x')));
            }
            if (setup == QLatin1String("corrupt")) {
                QFile f(file);
                QVERIFY(f.open(QIODevice::ReadWrite));
                f.seek(100); // keep the header, spoil the schema's page
                f.write(QByteArray(2000, '\xa5'));
            } else if (setup == QLatin1String("readonly")) {
                QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
            } else {
                QSqlDatabase db = m_scratch.openRaw(location);
                {
                    QSqlQuery q(db);
                    QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
                }
                m_scratch.closeRaw(db);
            }
        } else if (setup == QLatin1String("foreign")) {
            QSqlDatabase db = m_scratch.openRaw(location);
            {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            }
            m_scratch.closeRaw(db);
        } else if (setup == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(file));
        } else if (setup == QLatin1String("unreachable")) {
            location = QStringLiteral("postgresql://digest:s3cret@127.0.0.1:1/digest_test");
        } else if (setup == QLatin1String("nodb")) {
            QUrl url(ScratchLibraries::postgresUrl());
            url.setPassword(QStringLiteral("s3cret"));
            url.setPath(QStringLiteral("/no_such_database_here"));
            location = url.toString();
        } else if (setup == QLatin1String("badurl")) {
            location = QStringLiteral("postgresql://digest:s3cret@127.0.0.1:5432");
        }
        const QByteArray before = file.isEmpty() ? QByteArray() : fileHash(file);

        LibraryError error;
        auto library = Library::open(location, &error);
        QVERIFY(!library);
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.contains(cause), qPrintable(error.message));
        const QString shown = LibraryLocation::parse(location).displayName();
        QVERIFY2(error.message.contains(shown), qPrintable(error.message));
        QCOMPARE(error.location, shown);
        QVERIFY2(!error.message.contains(QStringLiteral("s3cret")), qPrintable(error.message));
        QVERIFY(!error.detail.contains(QStringLiteral("s3cret")));
        if (!file.isEmpty() && setup != QLatin1String("folder"))
            QCOMPARE(fileHash(file), before); // untouched
        if (setup == QLatin1String("newer"))
            QCOMPARE(rawSchemaVersion(location), 99);
        if (setup == QLatin1String("readonly"))
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }

    // Regression: an old-style id stored with its subject class takes ArxivId's canonical form.
    void migrationGivesOldStyleIdsOneForm_data() { backends(); }
    void migrationGivesOldStyleIdsOneForm()
    {
        FRESH_LOCATION(location);
        buildV1(location,
                {QStringLiteral(
                     "INSERT INTO entries (digest_id, position, arxiv_id, version, tag, title, status, "
                     "revision) VALUES ((SELECT id FROM digests WHERE date = '2022-10-15'), 2, "
                     "'Math.DG/0211159', 1, 'MATH', 'Old', 'draft', 1)"),
                 QStringLiteral(
                     "INSERT INTO entries (digest_id, position, arxiv_id, version, tag, title, status, "
                     "revision) VALUES ((SELECT id FROM digests WHERE date = '2022-10-15'), 3, "
                     "'hep-th/9901001', 1, 'HEP', 'Plain old', 'draft', 1)")});
        if (QTest::currentTestFailed())
            return;
        OPEN_LIBRARY(library, location);
        Digest digest;
        QVERIFY(library->loadDigest(library->resolveDigest(QStringLiteral("2022-10-15")), &digest));
        QCOMPARE(digest.entries().at(1).arxivId(), QStringLiteral("math/0211159"));
        QCOMPARE(digest.entries().at(2).arxivId(), QStringLiteral("hep-th/9901001"));
        QCOMPARE(digest.entries().at(0).arxivId(), QStringLiteral("2210.06441")); // new style untouched
        QCOMPARE(library->featuredIn(QStringLiteral("math/0211159")).size(), 1);
    }

    void migratesAVersion1Library_data() { backends(); }
    void migratesAVersion1Library()
    {
        FRESH_LOCATION(location);
        buildV1(location);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(rawSchemaVersion(location), 1);
        OPEN_LIBRARY(library, location);
        QCOMPARE(library->schemaVersion(), LibraryMigrations::latestVersion());
        QCOMPARE(rawSchemaVersion(location), LibraryMigrations::latestVersion());

        const QVector<DigestSummary> list = library->digests();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).title, QStringLiteral("v1 digest"));
        QCOMPARE(list.at(1).entryCount, 2);
        Digest digest;
        QVERIFY(library->loadDigest(list.at(1).id, &digest));
        QCOMPARE(digest.legend(), QStringLiteral("LG - 机器学习"));
        const DigestEntry first = digest.entries().at(0);
        QCOMPARE(first.zhTitle(),
                 QStringLiteral("数据增强相当于增加了多少数据?对缩放率、不变性和隐式正则化的研究"));
        QCOMPARE(first.status(), DigestEntry::Status::Translated);
        QCOMPARE(first.revision(), 4);
        // What came with later versions works on the migrated data.
        QCOMPARE(library->search(QStringLiteral("数据增强")).size(), 2);
        QCOMPARE(library->search(QStringLiteral("Seeing in the Dark")).size(), 1);
        QCOMPARE(library->featuredIn(QStringLiteral("2210.06441"), list.at(1).id).size(), 1);
        Paper paper;
        QVERIFY(library->findPaper(QStringLiteral("2210.06441"), &paper));
        QCOMPARE(paper.authors().size(), 2);
        const QVector<SearchHit> paperHits = library->search(QStringLiteral("performance benefits"));
        QCOMPARE(paperHits.size(), 1); // only the stored paper's abstract has it
        QCOMPARE(paperHits.at(0).digestId, 0);
        QCOMPARE(paperHits.at(0).field, QStringLiteral("abstract"));
        GlossaryTerm term(QStringLiteral("augmentation"), QStringLiteral("增强"));
        QVERIFY(library->addGlossaryTerm(&term));
        QVERIFY(
            library->saveField(first.id(), 4, DigestEntry::Field::ZhShortTitle, QStringLiteral("数据增强"))
                .saved());
        QVERIFY(
            library->appendEntry(list.at(0).id, makeEntry(QStringLiteral("x"), QString(), QString())).id() >
            0);

        if (backend == QLatin1String("sqlite")) {
            // The file as it was, kept beside it.
            const QString backup = location + QStringLiteral(".bak-v1");
            QVERIFY(QFile::exists(backup));
            QCOMPARE(rawSchemaVersion(backup), 1);
            QVERIFY(!rawHasTable(backup, QStringLiteral("glossary")));
            QSqlDatabase db = m_scratch.openRaw(backup);
            {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM entries")) && q.next());
                QCOMPARE(q.value(0).toInt(), 3);
            }
            m_scratch.closeRaw(db);
        }
    }

    void failedMigrationLeavesTheLibraryAsItWas_data() { backends(); }
    void failedMigrationLeavesTheLibraryAsItWas()
    {
        FRESH_LOCATION(location);
        // A table in the way of step 2 makes the upgrade fail half-way.
        buildV1(location, {QStringLiteral("CREATE TABLE glossary (word TEXT)")});
        if (QTest::currentTestFailed())
            return;
        LibraryError error;
        QVERIFY(!Library::open(location, &error));
        QCOMPARE(error.kind, LibraryError::Kind::Migration);
        QVERIFY2(error.message.contains(LibraryLocation::parse(location).displayName()),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("left as it was")), qPrintable(error.message));
        QCOMPARE(rawSchemaVersion(location), 1);
        QVERIFY(!rawHasTable(location, QStringLiteral("author_affiliations"))); // step 2 rolled back entirely
        QVERIFY(rawHasTable(location, QStringLiteral("entries")));
    }

    void concurrentWritersOnDifferentEntriesBothLand_data() { backends(); }
    void concurrentWritersOnDifferentEntriesBothLand()
    {
        FRESH_LOCATION(location);
        qint64 a = 0;
        qint64 b = 0;
        {
            OPEN_LIBRARY(library, location);
            const qint64 digest = library->createDigest(QDate(2022, 10, 14));
            a = library->appendEntry(digest, makeEntry(QStringLiteral("a"), QString(), QString())).id();
            b = library->appendEntry(digest, makeEntry(QStringLiteral("b"), QString(), QString())).id();
        }
        constexpr int Count = 150;
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(LIBRARY_WRITER_PATH),
                    {QStringLiteral("edit"), location, QString::number(Count), QStringLiteral("A"),
                     QString::number(a)});
        second.start(QStringLiteral(LIBRARY_WRITER_PATH),
                     {QStringLiteral("edit"), location, QString::number(Count), QStringLiteral("B"),
                      QString::number(b)});
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.readAllStandardOutput().count("committed"), Count);
        QCOMPARE(second.readAllStandardOutput().count("committed"), Count);
        OPEN_LIBRARY(library, location);
        DigestEntry ea;
        DigestEntry eb;
        QVERIFY(library->loadEntry(a, &ea));
        QVERIFY(library->loadEntry(b, &eb));
        QCOMPARE(ea.zhSummary(), QStringLiteral("A %1").arg(Count - 1));
        QCOMPARE(eb.zhSummary(), QStringLiteral("B %1").arg(Count - 1));
        QCOMPARE(ea.revision(), Count + 1);
        QCOMPARE(eb.revision(), Count + 1);
    }

    void concurrentWritersOnOneEntryConflict_data() { backends(); }
    void concurrentWritersOnOneEntryConflict()
    {
        FRESH_LOCATION(location);
        qint64 id = 0;
        {
            OPEN_LIBRARY(library, location);
            const qint64 digest = library->createDigest(QDate(2022, 10, 14));
            id = library->appendEntry(digest, makeEntry(QStringLiteral("a"), QString(), QString())).id();
        }
        // Both editors loaded revision 1 and save different texts at the same time.
        QProcess first;
        QProcess second;
        const QString textA = QStringLiteral("甲的译文");
        const QString textB = QStringLiteral("乙的译文");
        first.start(QStringLiteral(LIBRARY_WRITER_PATH),
                    {QStringLiteral("save"), location, QString::number(id), QStringLiteral("1"), textA});
        second.start(QStringLiteral(LIBRARY_WRITER_PATH),
                     {QStringLiteral("save"), location, QString::number(id), QStringLiteral("1"), textB});
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        const QString outA = QString::fromUtf8(first.readAllStandardOutput());
        const QString outB = QString::fromUtf8(second.readAllStandardOutput());
        QVERIFY2((first.exitCode() == 0) != (second.exitCode() == 0), qPrintable(outA + outB));
        const bool aWon = first.exitCode() == 0;
        const QString winner = aWon ? textA : textB;
        const QString loser = aWon ? textB : textA;
        const QString conflict = aWon ? outB : outA;
        QCOMPARE(aWon ? second.exitCode() : first.exitCode(), 3);
        QCOMPARE(conflict.trimmed(), QStringLiteral("conflict\t") + winner + QLatin1Char('\t') + loser);
        OPEN_LIBRARY(library, location);
        DigestEntry stored;
        QVERIFY(library->loadEntry(id, &stored));
        QCOMPARE(stored.zhSummary(), winner);
        QCOMPARE(stored.revision(), 2);
    }

    void killedWriterLosesNothingCommitted_data() { backends(); }
    void killedWriterLosesNothingCommitted()
    {
        FRESH_LOCATION(location);
        QStringList ids;
        {
            OPEN_LIBRARY(library, location);
            const qint64 digest = library->createDigest(QDate(2022, 10, 14));
            for (int i = 0; i < 5; ++i)
                ids.append(QString::number(
                    library->appendEntry(digest, makeEntry(QString::number(i), QString(), QString())).id()));
        }
        QProcess writer;
        writer.start(QStringLiteral(LIBRARY_WRITER_PATH),
                     QStringList{QStringLiteral("edit"), location, QStringLiteral("0"), QStringLiteral("K")} +
                         ids);
        QVERIFY(writer.waitForStarted());
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (output.count("committed") < 300 && timer.elapsed() < 60000 &&
               writer.state() == QProcess::Running) {
            writer.waitForReadyRead(1000);
            output += writer.readAllStandardOutput();
        }
        writer.kill(); // SIGKILL, mid-stream
        QVERIFY(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        QVERIFY2(output.count("committed") >= 300, writer.readAllStandardError().constData());

        QHash<qint64, int> lastCommitted;
        static const QRegularExpression line(QStringLiteral("^committed (\\d+) (\\d+)$"));
        for (const QByteArray &raw : output.split('\n')) {
            const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
            if (m.hasMatch())
                lastCommitted[m.captured(1).toLongLong()] = m.captured(2).toInt();
        }
        QCOMPARE(lastCommitted.size(), 5);
        LibraryError error;
        auto library = Library::open(location, &error);
        QVERIFY2(library, qPrintable(error.message));
        LibraryError integrity;
        QVERIFY2(library->checkIntegrity(&integrity), qPrintable(integrity.message));
        for (auto it = lastCommitted.cbegin(); it != lastCommitted.cend(); ++it) {
            DigestEntry entry;
            QVERIFY(library->loadEntry(it.key(), &entry));
            QVERIFY2(entry.zhSummary().startsWith(QStringLiteral("K ")), qPrintable(entry.zhSummary()));
            const int stored = entry.zhSummary().mid(2).toInt();
            QVERIFY2(stored >= it.value(), qPrintable(QStringLiteral("entry %1: committed %2, stored %3")
                                                          .arg(it.key())
                                                          .arg(it.value())
                                                          .arg(stored)));
        }
        // Still writable after the crash.
        DigestEntry entry;
        QVERIFY(library->loadEntry(ids.first().toLongLong(), &entry));
        QVERIFY(
            library->saveField(entry.id(), entry.revision(), DigestEntry::Field::Tag, QStringLiteral("CV"))
                .saved());
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
