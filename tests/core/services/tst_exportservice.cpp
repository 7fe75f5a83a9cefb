// ExportService on a real SQLite library: what lands beside a text post (the Weibo thread's images, each
// entry's first figure by position, an entry without an arXiv id included), the image format, a stream, the
// untouched-drafts warning, the `exported` notification, and a failed write that notifies nothing.
#include "formats/digestimporter.h"
#include "scratchlibraries.h"
#include "services/exportservice.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace DigestStudio;

namespace {

QByteArray encoded(const QColor &colour, const char *format)
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportService final : public QObject
{
    Q_OBJECT

private:
    Test::ScratchLibraries m_libraries;
    std::unique_ptr<Library> m_library;
    Digest m_digest;
    QByteArray m_png;  // entry 1's first figure
    QByteArray m_jpeg; // entry 3's, an entry without an arXiv id

private Q_SLOTS:
    void initTestCase()
    {
        m_library = Library::open(m_libraries.create(QStringLiteral("sqlite")));
        QVERIFY(m_library);
        Digest digest =
            DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
        QVERIFY(digest.entryCount() >= 3);
        digest.setDate(QDate(2022, 10, 14));
        // An OpenReview paper: no arXiv id.
        digest.entries()[2].setArxivId(QString());
        digest.entries()[2].setLink(QStringLiteral("https://openreview.net/forum?id=abc"));
        const qint64 id = m_library->createDigest(digest);
        QVERIFY(id > 0);
        QVERIFY(m_library->loadDigest(id, &m_digest));
        m_png = encoded(Qt::blue, "PNG");
        m_jpeg = encoded(Qt::red, "JPEG");
        QVERIFY(m_library->addImage(m_digest.entries().at(0).id(), m_png, QStringLiteral("image/png")) > 0);
        QVERIFY(m_library->addImage(m_digest.entries().at(0).id(), encoded(Qt::green, "PNG"),
                                    QStringLiteral("image/png")) > 0);
        QVERIFY(m_library->addImage(m_digest.entries().at(2).id(), m_jpeg, QStringLiteral("image/jpeg")) > 0);
    }

    void aTextPostGetsItsThreadImagesAndFiguresBeside()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("thread.txt"));
        ExportService service(m_library.get(), CheckSettings());
        QSignalSpy exported(&service, &ExportService::exported);
        ExportOptions options;
        options.weiboAttachImages = true;
        const ExportService::Outcome outcome =
            service.exportTo(m_digest, QStringLiteral("weibo"), options, target);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(readFile(target).startsWith("(1/"));
        // The first figure of entry 1 (not its second), and entry 3's by its position: 03-figure.jpeg.
        const QString first =
            dir.filePath(QStringLiteral("01-") + m_digest.entries().at(0).arxivId() + QStringLiteral(".png"));
        const QString third = dir.filePath(QStringLiteral("03-figure.jpeg"));
        QCOMPARE(readFile(first), m_png);
        QCOMPARE(readFile(third), m_jpeg);
        // The thread's long images: thread-01.png ..., drawn with the figure.
        QStringList images = QDir(dir.path()).entryList({QStringLiteral("thread-*.png")}, QDir::Files);
        QVERIFY(!images.isEmpty());
        QCOMPARE(images.first(), QStringLiteral("thread-01.png"));
        QVERIFY(!QImage(dir.filePath(images.first())).isNull());
        // Nothing else, and the outcome names every file, the post first.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1 + 2 + images.size());
        QCOMPARE(outcome.written.first(), target);
        QCOMPARE(outcome.written.size(), 1 + 2 + images.size());
        QVERIFY(outcome.written.contains(first) && outcome.written.contains(third));
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(1).toStringList(), outcome.written);
    }

    void withoutAttachedImagesOnlyTheFiguresGoBeside()
    {
        QTemporaryDir dir;
        ExportService service(m_library.get(), CheckSettings());
        const ExportService::Outcome outcome = service.exportTo(
            m_digest, QStringLiteral("markdown"), ExportOptions(), dir.filePath(QStringLiteral("day.md")));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QStringList files = QDir(dir.path()).entryList(QDir::Files);
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("01-") + m_digest.entries().at(0).arxivId() +
                                         QStringLiteral(".png"),
                                     QStringLiteral("03-figure.jpeg"), QStringLiteral("day.md")}));
    }

    void withoutALibraryThePostIsAlone()
    {
        QTemporaryDir dir;
        ExportService service(nullptr, CheckSettings());
        const ExportService::Outcome outcome = service.exportTo(
            m_digest, QStringLiteral("text"), ExportOptions(), dir.filePath(QStringLiteral("post.txt")));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("post.txt")});
    }

    void theImageFormatWritesNumberedImagesOnly()
    {
        QTemporaryDir dir;
        ExportService service(m_library.get(), CheckSettings());
        const ExportService::Outcome outcome = service.exportTo(
            m_digest, QStringLiteral("image"), ExportOptions(), dir.filePath(QStringLiteral("out")));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.written.isEmpty());
        QCOMPARE(QFileInfo(outcome.written.first()).fileName(), QStringLiteral("post-01.png"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files).size(),
                 outcome.written.size());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    void aStreamGetsThePostAloneAndTheWarning()
    {
        Digest digest = m_digest;
        digest.entries()[1].setDraftedBy(QStringLiteral("deepseek-chat"));
        ExportService service(m_library.get(), CheckSettings());
        QSignalSpy exported(&service, &ExportService::exported);
        QString text;
        QTextStream out(&text);
        ExportOptions options;
        options.weiboAttachImages = true;
        const ExportService::Outcome outcome =
            service.exportTo(digest, QStringLiteral("weibo"), options, &out);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(text.startsWith(QStringLiteral("(1/")));
        QVERIFY(outcome.written.isEmpty());
        QVERIFY2(outcome.untouchedDrafts.contains(QStringLiteral("deepseek-chat")),
                 qPrintable(outcome.untouchedDrafts));
        QCOMPARE(exported.count(), 1);

        QString none;
        QTextStream images(&none);
        const ExportService::Outcome refused =
            service.exportTo(digest, QStringLiteral("image"), options, &images);
        QVERIFY(!refused.ok);
        QVERIFY(none.isEmpty());
        QCOMPARE(exported.count(), 1);
    }

    void aFailedWriteNotifiesNothing()
    {
        QTemporaryDir dir;
        ExportService service(m_library.get(), CheckSettings());
        QSignalSpy exported(&service, &ExportService::exported);
        const QString target = dir.filePath(QStringLiteral("missing/post.txt"));
        const ExportService::Outcome outcome =
            service.exportTo(m_digest, QStringLiteral("text"), ExportOptions(), target);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.startsWith(QStringLiteral("cannot write ")) && outcome.error.contains(target),
                 qPrintable(outcome.error));
        QCOMPARE(exported.count(), 0);
        const ExportService::Outcome unknown =
            service.exportTo(m_digest, QStringLiteral("pdf"), ExportOptions(), target);
        QVERIFY(!unknown.ok);
        QVERIFY2(unknown.error.contains(QStringLiteral("no format 'pdf'")), qPrintable(unknown.error));
        QCOMPARE(exported.count(), 0);
    }
};

QTEST_MAIN(TestExportService)
#include "tst_exportservice.moc"
