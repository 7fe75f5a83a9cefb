// Library against real SQLite files and a real PostgreSQL server ($DIGEST_TEST_PG): every behaviour runs on
// both backends, each test on a fresh database.
#include "scratchlibraries.h"
#include "storage/library.h"
#include "storage/librarymigrations.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::ScratchLibraries;

// A fresh location for the row's backend; skips (locally) or fails (CI) when PostgreSQL is not configured.
#define FRESH_LOCATION(location)                                                                             \
    QFETCH(QString, backend);                                                                                \
    const QString location = m_scratch.create(backend);                                                      \
    if (location.isEmpty()) {                                                                                \
        if (ScratchLibraries::postgresRequired())                                                            \
            QFAIL("DIGEST_TEST_PG is not set: the PostgreSQL tests need a server (packaging/dev.sh test)");  \
        QSKIP("DIGEST_TEST_PG is not set: PostgreSQL rows skipped (CI runs them)");                          \
    }

#define OPEN_LIBRARY(library, location)                                                                      \
    LibraryError openError_##library;                                                                        \
    auto library = Library::open(location, &openError_##library);                                            \
    QVERIFY2(library, qPrintable(openError_##library.message))

class TestLibrary final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    static DigestEntry makeEntry(const QString &arxivId, const QString &title, const QString &zhTitle,
                                 const QString &zhSummary = QString())
    {
        DigestEntry e;
        e.setArxivId(arxivId);
        e.setVersion(1);
        e.setTag(QStringLiteral("LG"));
        e.setTitle(title);
        e.setAuthorsLine(QStringLiteral("J Geiping, M Goldblum"));
        e.setAffiliations(QStringLiteral("University of Maryland"));
        e.setAffiliationsNote(QStringLiteral(" (2022)"));
        e.setZhTitle(zhTitle);
        e.setZhSummary(zhSummary);
        e.setAbstract(QStringLiteral("An abstract about ") + title);
        e.setLink(QStringLiteral("https://arxiv.org/abs/") + arxivId);
        return e;
    }

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

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    void createListLoadAndDeleteDigests_data() { backends(); }
    void createListLoadAndDeleteDigests()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        QCOMPARE(library->schemaVersion(), LibraryMigrations::latestVersion());
        QVERIFY(library->digests().isEmpty());
        QCOMPARE(library->latestDigestId(), 0);

        const qint64 first = library->createDigest(QDate(2022, 10, 14), QStringLiteral("周五"));
        QVERIFY(first > 0);
        Digest loaded;
        QVERIFY(library->loadDigest(first, &loaded));
        QCOMPARE(loaded.id(), first);
        QCOMPARE(loaded.title(), QStringLiteral("周五"));
        QCOMPARE(loaded.legend(), Digest::defaultLegend());
        QCOMPARE(loaded.summaryLabel(), Digest::defaultSummaryLabel());
        QCOMPARE(loaded.footer(), Digest::defaultFooter());
        QCOMPARE(loaded.entryCount(), 0);

        Digest imported;
        imported.setDate(QDate(2022, 10, 14));
        imported.setTitle(QStringLiteral("imported"));
        imported.setLegend(QStringLiteral("LG - 机器学习"));
        imported.setAttribution(QStringLiteral("转自爱可可爱生活"));
        imported.setSummaryLabel(QStringLiteral("摘要："));
        imported.setFooter(QString());
        imported.entries().append(makeEntry(QStringLiteral("2210.06441v2"), QStringLiteral("Augmentations"),
                                            QStringLiteral("数据增强")));
        imported.entries().append(makeEntry(QStringLiteral("2210.07000"),
                                            QStringLiteral("Seeing in the dark"),
                                            QStringLiteral("黑暗中的视觉")));
        imported.entries()[1].setStatus(DigestEntry::Status::Reviewed);
        const qint64 second = library->createDigest(imported);
        QVERIFY(second > first);
        QVERIFY(library->loadDigest(second, &loaded));
        imported.entries()[0].setArxivId(QStringLiteral("2210.06441")); // stored without the version
        QCOMPARE(loaded, imported);
        for (const DigestEntry &e : loaded.entries()) {
            QVERIFY(e.id() > 0);
            QCOMPARE(e.revision(), 1);
            QVERIFY(e.updated().isValid());
        }
        const qint64 third = library->createDigest(QDate(2022, 10, 15));

        const QVector<DigestSummary> list = library->digests();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).id, third); // newest date first, then newest id
        QCOMPARE(list.at(1).id, second);
        QCOMPARE(list.at(1).entryCount, 2);
        QCOMPARE(list.at(1).title, QStringLiteral("imported"));
        QCOMPARE(list.at(2).date, QDate(2022, 10, 14));
        QCOMPARE(library->latestDigestId(), third);

        // DIGEST strings: an id, or a date meaning the latest digest of that date.
        QCOMPARE(library->resolveDigest(QStringLiteral("2022-10-14")), second);
        QCOMPARE(library->resolveDigest(QString::number(first)), first);
        QString error;
        QCOMPARE(library->resolveDigest(QStringLiteral("2022-10-16"), &error), 0);
        QVERIFY2(error.contains(QStringLiteral("2022-10-16")) && error.contains(library->location()),
                 qPrintable(error));
        QCOMPARE(library->lastError().kind, LibraryError::Kind::NotFound);
        QCOMPARE(library->resolveDigest(QStringLiteral("yesterday"), &error), 0);
        QCOMPARE(library->lastError().kind, LibraryError::Kind::InvalidArgument);
        QCOMPARE(library->resolveDigest(QStringLiteral("2022-02-30"), &error), 0);

        loaded.setTitle(QStringLiteral("renamed"));
        loaded.setFooter(QStringLiteral("新的页脚"));
        QVERIFY(library->updateDigestHeader(loaded, &error));
        Digest again;
        QVERIFY(library->loadDigest(second, &again));
        QCOMPARE(again.title(), QStringLiteral("renamed"));
        QCOMPARE(again.footer(), QStringLiteral("新的页脚"));
        QCOMPARE(again.entries(), loaded.entries());

        const qint64 entryId = again.entries().first().id();
        QVERIFY(library->deleteDigest(second, &error));
        QVERIFY(!library->loadDigest(second, &again, &error));
        DigestEntry gone;
        QVERIFY(!library->loadEntry(entryId, &gone)); // entries go with their digest
        QCOMPARE(library->lastError().kind, LibraryError::Kind::NotFound);
        QVERIFY(!library->deleteDigest(second, &error));
        QCOMPARE(library->digests().size(), 2);
    }

    void entryPositions_data() { backends(); }
    void entryPositions()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2022, 10, 14));
        QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        for (const QString &name : names) {
            const DigestEntry stored = library->appendEntry(digest, makeEntry(name, name, name));
            QVERIFY(stored.id() > 0);
            QCOMPARE(stored.revision(), 1);
        }
        auto order = [&] {
            Digest d;
            library->loadDigest(digest, &d);
            QStringList ids;
            for (const DigestEntry &e : d.entries())
                ids.append(e.arxivId());
            return ids.join(QString());
        };
        QCOMPARE(order(), QStringLiteral("abc"));
        QVERIFY(library->insertEntry(digest, 2, makeEntry(QStringLiteral("x"), QString(), QString())).id() >
                0);
        QCOMPARE(order(), QStringLiteral("axbc"));
        QVERIFY(library->insertEntry(digest, 1, makeEntry(QStringLiteral("y"), QString(), QString())).id() >
                0);
        QCOMPARE(order(), QStringLiteral("yaxbc"));
        QString error;
        QCOMPARE(library->insertEntry(digest, 9, makeEntry(QStringLiteral("z"), QString(), QString()), &error)
                     .id(),
                 0);
        QVERIFY2(error.contains(QStringLiteral("Position 9")), qPrintable(error));
        QVERIFY(library->moveEntry(digest, 1, 5, &error));
        QCOMPARE(order(), QStringLiteral("axbcy"));
        QVERIFY(library->moveEntry(digest, 4, 2, &error));
        QCOMPARE(order(), QStringLiteral("acxby"));
        QVERIFY(!library->moveEntry(digest, 0, 2, &error));
        QVERIFY(!library->moveEntry(digest, 2, 6, &error));
        QVERIFY2(error.contains(QStringLiteral("has 5 entries")), qPrintable(error));
        QCOMPARE(order(), QStringLiteral("acxby"));
        QVERIFY(library->removeEntry(library->entryIdAt(digest, 3), &error));
        QCOMPARE(order(), QStringLiteral("acby"));
        // Positions stay 1..n: the entry at 4 is the last one.
        DigestEntry last;
        QVERIFY(library->loadEntry(library->entryIdAt(digest, 4), &last));
        QCOMPARE(last.arxivId(), QStringLiteral("y"));
        QCOMPARE(library->entryIdAt(digest, 5, &error), 0);
        QVERIFY(!library->removeEntry(987654, &error));
        QCOMPARE(
            library->appendEntry(987654, makeEntry(QStringLiteral("q"), QString(), QString()), &error).id(),
            0);
        QVERIFY2(error.contains(QStringLiteral("no digest 987654")), qPrintable(error));
    }

    void revisionsAndConflicts_data() { backends(); }
    void revisionsAndConflicts()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2022, 10, 14));
        const DigestEntry entry =
            library->appendEntry(digest, makeEntry(QStringLiteral("2210.06441"), QStringLiteral("Title"),
                                                   QStringLiteral("原标题")));

        SaveResult r =
            library->saveField(entry.id(), 1, DigestEntry::Field::ZhTitle, QStringLiteral("我的标题"));
        QVERIFY2(r.saved(), qPrintable(r.error));
        QCOMPARE(r.revision, 2);
        // Someone saving on top of revision 1 now is stale: a conflict with both texts, nothing overwritten.
        r = library->saveField(entry.id(), 1, DigestEntry::Field::ZhTitle, QStringLiteral("他的标题"));
        QVERIFY(r.isConflict());
        QCOMPARE(r.revision, 2);
        QCOMPARE(r.theirs.zhTitle(), QStringLiteral("我的标题"));
        QCOMPARE(r.ours.zhTitle(), QStringLiteral("他的标题"));
        QCOMPARE(r.ours.title(), QStringLiteral("Title"));
        DigestEntry stored;
        QVERIFY(library->loadEntry(entry.id(), &stored));
        QCOMPARE(stored.zhTitle(), QStringLiteral("我的标题"));
        QCOMPARE(stored.revision(), 2);
        // The same text on a stale revision is no conflict.
        r = library->saveField(entry.id(), 1, DigestEntry::Field::ZhTitle, QStringLiteral("我的标题"));
        QVERIFY(r.saved());
        QCOMPARE(r.revision, 2);

        r = library->saveStatus(entry.id(), 2, DigestEntry::Status::Translated);
        QVERIFY(r.saved());
        QCOMPARE(r.revision, 3);
        r = library->saveStatus(entry.id(), 2, DigestEntry::Status::Reviewed);
        QVERIFY(r.isConflict());
        QCOMPARE(r.theirs.status(), DigestEntry::Status::Translated);
        QCOMPARE(r.ours.status(), DigestEntry::Status::Reviewed);

        QVERIFY(library->loadEntry(entry.id(), &stored));
        DigestEntry edited = stored;
        edited.setZhSummary(QStringLiteral("整条保存"));
        edited.setTag(QStringLiteral("CV"));
        edited.setVersion(3);
        edited.setStatus(DigestEntry::Status::Reviewed);
        r = library->saveEntry(edited);
        QVERIFY2(r.saved(), qPrintable(r.error));
        QCOMPARE(r.revision, 4);
        QVERIFY(library->loadEntry(entry.id(), &stored));
        QCOMPARE(stored, edited);
        QCOMPARE(stored.revision(), 4);
        edited.setZhSummary(QStringLiteral("过期的保存"));
        r = library->saveEntry(edited); // still based on revision 3
        QVERIFY(r.isConflict());
        QCOMPARE(r.theirs.zhSummary(), QStringLiteral("整条保存"));
        QCOMPARE(r.ours.zhSummary(), QStringLiteral("过期的保存"));

        r = library->saveField(424242, 1, DigestEntry::Field::Title, QStringLiteral("x"));
        QCOMPARE(r.status, SaveResult::Status::Error);
        QVERIFY2(r.error.contains(QStringLiteral("no entry 424242")), qPrintable(r.error));
        // Moving an entry is not an edit of its text: its revision stays.
        library->appendEntry(digest, makeEntry(QStringLiteral("b"), QString(), QString()));
        QVERIFY(library->moveEntry(digest, 1, 2));
        QVERIFY(library->loadEntry(entry.id(), &stored));
        QCOMPARE(stored.revision(), 4);
    }

    void papersAndAffiliations_data() { backends(); }
    void papersAndAffiliations()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        Paper v2;
        v2.setId(QStringLiteral("2210.06441"));
        v2.setVersion(2);
        v2.setTitle(QStringLiteral("How Much Data Are Augmentations Worth?"));
        v2.setAuthors({QStringLiteral("Jonas Geiping"), QStringLiteral("Micah Goldblum")});
        v2.setAffiliations({QStringLiteral("University of Maryland"), QString()});
        v2.setAbstract(QStringLiteral("Despite the clear performance benefits..."));
        v2.setPrimaryCategory(QStringLiteral("cs.LG"));
        v2.setCategories({QStringLiteral("cs.LG"), QStringLiteral("cs.CV")});
        v2.setPublished(QDateTime(QDate(2022, 10, 12), QTime(17, 59, 0), Qt::UTC));
        v2.setUpdated(QDateTime(QDate(2022, 10, 14), QTime(9, 0, 0), Qt::UTC));
        v2.setComment(QStringLiteral("Code: https://github.com/"));
        v2.setDoi(QStringLiteral("10.1000/x"));
        v2.setAbsUrl(QStringLiteral("http://arxiv.org/abs/2210.06441v2"));
        v2.setPdfUrl(QStringLiteral("http://arxiv.org/pdf/2210.06441v2"));
        Paper v1 = v2;
        v1.setVersion(1);
        v1.setTitle(QStringLiteral("Old title"));

        QString error;
        QVERIFY2(library->storePapers({v1}, &error), qPrintable(error));
        QVERIFY2(library->storePapers({v2}, &error), qPrintable(error));
        QVERIFY(library->storePapers({v1}, &error)); // an older listing does not win
        Paper found;
        QVERIFY(library->findPaper(QStringLiteral("2210.06441"), &found));
        QCOMPARE(found, v2);
        QVERIFY(library->findPaper(QStringLiteral("2210.06441v1"), &found)); // any version finds the paper
        QVERIFY(!library->findPaper(QStringLiteral("2210.99999"), &found));
        Paper noId;
        QVERIFY(!library->storePapers({noId}, &error));

        QVERIFY(library->rememberedAffiliations(QStringLiteral("Jonas Geiping")).isEmpty());
        QVERIFY(library->rememberAffiliation(QStringLiteral("Jonas Geiping"), QStringLiteral("UMD"), &error));
        QVERIFY(
            library->rememberAffiliation(QStringLiteral("Jonas Geiping"), QStringLiteral("ELLIS"), &error));
        QCOMPARE(library->rememberedAffiliations(QStringLiteral("Jonas Geiping")),
                 (QStringList{QStringLiteral("ELLIS"), QStringLiteral("UMD")}));
        QVERIFY(library->rememberAffiliation(QStringLiteral("Jonas Geiping"), QStringLiteral("UMD"), &error));
        QCOMPARE(library->rememberedAffiliations(QStringLiteral("Jonas Geiping")),
                 (QStringList{QStringLiteral("UMD"), QStringLiteral("ELLIS")}));
        QVERIFY(library->rememberedAffiliations(QStringLiteral("Micah Goldblum")).isEmpty());
        QVERIFY(
            !library->rememberAffiliation(QStringLiteral("Micah Goldblum"), QStringLiteral("  "), &error));
    }

    void featuredBefore_data() { backends(); }
    void featuredBefore()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 older = library->createDigest(QDate(2022, 10, 14));
        const qint64 newer = library->createDigest(QDate(2022, 10, 20));
        const qint64 today = library->createDigest(QDate(2022, 11, 1));
        DigestEntry e = makeEntry(QStringLiteral("2210.06441"), QStringLiteral("t"), QStringLiteral("t"));
        library->appendEntry(older, makeEntry(QStringLiteral("2210.00001"), QString(), QString()));
        library->appendEntry(older, e);
        e.setVersion(3);
        library->appendEntry(newer, e);
        library->appendEntry(today, e);

        const QVector<FeaturedIn> history = library->featuredIn(QStringLiteral("2210.06441v4"), today);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).digestId, newer);
        QCOMPARE(history.at(0).date, QDate(2022, 10, 20));
        QCOMPARE(history.at(0).position, 1);
        QCOMPARE(history.at(0).version, 3);
        QCOMPARE(history.at(1).digestId, older);
        QCOMPARE(history.at(1).position, 2);
        QCOMPARE(history.at(1).version, 1);
        QCOMPARE(library->featuredIn(QStringLiteral("2210.06441")).size(), 3);
        QVERIFY(library->featuredIn(QStringLiteral("2210.99999")).isEmpty());
    }

    void glossary_data() { backends(); }
    void glossary()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        GlossaryTerm diffusion(QStringLiteral("diffusion model"), QStringLiteral("扩散模型"));
        GlossaryTerm augmentation(QStringLiteral("Augmentation"), QStringLiteral("增强"),
                                  QStringLiteral("数据增强"));
        QString error;
        QVERIFY2(library->addGlossaryTerm(&diffusion, &error), qPrintable(error));
        QVERIFY(library->addGlossaryTerm(&augmentation, &error));
        QVERIFY(diffusion.id() > 0 && augmentation.id() > diffusion.id());
        QCOMPARE(library->glossaryTerms(), (QVector<GlossaryTerm>{augmentation, diffusion}));
        diffusion.setChinese(QStringLiteral("扩散模型(DM)"));
        QVERIFY(library->updateGlossaryTerm(diffusion, &error));
        QCOMPARE(library->glossaryTerms().at(1).chinese(), QStringLiteral("扩散模型(DM)"));
        QVERIFY(library->removeGlossaryTerm(augmentation.id(), &error));
        QCOMPARE(library->glossaryTerms(), QVector<GlossaryTerm>{diffusion});
        QVERIFY(!library->removeGlossaryTerm(augmentation.id(), &error));
        QCOMPARE(library->lastError().kind, LibraryError::Kind::NotFound);
        GlossaryTerm blank;
        QVERIFY(!library->addGlossaryTerm(&blank, &error));
    }

    void entryImages_data() { backends(); }
    void entryImages()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 digest = library->createDigest(QDate(2022, 10, 14));
        const DigestEntry entry =
            library->appendEntry(digest, makeEntry(QStringLiteral("a"), QString(), QString()));
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(3000, '\0');
        const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(5000, '\x7f');
        QString error;
        const qint64 first = library->addImage(entry.id(), png, QStringLiteral("image/png"), &error);
        QVERIFY2(first > 0, qPrintable(error));
        const qint64 second = library->addImage(entry.id(), jpeg, QStringLiteral("image/jpeg"), &error);
        QVERIFY(second > 0);
        QCOMPARE(library->addImage(entry.id(), png, QStringLiteral("text/plain"), &error), 0);
        QCOMPARE(library->addImage(99999, png, QStringLiteral("image/png"), &error), 0);

        QVector<EntryImage> images = library->images(entry.id());
        QCOMPARE(images.size(), 2);
        QCOMPARE(images.at(0).data, png);
        QCOMPARE(images.at(0).mimeType, QStringLiteral("image/png"));
        QCOMPARE(images.at(1).data, jpeg);
        QCOMPARE(images.at(1).position, 2);

        QVERIFY(library->reorderImages(entry.id(), {second, first}, &error));
        images = library->images(entry.id());
        QCOMPARE(images.at(0).id, second);
        QCOMPARE(images.at(1).id, first);
        QVERIFY(!library->reorderImages(entry.id(), {second}, &error)); // every image, exactly once
        QVERIFY(library->removeImage(second, &error));
        images = library->images(entry.id());
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.at(0).position, 1);
        QVERIFY(library->removeEntry(entry.id(), &error));
        QVERIFY(library->images(entry.id()).isEmpty());
    }

    void search_data() { backends(); }
    void search()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        const qint64 older = library->createDigest(QDate(2022, 10, 14));
        const qint64 newer = library->createDigest(QDate(2022, 10, 15));
        const DigestEntry augment = library->appendEntry(
            older,
            makeEntry(QStringLiteral("2210.06441"),
                      QStringLiteral("How Much Data Are Augmentations Worth? Implicit Regularization"),
                      QStringLiteral("数据增强相当于增加了多少数据?对缩放率、不变性和隐式正则化的研究"),
                      QStringLiteral("尽管数据增强带来了明显的性能提升,但人们对其为何如此有效知之甚少。")));
        DigestEntry audio =
            makeEntry(QStringLiteral("2210.07000"), QStringLiteral("Diffusion models for audio"),
                      QStringLiteral("用于音频的扩散模型"),
                      QStringLiteral("我们研究了扩散模型在语音合成中的数据效率。"));
        audio.setAbstract(QStringLiteral("We study implicit regularization in diffusion models for audio."));
        library->appendEntry(newer, makeEntry(QStringLiteral("2210.00001"), QStringLiteral("Unrelated"),
                                              QStringLiteral("无关")));
        audio = library->appendEntry(newer, audio);
        Paper paper;
        paper.setId(QStringLiteral("2210.09999"));
        paper.setVersion(1);
        paper.setTitle(QStringLiteral("Graph neural networks for molecules"));
        paper.setAuthors({QStringLiteral("Ada Lovelace")});
        paper.setAbstract(QStringLiteral("Molecules are graphs."));
        Paper covered;
        covered.setId(QStringLiteral("2210.06441"));
        covered.setVersion(1);
        covered.setTitle(QStringLiteral("How Much Data Are Augmentations Worth?"));
        QVERIFY(library->storePapers({paper, covered}, nullptr));

        QString error;
        QVector<SearchHit> hits = library->search(QStringLiteral("augmentations"), 50, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 1); // the entry; the stored paper it shows is not listed again
        QCOMPARE(hits.at(0).digestId, older);
        QCOMPARE(hits.at(0).digestDate, QDate(2022, 10, 14));
        QCOMPARE(hits.at(0).position, 1);
        QCOMPARE(hits.at(0).entryId, augment.id());
        QCOMPARE(hits.at(0).arxivId, QStringLiteral("2210.06441"));
        QCOMPARE(hits.at(0).field, QStringLiteral("title"));
        QVERIFY2(hits.at(0).snippet.contains(QStringLiteral("Augmentations")),
                 qPrintable(hits.at(0).snippet));
        QCOMPARE(hits.at(0).snippet.mid(hits.at(0).matchStart, hits.at(0).matchLength),
                 QStringLiteral("Augmentations"));
        QCOMPARE(library->search(QStringLiteral("AUGMENTATIONS")).size(), 1);

        // Chinese of three characters and more goes through the trigram index...
        hits = library->search(QStringLiteral("数据增强"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).field, QStringLiteral("zh_title"));
        hits = library->search(QStringLiteral("扩散模型"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).entryId, audio.id());
        QCOMPARE(hits.at(0).position, 2);
        // ... and one or two characters too.
        hits = library->search(QStringLiteral("扩散"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).entryId, audio.id());
        QCOMPARE(library->search(QStringLiteral("音")).size(), 1);
        // Ranked: a title match comes before a summary match.
        hits = library->search(QStringLiteral("数据"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).entryId, augment.id());
        QCOMPARE(hits.at(1).entryId, audio.id());
        QCOMPARE(hits.at(1).field, QStringLiteral("zh_summary"));
        QVERIFY(hits.at(0).rank > hits.at(1).rank);
        hits = library->search(QStringLiteral("implicit regularization"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).entryId, augment.id());
        QCOMPARE(hits.at(1).field, QStringLiteral("abstract"));
        // Every term must match.
        hits = library->search(QStringLiteral("diffusion audio"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).entryId, audio.id());
        QCOMPARE(library->search(QStringLiteral("扩散 增强")).size(), 0);
        // Papers of the library that no digest shows.
        hits = library->search(QStringLiteral("molecules"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).digestId, 0);
        QCOMPARE(hits.at(0).arxivId, QStringLiteral("2210.09999"));
        QCOMPARE(hits.at(0).field, QStringLiteral("title"));
        QCOMPARE(library->search(QStringLiteral("Lovelace")).at(0).field, QStringLiteral("authors"));
        // Characters that mean something to SQL or FTS5 are just text.
        QVERIFY(library->search(QStringLiteral("\"%_ OR *")).isEmpty());
        QVERIFY(!library->lastError().isError());
        QVERIFY(library->search(QStringLiteral("   ")).isEmpty());

        // The index follows edits and removals.
        const SaveResult r = library->saveField(audio.id(), audio.revision(), DigestEntry::Field::ZhTitle,
                                                QStringLiteral("全新的标题"));
        QVERIFY(r.saved());
        QCOMPARE(library->search(QStringLiteral("全新的标题")).size(), 1);
        QCOMPARE(library->search(QStringLiteral("用于音频")).size(), 0);
        QVERIFY(library->removeEntry(audio.id()));
        QCOMPARE(library->search(QStringLiteral("全新的标题")).size(), 0);
        QCOMPARE(library->search(QStringLiteral("扩散")).size(), 0);
    }

    void changesByOthersAreAnnounced_data() { backends(); }
    void changesByOthersAreAnnounced()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(mine, location);
        OPEN_LIBRARY(theirs, location);
        const qint64 digest = mine->createDigest(QDate(2022, 10, 14));
        const DigestEntry entry =
            mine->appendEntry(digest, makeEntry(QStringLiteral("a"), QString(), QString()));
        QSignalSpy mineEntries(mine.get(), &Library::entryChanged);
        QSignalSpy mineDigests(mine.get(), &Library::digestChanged);
        QSignalSpy theirDigests(theirs.get(), &Library::digestChanged);
        QSignalSpy theirEntries(theirs.get(), &Library::entryChanged);
        QTest::qWait(200); // the creation above is not announced late

        QVERIFY(
            theirs->saveField(entry.id(), 1, DigestEntry::Field::ZhTitle, QStringLiteral("他们的")).saved());
        QVERIFY(mineEntries.wait(5000));
        QCOMPARE(mineEntries.first().at(0).toLongLong(), digest);
        QCOMPARE(mineEntries.first().at(1).toLongLong(), entry.id());
        QVERIFY(theirs->appendEntry(digest, makeEntry(QStringLiteral("b"), QString(), QString())).id() > 0);
        QVERIFY(mineDigests.wait(5000));
        QCOMPARE(mineDigests.last().at(0).toLongLong(), digest);

        // Our own writes are not announced back to us.
        QVERIFY(mine->moveEntry(digest, 1, 2));
        QVERIFY(theirDigests.wait(5000));
        QTest::qWait(300);
        QCOMPARE(mineEntries.size(), 1);
        QCOMPARE(mineDigests.size(), 1);
        QCOMPARE(theirEntries.size(), 0);

        // Another process: the open window hears of it without a restart.
        // (A connection that just read something must still hear it: mine reads last.)
        DigestEntry current;
        QVERIFY(mine->loadEntry(entry.id(), &current));
        QProcess other;
        other.start(QStringLiteral(LIBRARY_WRITER_PATH),
                    {QStringLiteral("save"), location, QString::number(entry.id()),
                     QString::number(current.revision()), QStringLiteral("另一个进程")});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        QVERIFY(mineEntries.size() > 1 || mineEntries.wait(5000));
        QCOMPARE(mineEntries.last().at(1).toLongLong(), entry.id());
        QVERIFY(mine->loadEntry(entry.id(), &current));
        QCOMPARE(current.zhSummary(), QStringLiteral("另一个进程"));
    }

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
        QString integrity;
        QVERIFY2(library->checkIntegrity(&integrity), qPrintable(integrity));
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
