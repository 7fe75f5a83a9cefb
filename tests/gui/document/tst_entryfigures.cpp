// Figures of entries in a real library: adding, removing and reordering are undo steps that keep the library
// in step, and undoing the removal of a paper brings its figures back.
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "document/entryfigures.h"
#include "scratchlibraries.h"
#include "storage/library.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::ScratchLibraries;

#define FRESH_LIBRARY()                                                                                      \
    QFETCH(QString, backend);                                                                                \
    if (!createLibrary(backend)) {                                                                           \
        QFAIL(qPrintable(ScratchLibraries::noServer()));                                                     \
    }

namespace {

QByteArray png(Qt::GlobalColor color)
{
    QImage image(24, 16, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QString Png = QStringLiteral("image/png");

} // namespace

class TestEntryFigures final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;
    std::unique_ptr<Library> m_library;
    qint64 m_digestId = 0;

    bool createLibrary(const QString &backend)
    {
        const QString location = m_scratch.create(backend);
        if (location.isEmpty())
            return false;
        LibraryError error;
        m_library = Library::open(location, &error);
        if (!m_library)
            return false;
        m_digestId = m_library->createDigest(QDate(2026, 11, 29));
        for (int i = 0; i < 2; ++i) {
            DigestEntry entry;
            entry.setArxivId(QStringLiteral("2210.0000%1").arg(i));
            entry.setTitle(QStringLiteral("Paper %1").arg(i));
            m_library->appendEntry(m_digestId, entry);
        }
        return m_digestId > 0;
    }

    // The stored figures of the entry at `row`, as their bytes in order.
    static QVector<QByteArray> stored(const EntryFigures &figures, int row)
    {
        QVector<QByteArray> out;
        for (const EntryImage &image : figures.images(row))
            out.append(image.data);
        return out;
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

private Q_SLOTS:
    void addRemoveAndReorderAreUndoSteps_data() { backends(); }
    void addRemoveAndReorderAreUndoSteps()
    {
        FRESH_LIBRARY();
        DigestDocument doc;
        AutosaveController autosave(m_library.get(), &doc);
        EntryFigures figures(m_library.get(), &doc);
        QString error;
        QVERIFY(autosave.openDigest(m_digestId, &error));
        QSignalSpy changed(&figures, &EntryFigures::figuresChanged);
        const QByteArray red = png(Qt::red);
        const QByteArray blue = png(Qt::blue);

        QVERIFY(figures.add(0, {red, blue}, {Png, Png}));
        QCOMPARE(stored(figures, 0), (QVector<QByteArray>{red, blue}));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(changed.last().first().toInt(), 0);
        // Stored at once: nothing is left unsaved.
        QVERIFY(!doc.isModified());

        QVector<qint64> ids;
        for (const EntryImage &image : figures.images(0))
            ids.prepend(image.id);
        QVERIFY(figures.reorder(0, ids));
        QCOMPARE(stored(figures, 0), (QVector<QByteArray>{blue, red}));
        QVERIFY(figures.remove(0, {ids.first()}));
        QCOMPARE(stored(figures, 0), QVector<QByteArray>{red});
        QCOMPARE(doc.undoStack()->count(), 3);

        // Undo of the removal stores the bytes again where they were.
        doc.undoStack()->undo();
        QCOMPARE(stored(figures, 0), (QVector<QByteArray>{blue, red}));
        doc.undoStack()->undo();
        QCOMPARE(stored(figures, 0), (QVector<QByteArray>{red, blue}));
        doc.undoStack()->undo();
        QCOMPARE(stored(figures, 0), QVector<QByteArray>());
        QVERIFY(!doc.isModified());

        // Redo follows the figures through their new ids.
        doc.undoStack()->redo();
        QCOMPARE(stored(figures, 0), (QVector<QByteArray>{red, blue}));
        doc.undoStack()->redo();
        QCOMPARE(stored(figures, 0), (QVector<QByteArray>{blue, red}));
        doc.undoStack()->redo();
        QCOMPARE(stored(figures, 0), QVector<QByteArray>{red});
        // The other entry was never touched.
        QCOMPARE(stored(figures, 1), QVector<QByteArray>());
    }

    void removingTheMiddleOfThreeAndUndoing_data() { backends(); }
    void removingTheMiddleOfThreeAndUndoing()
    {
        FRESH_LIBRARY();
        DigestDocument doc;
        AutosaveController autosave(m_library.get(), &doc);
        EntryFigures figures(m_library.get(), &doc);
        QString error;
        QVERIFY(autosave.openDigest(m_digestId, &error));
        const QByteArray red = png(Qt::red);
        const QByteArray green = png(Qt::green);
        const QByteArray blue = png(Qt::blue);
        QVERIFY(figures.add(1, {red, green, blue}, {Png, Png, Png}));
        const QVector<EntryImage> images = figures.images(1);
        QVERIFY(figures.remove(1, {images.at(0).id, images.at(2).id}));
        QCOMPARE(stored(figures, 1), QVector<QByteArray>{green});
        doc.undoStack()->undo();
        QCOMPARE(stored(figures, 1), (QVector<QByteArray>{red, green, blue}));
    }

    void undoingThePapersRemovalBringsItsFiguresBack_data() { backends(); }
    void undoingThePapersRemovalBringsItsFiguresBack()
    {
        FRESH_LIBRARY();
        DigestDocument doc;
        AutosaveController autosave(m_library.get(), &doc);
        EntryFigures figures(m_library.get(), &doc);
        connect(&autosave, &AutosaveController::entryStored, &figures, &EntryFigures::restoreFiguresOf);
        QString error;
        QVERIFY(autosave.openDigest(m_digestId, &error));
        const QByteArray red = png(Qt::red);
        const QByteArray blue = png(Qt::blue);
        QVERIFY(figures.add(1, {red, blue}, {Png, Png}));
        const qint64 oldEntry = doc.entry(1).id();

        doc.removeEntries({1});
        QCOMPARE(m_library->images(oldEntry).size(), 0);
        doc.undoStack()->undo();
        QVERIFY(doc.entry(1).id() != 0);
        QCOMPARE(stored(figures, 1), (QVector<QByteArray>{red, blue}));
        // The figures' own step still undoes, through their new ids.
        doc.undoStack()->undo();
        QCOMPARE(stored(figures, 1), QVector<QByteArray>());
        doc.undoStack()->redo();
        doc.undoStack()->redo();
        QCOMPARE(doc.entryCount(), 1);
        doc.undoStack()->undo();
        QCOMPARE(stored(figures, 1), (QVector<QByteArray>{red, blue}));
    }

    void nothingToStoreIsNoStep_data() { backends(); }
    void nothingToStoreIsNoStep()
    {
        FRESH_LIBRARY();
        DigestDocument doc;
        AutosaveController autosave(m_library.get(), &doc);
        EntryFigures figures(m_library.get(), &doc);
        QString error;
        QVERIFY(autosave.openDigest(m_digestId, &error));
        QSignalSpy failed(&figures, &EntryFigures::failed);
        QVERIFY(!figures.add(-1, {png(Qt::red)}, {Png}));
        QVERIFY(!figures.add(0, {QByteArray("not an image")}, {QStringLiteral("text/plain")}));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!figures.remove(0, {12345}));
        QVERIFY(!figures.reorder(0, {}));
        QCOMPARE(doc.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestEntryFigures)
#include "tst_entryfigures.moc"
