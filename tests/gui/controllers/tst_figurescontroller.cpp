// FiguresController: an image pasted into the strip (Ctrl+V) is stored with the shown entry and shown,
// another entry shows its own figures, Delete removes the selected one, each step undoable; and the preview
// is told when the first figures may have changed.
#include "common/guiresources.h"
#include "common/windowstatusbar.h"
#include "controllers/figurescontroller.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "editor/imagestrip.h"
#include "storage/library.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

using namespace DigestStudio;

namespace {

QByteArray png(Qt::GlobalColor color)
{
    QImage image(30, 20, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A window on a library holding one digest of two papers, the first shown.
struct Window
{
    QTemporaryDir dir; // the library's; goes last
    QWidget widget;
    Workspace *workspace;
    EntryEditor *editor;
    WindowStatusBar *statusBar;
    FiguresController *figures;
    qint64 digestId = 0;

    Window()
        : workspace(new Workspace(dir.filePath(QStringLiteral("figures.sqlite")), &widget))
        , editor(new EntryEditor(&widget))
        , statusBar(new WindowStatusBar(&widget))
        , figures(new FiguresController(workspace, editor, statusBar, &widget))
    {
        editor->setDocument(workspace->document());
        auto *layout = new QVBoxLayout(&widget);
        layout->addWidget(editor);
        layout->addWidget(figures->imageStrip());
        layout->addWidget(statusBar);
        Library *library = workspace->library();
        digestId = library->createDigest(QDate(2026, 11, 28));
        for (int i = 0; i < 2; ++i) {
            DigestEntry entry;
            entry.setArxivId(QStringLiteral("2210.1000%1").arg(i));
            entry.setTitle(QStringLiteral("Paper %1").arg(i));
            library->appendEntry(digestId, entry);
        }
        QString error;
        if (!workspace->openStoredDigest(digestId, &error))
            qWarning("%s", qPrintable(error));
        editor->setCurrentEntry(0);
    }

    ImageStrip *strip() const { return figures->imageStrip(); }

    int storedCount(int row) const
    {
        return static_cast<int>(workspace->library()->images(workspace->document()->entry(row).id()).size());
    }
};

} // namespace

class TestFiguresController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-figures-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void aPastedFigureIsStoredWithTheShownEntry()
    {
        Window window;
        window.widget.show();
        window.widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        QSignalSpy changed(window.figures, &FiguresController::figuresChanged);
        auto *mime = new QMimeData;
        mime->setImageData(QImage::fromData(png(Qt::blue)));
        QApplication::clipboard()->setMimeData(mime);
        window.strip()->setFocus();
        QTest::keyClick(window.strip(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(window.strip()->count(), 1);
        QCOMPARE(window.storedCount(0), 1);
        QVERIFY(changed.count() >= 1);

        // The other entry shows its own (none), and back.
        window.editor->setCurrentEntry(1);
        QCOMPARE(window.strip()->count(), 0);
        window.editor->setCurrentEntry(0);
        QCOMPARE(window.strip()->count(), 1);

        // Delete removes the selected figure; undo brings it back, in the library too.
        window.strip()->setFocus();
        window.strip()->item(0)->setSelected(true);
        QTest::keyClick(window.strip(), Qt::Key_Delete);
        QCOMPARE(window.strip()->count(), 0);
        QCOMPARE(window.storedCount(0), 0);
        window.workspace->document()->undoStack()->undo();
        QCOMPARE(window.strip()->count(), 1);
        QCOMPARE(window.storedCount(0), 1);
    }

    void whatIsNotAnImageIsRefusedInTheStatusBar()
    {
        Window window;
        QSignalSpy changed(window.figures, &FiguresController::figuresChanged);
        Q_EMIT window.strip()->imagesRefused(QStringLiteral("notes.txt is not an image"));
        QCOMPARE(window.statusBar->currentMessage(), QStringLiteral("notes.txt is not an image"));
        QCOMPARE(window.storedCount(0), 0);
        QCOMPARE(changed.count(), 0);
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestFiguresController)
#include "tst_figurescontroller.moc"
