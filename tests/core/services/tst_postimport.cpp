// Importing published posts: dates from names, one refused file among good ones, undo.
#include "scratchlibraries.h"
#include "services/postimport.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

class TestPostImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(bytes);
        return file.fileName();
    }

private Q_SLOTS:
    void dateFromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso date") << QStringLiteral("2022-10-14.txt") << QDate(2022, 10, 14);
        QTest::newRow("eight digits") << QStringLiteral("arxiv-20221014.md") << QDate(2022, 10, 14);
        QTest::newRow("underscores") << QStringLiteral("digest_2022_10_14.txt") << QDate(2022, 10, 14);
        QTest::newRow("dots") << QStringLiteral("2022.10.14-post.txt") << QDate(2022, 10, 14);
        QTest::newRow("in a folder") << QStringLiteral("/x/2021-01-01/post-2022-10-14.txt")
                                     << QDate(2022, 10, 14);
        QTest::newRow("mixed separators are not a date") << QStringLiteral("2022-10.14.txt") << QDate();
        QTest::newRow("an arXiv id is not a date") << QStringLiteral("2210.06441.txt") << QDate();
        QTest::newRow("nine digits are not a date") << QStringLiteral("202210141.txt") << QDate();
        QTest::newRow("impossible day") << QStringLiteral("2022-02-30.txt") << QDate();
        QTest::newRow("first valid one")
            << QStringLiteral("2022-13-01-2022-10-15.txt") << QDate(2022, 10, 15);
        QTest::newRow("none") << QStringLiteral("published.txt") << QDate();
    }

    void dateFromName()
    {
        QFETCH(QString, name);
        QFETCH(QDate, date);
        QCOMPARE(PostImport::dateFromName(name), date);
    }

    void oneBadFileAmongGoodOnes()
    {
        QVERIFY(m_dir.isValid());
        Test::ScratchLibraries libraries;
        const QString location = libraries.create(QStringLiteral("sqlite"));
        std::unique_ptr<Library> library = Library::open(location);
        QVERIFY(library);
        const QByteArray sample = Test::fixture(QStringLiteral("published/digest-sample.txt"));
        const QStringList files{write(QStringLiteral("2022-10-14.txt"), sample),
                                write(QStringLiteral("notes-2022-10-15.txt"), "not a digest\n"),
                                write(QStringLiteral("arxiv-20221016.md"), sample),
                                m_dir.filePath(QStringLiteral("missing-2022-10-17.txt"))};
        const QVector<PostImportOutcome> outcomes = PostImport::importFiles(library.get(), files);
        QCOMPARE(outcomes.size(), 4);
        QVERIFY(outcomes.at(0).ok);
        QCOMPARE(outcomes.at(0).date, QDate(2022, 10, 14));
        QCOMPARE(outcomes.at(0).dateFrom, PostImportOutcome::DateFrom::Name);
        QCOMPARE(outcomes.at(0).entries, 9);
        QVERIFY(!outcomes.at(1).ok);
        QCOMPARE(outcomes.at(1).line, 1);
        QVERIFY(outcomes.at(1).why().startsWith(QStringLiteral("line 1: expected")));
        QVERIFY(outcomes.at(1).message().startsWith(files.at(1) + QStringLiteral(":1: expected")));
        QVERIFY(outcomes.at(2).ok);
        QCOMPARE(outcomes.at(2).date, QDate(2022, 10, 16));
        QVERIFY(!outcomes.at(3).ok);
        QVERIFY(outcomes.at(3).why().contains(QStringLiteral("cannot read")));
        QCOMPARE(library->digests().size(), 2);
        Digest stored;
        QVERIFY(library->loadDigest(outcomes.at(2).digestId, &stored));
        QCOMPARE(stored.date(), QDate(2022, 10, 16));
        QCOMPARE(stored.entryCount(), 9);

        // Undo takes back exactly what the import made.
        const qint64 other = library->createDigest(QDate(2022, 1, 1));
        QVERIFY(other > 0);
        QString error;
        QVERIFY(PostImport::undo(library.get(), outcomes, &error));
        QCOMPARE(library->digests().size(), 1);
        QCOMPARE(library->digests().first().id, other);
    }

    void dateOptionWins()
    {
        QVERIFY(m_dir.isValid());
        const QString file = write(QStringLiteral("post-2022-10-14.txt"),
                                   Test::fixture(QStringLiteral("published/digest-sample.txt")));
        Digest digest;
        const PostImportOutcome outcome = PostImport::read(file, QDate(2023, 5, 6), &digest);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.dateFrom, PostImportOutcome::DateFrom::Option);
        QCOMPARE(digest.date(), QDate(2023, 5, 6));
        const PostImportOutcome undated =
            PostImport::read(write(QStringLiteral("post.txt"), "x\n"), QDate(), &digest);
        QCOMPARE(undated.dateFrom, PostImportOutcome::DateFrom::Today);
        QCOMPARE(undated.date, QDate::currentDate());
        QVERIFY(!undated.ok);
        QCOMPARE(digest.date(), QDate(2023, 5, 6)); // untouched on failure
    }
};

QTEST_GUILESS_MAIN(TestPostImport)
#include "tst_postimport.moc"
