// ExportController: File ▸ Export… of a Weibo thread writes its long images beside it, the preview's Save
// writes each entry's first figure beside the post, a format that does not exist changes nothing, and every
// digest that leaves the window (exported, saved, copied) is announced for the suggestions to learn from;
// publishing stops when the last changes cannot be saved.
#include "common/guiresources.h"
#include "common/windowstatusbar.h"
#include "controllers/exportcontroller.h"
#include "dialogs/publishwechatdialog.h"
#include "docks/previewdock.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "formats/digestimporter.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace DigestStudio;

namespace {

struct Window
{
    QTemporaryDir dir; // the library's and the exports'; goes last
    QNetworkAccessManager network;
    QWidget widget;
    Workspace *workspace;
    WindowStatusBar *statusBar;
    ExportController *exporter;

    Window()
        : workspace(new Workspace(dir.filePath(QStringLiteral("export.sqlite")), &widget))
        , statusBar(new WindowStatusBar(&widget))
        , exporter(new ExportController(workspace, &network, QUrl(QStringLiteral("http://127.0.0.1:1/")),
                                        statusBar, &widget))
    {}

    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }
};

Digest sample()
{
    return DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
}

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

// Presses `button` of the next message box as soon as it is shown, with a real mouse click; the text it
// showed goes to `shown`.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *shown)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        *shown = box->text();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    poll->start(20);
}

} // namespace

class TestExportController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-export-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void aWeiboThreadCarriesItsImagesBesideIt()
    {
        Window window;
        window.workspace->openUnstoredDigest(sample());
        QSignalSpy exported(window.exporter, &ExportController::digestExported);
        ExportOptions options;
        options.weiboAttachImages = true;
        options.imageScale = 1;
        QStringList written;
        QString error;
        QVERIFY2(window.exporter->exportTo(QStringLiteral("weibo"), options, window.path("thread.txt"),
                                           &written, &error),
                 qPrintable(error));
        QVERIFY2(written.size() >= 2, qPrintable(written.join(QLatin1Char(' '))));
        QCOMPARE(written.first(), window.path("thread.txt"));
        QCOMPARE(written.at(1), window.path("thread-01.png"));
        for (const QString &file : written)
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QVERIFY(!QImage(written.at(1)).isNull());
        QCOMPARE(exported.count(), 1);
    }

    void aFormatThatDoesNotExistChangesNothing()
    {
        Window window;
        window.workspace->openUnstoredDigest(sample());
        QSignalSpy exported(window.exporter, &ExportController::digestExported);
        QStringList written;
        QString error;
        QVERIFY(!window.exporter->exportTo(QStringLiteral("pdf"), ExportOptions(), window.path("day.pdf"),
                                           &written, &error));
        QVERIFY2(error.contains(QStringLiteral("'pdf'")), qPrintable(error));
        QVERIFY(written.isEmpty());
        QVERIFY(!QFileInfo::exists(window.path("day.pdf")));
        QCOMPARE(exported.count(), 0);
    }

    // As digestctl export: a proposal of the morning run that no one kept or dropped stops the export; the
    // person is asked, Cancel writes nothing, Export Anyway writes the post.
    void anUndecidedProposalIsAskedAboutFirst()
    {
        Window window;
        Library *library = window.workspace->library();
        QVERIFY(library);
        const qint64 digestId = library->createDigest(QDate(2026, 11, 28));
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2210.06441"));
        entry.setTitle(QStringLiteral("How Much Data Are Augmentations Worth?"));
        entry.setProposal(87, {QStringLiteral("term \"augmentation\"")});
        library->appendEntry(digestId, entry);
        QString error;
        QVERIFY2(window.workspace->openStoredDigest(digestId, &error), qPrintable(error));
        QSignalSpy exported(window.exporter, &ExportController::digestExported);
        QStringList written;
        QString asked;

        answerNextMessageBox(QMessageBox::Cancel, &asked);
        QVERIFY(!window.exporter->exportTo(QStringLiteral("markdown"), ExportOptions(), window.path("day.md"),
                                           &written, &error));
        QVERIFY2(asked.contains(QStringLiteral("2210.06441")) && asked.contains(QStringLiteral("proposal")),
                 qPrintable(asked));
        QVERIFY(!QFileInfo::exists(window.path("day.md")));
        QCOMPARE(exported.count(), 0);

        answerNextMessageBox(QMessageBox::Yes, &asked);
        QVERIFY2(window.exporter->exportTo(QStringLiteral("markdown"), ExportOptions(), window.path("day.md"),
                                           &written, &error),
                 qPrintable(error));
        QVERIFY(QFileInfo::exists(window.path("day.md")));
        QCOMPARE(exported.count(), 1);
    }

    void thePreviewsSaveWritesTheFirstFiguresBesideThePost()
    {
        Window window;
        Library *library = window.workspace->library();
        QVERIFY(library);
        const qint64 digestId = library->createDigest(QDate(2026, 11, 28));
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2210.06441"));
        entry.setTitle(QStringLiteral("How Much Data Are Augmentations Worth?"));
        const qint64 entryId = library->appendEntry(digestId, entry).id();
        const QByteArray red = png(Qt::red);
        QVERIFY(library->addImage(entryId, red, QStringLiteral("image/png")) != 0);
        library->addImage(entryId, png(Qt::blue), QStringLiteral("image/png"));
        QString error;
        QVERIFY2(window.workspace->openStoredDigest(digestId, &error), qPrintable(error));
        window.exporter->refreshFigures();
        window.exporter->refreshPreview();

        PreviewDock *preview = window.exporter->previewDock();
        QCOMPARE(preview->objectName(), QStringLiteral("previewDock"));
        preview->setCurrentFormat(QStringLiteral("markdown"));
        QSignalSpy exported(window.exporter, &ExportController::digestExported);
        QVERIFY2(window.exporter->savePreview(window.path("post.md"), &error), qPrintable(error));
        QFile figure(window.path("01-2210.06441.png"));
        QVERIFY(figure.open(QIODevice::ReadOnly));
        QCOMPARE(figure.readAll(), red); // the first figure, as stored
        QCOMPARE(window.statusBar->currentMessage(), QStringLiteral("Saved ") + window.path("post.md"));
        QCOMPARE(exported.count(), 1);
    }

    // Publishing stores the last keystrokes first. When they cannot be stored (another program holds the
    // library's write lock past the busy timeout), nothing is published and the save error is shown.
    void publishingStopsWhenTheLastChangesCannotBeSaved()
    {
        Window window;
        Library *library = window.workspace->library();
        QVERIFY(library);
        const qint64 digestId = library->createDigest(QDate(2026, 11, 28));
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2210.06441"));
        entry.setTitle(QStringLiteral("How Much Data Are Augmentations Worth?"));
        library->appendEntry(digestId, entry);
        QString error;
        QVERIFY2(window.workspace->openStoredDigest(digestId, &error), qPrintable(error));
        {
            QSqlDatabase locker =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            locker.setDatabaseName(window.path("export.sqlite"));
            QVERIFY(locker.open());
            QSqlQuery begin(locker);
            QVERIFY2(begin.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(begin.lastError().text()));
            window.workspace->document()->setField(0, DigestEntry::Field::ZhTitle,
                                                   QStringLiteral("锁住时写的"));
            QSignalSpy started(window.exporter, &ExportController::publishingStarted);
            window.exporter->publishToWeChat();
            QCOMPARE(started.count(), 0);
            QVERIFY(!window.widget.findChild<PublishWeChatDialog *>());
            auto *box = window.widget.findChild<QMessageBox *>(QStringLiteral("notPublishedMessage"));
            QVERIFY(box);
            QVERIFY2(box->text().contains(QStringLiteral("nothing was published")), qPrintable(box->text()));
            QVERIFY2(box->text().contains(QStringLiteral("write lock")), qPrintable(box->text()));
            QCOMPARE(box->textFormat(), Qt::PlainText);
            QVERIFY(window.statusBar->currentMessage().contains(QStringLiteral("write lock")));
            QSqlQuery(locker).exec(QStringLiteral("ROLLBACK"));
            locker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        // The text was kept: once the lock is gone it is stored.
        QVERIFY(window.workspace->autosave()->saveNow());
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
