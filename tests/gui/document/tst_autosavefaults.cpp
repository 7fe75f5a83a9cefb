// AutosaveController under injected faults, on real libraries: the disk fills during a save (a file-size
// limit), another writer holds the SQLite lock past the busy timeout, the PostgreSQL server restarts while a
// digest is open. Each time the failure is named, the library stays intact, the text stays in the editor and
// is saved once the fault is gone.
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "privatepostgres.h"
#include "scratchlibraries.h"
#include "storage/library.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace DigestStudio;
using DigestStudio::Test::PrivatePostgres;
using DigestStudio::Test::ScratchLibraries;
using Field = DigestEntry::Field;

namespace {

DigestEntry makeEntry(int i)
{
    DigestEntry e;
    e.setArxivId(QStringLiteral("2210.1000%1").arg(i));
    e.setVersion(1);
    e.setTag(QStringLiteral("LG"));
    e.setTitle(QStringLiteral("Paper %1").arg(i));
    e.setAbstract(QStringLiteral("We study things. They matter."));
    e.setLink(QStringLiteral("https://arxiv.org/abs/2210.1000%1").arg(i));
    return e;
}

// Chinese text of `n` characters that does not repeat (so no page compresses it away).
QString longSummary(int n, int seed)
{
    QString text;
    text.reserve(n);
    for (int i = 0; i < n; ++i)
        text.append(QChar(0x4e00 + (i * 7919 + seed * 104729) % 20000));
    return text;
}

// A file-size limit for this process (what a full disk looks like to its writes) for a scope.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing us
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { lift(); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    void lift() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

// A library at `location` seeded with one digest of three papers, open in a document with autosave.
class OpenDigest final
{
public:
    bool open(const QString &location, qint64 digestId)
    {
        LibraryError error;
        m_library = Library::open(location, &error);
        if (!m_library) {
            m_error = error.message;
            return false;
        }
        m_autosave = std::make_unique<AutosaveController>(m_library.get(), &doc);
        return m_autosave->openDigest(digestId, &m_error);
    }
    AutosaveController &autosave() { return *m_autosave; }
    QString error() const { return m_error; }

    DigestDocument doc;

private:
    std::unique_ptr<Library> m_library;
    std::unique_ptr<AutosaveController> m_autosave;
    QString m_error;
};

} // namespace

class TestAutosaveFaults final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    // A library at `location` holding one digest of three papers; its id, or 0.
    static qint64 seed(const QString &location)
    {
        LibraryError error;
        auto library = Library::open(location, &error);
        if (!library) {
            qWarning("%s", qPrintable(error.message));
            return 0;
        }
        const qint64 digestId = library->createDigest(QDate(2026, 11, 30));
        for (int i = 0; i < 3; ++i)
            library->appendEntry(digestId, makeEntry(i));
        return digestId;
    }

    static Digest stored(const QString &location, qint64 digestId)
    {
        LibraryError error;
        auto library = Library::open(location, &error);
        Digest digest;
        if (!library || !library->loadDigest(digestId, &digest, &error))
            qWarning("%s", qPrintable(error.message));
        return digest;
    }

    static qint64 largestFile(const QString &path)
    {
        return qMax(QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size());
    }

private Q_SLOTS:
    void aFullDiskFailsTheSaveKeepsTheTextAndSavesLater();
    void aLockHeldPastTheBusyTimeoutIsNamedAndTheTextKept();
    void aPostgreSqlRestartLosesNothing();
};

void TestAutosaveFaults::aFullDiskFailsTheSaveKeepsTheTextAndSavesLater()
{
    const QString path = m_scratch.create(QStringLiteral("sqlite"));
    const qint64 digestId = seed(path);
    QVERIFY(digestId > 0);
    OpenDigest open;
    QVERIFY2(open.open(path, digestId), qPrintable(open.error()));
    DigestDocument &doc = open.doc;
    AutosaveController &autosave = open.autosave();
    const QString summary = longSummary(90000, 1);

    FileSizeLimit limit(largestFile(path) + 4096);
    doc.setField(1, Field::ZhSummary, summary);
    QVERIFY(!autosave.saveNow());
    QCOMPARE(autosave.state(), AutosaveController::State::Failed);
    QVERIFY2(autosave.lastError().contains(path), qPrintable(autosave.lastError()));
    QVERIFY2(autosave.lastError().contains(QLatin1String("disk")), qPrintable(autosave.lastError()));
    QCOMPARE(doc.entry(1).zhSummary(), summary);
    QVERIFY(doc.isModified());

    limit.lift();
    {
        LibraryError error;
        auto other = Library::open(path, &error);
        QVERIFY2(other, qPrintable(error.message));
        QVERIFY2(other->checkIntegrity(&error), qPrintable(error.message));
    }
    QCOMPARE(stored(path, digestId).entries().at(1).zhSummary(), QString());
    // Space is back: the retry stores it without anyone touching the editor.
    QTRY_COMPARE_WITH_TIMEOUT(autosave.state(), AutosaveController::State::Saved, 10000);
    QVERIFY(!doc.isModified());
    QCOMPARE(stored(path, digestId).entries().at(1).zhSummary(), summary);
}

void TestAutosaveFaults::aLockHeldPastTheBusyTimeoutIsNamedAndTheTextKept()
{
    const QString path = m_scratch.create(QStringLiteral("sqlite"));
    const qint64 digestId = seed(path);
    QVERIFY(digestId > 0);
    OpenDigest open;
    QVERIFY2(open.open(path, digestId), qPrintable(open.error()));
    DigestDocument &doc = open.doc;
    AutosaveController &autosave = open.autosave();

    {
        // Another program writing for longer than the busy timeout.
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery begin(locker);
        QVERIFY2(begin.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(begin.lastError().text()));

        doc.setField(0, Field::ZhTitle, QStringLiteral("锁住时写的标题"));
        QVERIFY(!autosave.saveNow());
        QCOMPARE(autosave.state(), AutosaveController::State::Failed);
        QVERIFY2(autosave.lastError().contains(path), qPrintable(autosave.lastError()));
        QVERIFY2(autosave.lastError().contains(QLatin1String("write lock")),
                 qPrintable(autosave.lastError()));
        QCOMPARE(doc.entry(0).zhTitle(), QStringLiteral("锁住时写的标题"));

        QSqlQuery rollback(locker);
        QVERIFY(rollback.exec(QStringLiteral("ROLLBACK")));
        locker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QTRY_COMPARE_WITH_TIMEOUT(autosave.state(), AutosaveController::State::Saved, 10000);
    QCOMPARE(stored(path, digestId).entries().at(0).zhTitle(), QStringLiteral("锁住时写的标题"));
}

void TestAutosaveFaults::aPostgreSqlRestartLosesNothing()
{
    PrivatePostgres server;
    QString serverError;
    // The test's own server (it restarts it): a machine without PostgreSQL fails here, it never skips.
    QVERIFY2(server.start(&serverError), qPrintable(serverError));
    const QString url = server.url();
    const qint64 digestId = seed(url);
    QVERIFY(digestId > 0);
    OpenDigest open;
    QVERIFY2(open.open(url, digestId), qPrintable(open.error()));
    DigestDocument &doc = open.doc;
    AutosaveController &autosave = open.autosave();
    doc.setField(2, Field::ZhTitle, QStringLiteral("重启之前"));
    QVERIFY(autosave.saveNow());

    QVERIFY2(server.restart(&serverError), qPrintable(serverError));
    doc.setField(2, Field::ZhTitle, QStringLiteral("重启之后"));
    QVERIFY2(autosave.saveNow(), qPrintable(autosave.lastError()));
    QCOMPARE(autosave.state(), AutosaveController::State::Saved);
    QCOMPARE(stored(url, digestId).entries().at(2).zhTitle(), QStringLiteral("重启之后"));

    // The reopened connection listens again: a colleague's change still arrives.
    {
        LibraryError error;
        auto other = Library::open(url, &error);
        QVERIFY2(other, qPrintable(error.message));
        DigestEntry theirs;
        QVERIFY(other->loadEntry(doc.entry(0).id(), &theirs));
        QVERIFY(other->saveField(theirs.id(), theirs.revision(), Field::ZhTitle, QStringLiteral("同事的标题"))
                    .saved());
    }
    QTRY_COMPARE_WITH_TIMEOUT(doc.entry(0).zhTitle(), QStringLiteral("同事的标题"), 5000);
}

QTEST_MAIN(TestAutosaveFaults)
#include "tst_autosavefaults.moc"
