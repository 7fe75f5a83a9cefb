// ImageStore through Library on SQLite and PostgreSQL: adding, ordering and removing an entry's images.
#include "librarytests.h"
#include "scratchlibraries.h"
#include "storage/library.h"

#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::makeEntry;
using DigestStudio::Test::ScratchLibraries;

class TestImageStore final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    static void backends() { Test::addBackendRows(); }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

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
        LibraryError error;
        const qint64 first = library->addImage(entry.id(), png, QStringLiteral("image/png"), &error);
        QVERIFY2(first > 0, qPrintable(error.message));
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
};

QTEST_GUILESS_MAIN(TestImageStore)
#include "tst_imagestore.moc"
