// IntakeController in its window: papers dropped or pasted by id, chosen in the lookup panel, or known to the
// library; entries added by id only filled in from a loopback arXiv as one undo step; and what went wrong
// said in the status bar.
#include "app/mainwindow.h"
#include "arxiv/arxivlane.h"
#include "arxiv/arxivlookupclient.h"
#include "common/guiresources.h"
#include "controllers/intakecontroller.h"
#include "docks/lookuppanel.h"
#include "document/digestdocument.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "loopbackhttpserver.h"
#include "memorypaperstore.h"
#include "model/paper.h"
#include "services/arxivservice.h"
#include "services/paperintake.h"
#include "storage/library.h"
#include "testsupport.h"
#include "util/requestscheduler.h"
#include "windowparts.h"

#include <QApplication>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

namespace {

Digest makeDigest(int count)
{
    Digest digest;
    digest.setDate(QDate(2026, 11, 29));
    for (int i = 0; i < count; ++i) {
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2210.1000%1").arg(i));
        entry.setTag(QStringLiteral("LG"));
        entry.setTitle(QStringLiteral("Paper %1").arg(i));
        digest.entries().append(entry);
    }
    return digest;
}

// Ctrl+Z as the user presses it, in the paper list of the (shown, active) window; true when it reached
// Edit ▸ Undo.
bool pressUndo(MainWindow &window)
{
    if (!window.isActiveWindow()) {
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
    }
    Test::paperView(window)->setFocus();
    QSignalSpy triggered(Test::action(window, "undoAction"), &QAction::triggered);
    QTest::keyClick(Test::paperView(window), Qt::Key_Z, Qt::ControlModifier);
    return triggered.count() == 1;
}

std::unique_ptr<Library> openLibrary(const QString &path)
{
    LibraryError error;
    auto library = Library::open(path, &error);
    if (!library)
        qWarning("%s", qPrintable(error.message));
    return library;
}

} // namespace

class TestIntakeController final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A fresh library file for one test.
    QString newLibrary()
    {
        static int n = 0;
        return m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++n));
    }

    // A library holding one digest of `count` papers; returns its path.
    QString libraryWithDigest(int count, qint64 *digestId = nullptr)
    {
        const QString path = newLibrary();
        auto library = openLibrary(path);
        const qint64 id = library->createDigest(QDate(2026, 11, 28));
        const Digest digest = makeDigest(count);
        for (const DigestEntry &entry : digest.entries())
            library->appendEntry(id, entry);
        if (digestId)
            *digestId = id;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-intake-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void droppedIdIsFilledInFromTheLoopbackArxiv()
    {
        Test::LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/api/query"),
                     Test::LoopbackHttpServer::ok(Test::fixture(QStringLiteral("arxiv/api-three.xml")),
                                                  QByteArrayLiteral("application/atom+xml")));
        MainWindow window(Test::launchOn(newLibrary()));
        ArxivService *arxiv = Test::part<ArxivService>(window, "arxivService");
        arxiv->lookupClient()->setApiUrl(server.url(QStringLiteral("/api/query")));
        arxiv->scheduler()->setLane(ArxivLane::name(), ArxivLane::lane(50));
        Test::action(window, "newDigestAction")->trigger();
        QMimeData mime;
        mime.setText(QStringLiteral("see https://arxiv.org/abs/2210.06441v2 for details"));
        QAbstractItemModel *model = Test::paperView(window)->model();
        QVERIFY(model->dropMimeData(&mime, Qt::CopyAction, 0, 0, QModelIndex()));
        QCOMPARE(Test::document(window)->entryCount(), 1);
        QVERIFY(Test::document(window)->entry(0).title().isEmpty());
        // The answer fills the empty fields: title, tag, authors line, abstract.
        QTRY_VERIFY_WITH_TIMEOUT(!Test::document(window)->entry(0).title().isEmpty(), 10000);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(server.requests()
                    .first()
                    .query.queryItemValue(QStringLiteral("id_list"))
                    .contains(QStringLiteral("2210.06441")));
        QCOMPARE(Test::document(window)->entry(0).tag(), QStringLiteral("LG"));
        QVERIFY(!Test::document(window)->entry(0).authorsLine().isEmpty());
        QVERIFY(!Test::document(window)->entry(0).abstract().isEmpty());
        // One undo step takes the filling back, another the paper.
        QVERIFY(pressUndo(window));
        QVERIFY(Test::document(window)->entry(0).title().isEmpty());
        QVERIFY(pressUndo(window));
        QCOMPARE(Test::document(window)->entryCount(), 0);
    }

    void papersChosenInTheLookupPanelAreAdded()
    {
        MainWindow window(Test::launchOn(newLibrary()));
        Test::action(window, "newDigestAction")->trigger();
        Paper paper;
        paper.setId(QStringLiteral("2210.05337"));
        paper.setVersion(1);
        paper.setTitle(QStringLiteral("SGD with large step sizes learns sparse features"));
        paper.setAuthors({QStringLiteral("Maksym Andriushchenko"), QStringLiteral("Nicolas Flammarion")});
        paper.setPrimaryCategory(QStringLiteral("stat.ML"));
        LookupPanel *lookup = Test::part<LookupPanel>(window, "lookupPanel");
        Q_EMIT lookup->papersChosen({paper});
        QCOMPARE(Test::document(window)->entryCount(), 1);
        const DigestEntry &entry = Test::document(window)->entry(0);
        QCOMPARE(entry.tag(), QStringLiteral("LG"));
        QCOMPARE(entry.authorsLine(), QStringLiteral("M Andriushchenko, N Flammarion"));
        QCOMPARE(entry.link(), QStringLiteral("https://arxiv.org/abs/2210.05337"));
        // The same paper again is not added twice.
        Q_EMIT lookup->papersChosen({paper});
        QCOMPARE(Test::document(window)->entryCount(), 1);
    }

    void droppedUrlAddsAPaper()
    {
        MainWindow window(Test::launchOn(newLibrary()));
        window.openDigest(makeDigest(2));
        QSignalSpy lookup(Test::part<IntakeController>(window, "intakeController"),
                          &IntakeController::lookupRequested);
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://arxiv.org/abs/2210.06441v2")),
                      QUrl(QStringLiteral("https://arxiv.org/abs/2210.10001"))});
        // Dropped between the two rows of the list (through its filter proxy, as the view does).
        QAbstractItemModel *model = Test::paperView(window)->model();
        QVERIFY(model->canDropMimeData(&mime, Qt::CopyAction, 1, 0, QModelIndex()));
        QVERIFY(model->dropMimeData(&mime, Qt::CopyAction, 1, 0, QModelIndex()));
        QCOMPARE(Test::document(window)->entryCount(), 3);
        QCOMPARE(Test::document(window)->entry(1).arxivId(), QStringLiteral("2210.06441"));
        QCOMPARE(Test::document(window)->entry(1).link(), QStringLiteral("https://arxiv.org/abs/2210.06441"));
        QCOMPARE(window.currentEntry(), 1);
        // The id already in the digest is not added twice; the new one is looked up.
        QCOMPARE(lookup.count(), 1);
        QCOMPARE(lookup.first().first().toStringList(), QStringList{QStringLiteral("2210.06441")});
        QVERIFY(pressUndo(window));
        QCOMPARE(Test::document(window)->entryCount(), 2);
    }

    void aDroppedUrlIsStored()
    {
        qint64 digestId = 0;
        const QString path = libraryWithDigest(1, &digestId);
        MainWindow window(Test::launchOn(path));
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://arxiv.org/abs/2301.01234v3"))});
        QVERIFY(Test::paperView(window)->model()->dropMimeData(&mime, Qt::CopyAction, -1, 0, QModelIndex()));
        auto other = openLibrary(path);
        Digest digest;
        QVERIFY(other->loadDigest(digestId, &digest));
        QCOMPARE(digest.entryCount(), 2);
        QCOMPARE(digest.entries().at(1).arxivId(), QStringLiteral("2301.01234"));
    }

    void aDroppedPaperTheLibraryKnowsStartsComplete()
    {
        const QString path = libraryWithDigest(1);
        {
            auto library = openLibrary(path);
            Paper paper;
            paper.setId(QStringLiteral("2210.06441"));
            paper.setVersion(2);
            paper.setTitle(QStringLiteral("How Much Data Are Augmentations Worth?"));
            paper.setAuthors({QStringLiteral("Jonas Geiping"), QStringLiteral("Micah Goldblum")});
            paper.setAffiliations({QStringLiteral("University of Maryland"), QString()});
            paper.setAbstract(QStringLiteral("Despite the clear performance benefits."));
            paper.setPrimaryCategory(QStringLiteral("cs.LG"));
            LibraryError error;
            QVERIFY2(library->storePapers({paper}, &error), qPrintable(error.message));
        }
        MainWindow window(Test::launchOn(path));
        auto *intake = Test::part<IntakeController>(window, "intakeController");
        QSignalSpy lookup(intake, &IntakeController::lookupRequested);
        intake->addPapers({QStringLiteral("2210.06441")});
        QCOMPARE(lookup.count(), 0);
        const DigestEntry &entry = Test::document(window)->entry(1);
        QCOMPARE(entry.title(), QStringLiteral("How Much Data Are Augmentations Worth?"));
        QCOMPARE(entry.authorsLine(), QStringLiteral("J Geiping, M Goldblum"));
        QCOMPARE(entry.tag(), QStringLiteral("LG"));
        QCOMPARE(entry.version(), 2);

        // Confirming an affiliation remembers it for the paper's authors.
        window.setCurrentEntry(1);
        EntryEditor *editor = Test::part<EntryEditor>(window, "EntryEditor");
        FieldEdit *affiliations = editor->fieldEdit(DigestEntry::Field::Affiliations);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        affiliations->setFocus();
        affiliations->selectAll();
        QTest::keyClicks(affiliations, QStringLiteral("Google Research"));
        editor->fieldEdit(DigestEntry::Field::Abstract)->setFocus();
        QTRY_VERIFY(Test::workspace(window)
                        ->library()
                        ->rememberedAffiliations(QStringLiteral("Micah Goldblum"))
                        .contains(QStringLiteral("Google Research")));
    }

    void droppedIdsSayWhatWentWrongTheLibraryRefusalIncluded()
    {
        Test::LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/api/query"),
                     Test::LoopbackHttpServer::ok(Test::fixture(QStringLiteral("arxiv/api-one-of-two.xml"))));
        MainWindow window(Test::launchOn(newLibrary()));
        ArxivService *arxiv = Test::part<ArxivService>(window, "arxivService");
        arxiv->lookupClient()->setApiUrl(server.url(QStringLiteral("/api/query")));
        arxiv->scheduler()->setLane(ArxivLane::name(), ArxivLane::lane(10));
        Test::MemoryPaperStore refusing;
        refusing.failWith = QStringLiteral("disk full");
        arxiv->intake()->setStore(&refusing);
        Test::action(window, "newDigestAction")->trigger();
        auto *intake = Test::part<IntakeController>(window, "intakeController");
        intake->addPapers({QStringLiteral("1605.08386"), QStringLiteral("2401.99999")});
        QCOMPARE(Test::document(window)->entryCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!Test::document(window)->entry(0).title().isEmpty(), 10000);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("Not found on arXiv: 2401.99999")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("The library did not keep them: disk full")),
                 qPrintable(message));
        // Dropping them again: the digest has both, nothing is added or looked up.
        intake->addPapers({QStringLiteral("1605.08386"), QStringLiteral("2401.99999")});
        QCOMPARE(Test::document(window)->entryCount(), 2);
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     QStringLiteral("Already in this digest: 1605.08386, 2401.99999")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(server.requestCount(), 1);
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestIntakeController)
#include "tst_intakecontroller.moc"
