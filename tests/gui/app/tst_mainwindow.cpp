#include "app/mainwindow.h"
#include "arxiv/arxivlane.h"
#include "arxiv/arxivlookupclient.h"
#include "common/guiresources.h"
#include "dialogs/conflictdialog.h"
#include "docks/lookuppanel.h"
#include "docks/previewdock.h"
#include "docks/problemsdock.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "editor/imagestrip.h"
#include "loopbackhttpserver.h"
#include "memorypaperstore.h"
#include "model/paper.h"
#include "models/paperfilterproxymodel.h"
#include "models/paperlistmodel.h"
#include "services/arxivservice.h"
#include "services/launchconfig.h"
#include "services/paperintake.h"
#include "services/settingskeys.h"
#include "services/suggestionservice.h"
#include "storage/library.h"
#include "testsupport.h"
#include "text/glossary.h"
#include "util/requestscheduler.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace DigestStudio;
using Status = DigestEntry::Status;

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

void typeCommitted(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QApplication::sendEvent(widget, &event);
    }
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
    window.paperView()->setFocus();
    QSignalSpy triggered(window.undoAction(), &QAction::triggered);
    QTest::keyClick(window.paperView(), Qt::Key_Z, Qt::ControlModifier);
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

class TestMainWindow final : public QObject
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
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void hasTheSixMenus()
    {
        MainWindow window(newLibrary());
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text().remove(QLatin1Char('&')));
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                              QStringLiteral("Digest"), QStringLiteral("Publish"), QStringLiteral("Help")}));
        QVERIFY(!window.windowIcon().isNull());
    }

    void remembersGeometryAcrossSessions()
    {
        {
            MainWindow window(newLibrary());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1177, 655);
            QTRY_COMPARE(window.size(), QSize(1177, 655));
            window.close();
        }
        QVERIFY(!SettingsKeys::MainWindowGeometry.value().isEmpty());
        MainWindow again(newLibrary());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1177, 655));
    }

    void remembersWhereTheDocksAre()
    {
        {
            MainWindow window(newLibrary());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *glossary = window.findChild<QDockWidget *>(QStringLiteral("glossaryDock"));
            QVERIFY(glossary);
            QCOMPARE(window.dockWidgetArea(glossary), Qt::LeftDockWidgetArea);
            window.addDockWidget(Qt::BottomDockWidgetArea, glossary);
            window.close();
        }
        MainWindow again(newLibrary());
        auto *glossary = again.findChild<QDockWidget *>(QStringLiteral("glossaryDock"));
        QCOMPARE(again.dockWidgetArea(glossary), Qt::BottomDockWidgetArea);
        QSettings().clear();
    }

    void statusKeys()
    {
        MainWindow window(newLibrary());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDigest(makeDigest(4));
        DigestDocument *doc = window.document();
        QCOMPARE(window.currentEntry(), 0);
        FieldEdit *summary = window.entryEditor()->fieldEdit(DigestEntry::Field::ZhSummary);
        summary->setFocus();
        QVERIFY(summary->hasFocus());

        // Ctrl+Return in the text: the entry is translated and the next unfinished one is shown.
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(doc->entry(0).status(), Status::Translated);
        QCOMPARE(window.currentEntry(), 1);
        QCOMPARE(summary->text(), QString());
        QVERIFY(window.countsText().contains(QStringLiteral("3 draft, 1 translated, 0 reviewed")));

        // Reviewing: 0 becomes reviewed, skipped from then on.
        window.setCurrentEntry(0);
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(doc->entry(0).status(), Status::Reviewed);
        QCOMPARE(window.currentEntry(), 1);
        doc->setStatus({2}, Status::Reviewed);
        QTest::keyClick(summary, Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(window.currentEntry(), 3);
        QTest::keyClick(summary, Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(window.currentEntry(), 1);
        QTest::keyClick(summary, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.currentEntry(), 3);
        QVERIFY(window.countsText().contains(QStringLiteral("2 left")));

        // Status changes are undo steps; Ctrl+Z in the text takes the last back.
        QSignalSpy undone(window.undoAction(), &QAction::triggered);
        QTest::keyClick(summary, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(undone.count(), 1);
        QCOMPARE(doc->entry(2).status(), Status::Draft);
    }

    void modifiedStateComesFromTheStack()
    {
        MainWindow window(newLibrary());
        window.openDigest(makeDigest(2));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.saveStateText(), QStringLiteral("Saved"));
        window.document()->setField(0, DigestEntry::Field::ZhTitle, QStringLiteral("标题"));
        QVERIFY(window.isWindowModified());
        QVERIFY(pressUndo(window));
        QVERIFY(!window.isWindowModified());
    }

    void droppedIdIsFilledInFromTheLoopbackArxiv()
    {
        Test::LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/api/query"),
                     Test::LoopbackHttpServer::ok(Test::fixture(QStringLiteral("arxiv/api-three.xml")),
                                                  QByteArrayLiteral("application/atom+xml")));
        MainWindow window(newLibrary());
        window.arxivService()->lookupClient()->setApiUrl(server.url(QStringLiteral("/api/query")));
        window.arxivService()->scheduler()->setLane(ArxivLane::name(), ArxivLane::lane(50));
        window.newDigestForToday();
        QMimeData mime;
        mime.setText(QStringLiteral("see https://arxiv.org/abs/2210.06441v2 for details"));
        QAbstractItemModel *model = window.paperView()->model();
        QVERIFY(model->dropMimeData(&mime, Qt::CopyAction, 0, 0, QModelIndex()));
        QCOMPARE(window.document()->entryCount(), 1);
        QVERIFY(window.document()->entry(0).title().isEmpty());
        // The answer fills the empty fields: title, tag, authors line, abstract.
        QTRY_VERIFY_WITH_TIMEOUT(!window.document()->entry(0).title().isEmpty(), 10000);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(server.requests()
                    .first()
                    .query.queryItemValue(QStringLiteral("id_list"))
                    .contains(QStringLiteral("2210.06441")));
        QCOMPARE(window.document()->entry(0).tag(), QStringLiteral("LG"));
        QVERIFY(!window.document()->entry(0).authorsLine().isEmpty());
        QVERIFY(!window.document()->entry(0).abstract().isEmpty());
        // One undo step takes the filling back, another the paper.
        QVERIFY(pressUndo(window));
        QVERIFY(window.document()->entry(0).title().isEmpty());
        QVERIFY(pressUndo(window));
        QCOMPARE(window.document()->entryCount(), 0);
    }

    void papersChosenInTheLookupPanelAreAdded()
    {
        MainWindow window(newLibrary());
        window.newDigestForToday();
        Paper paper;
        paper.setId(QStringLiteral("2210.05337"));
        paper.setVersion(1);
        paper.setTitle(QStringLiteral("SGD with large step sizes learns sparse features"));
        paper.setAuthors({QStringLiteral("Maksym Andriushchenko"), QStringLiteral("Nicolas Flammarion")});
        paper.setPrimaryCategory(QStringLiteral("stat.ML"));
        Q_EMIT window.lookupPanel()->papersChosen({paper});
        QCOMPARE(window.document()->entryCount(), 1);
        const DigestEntry &entry = window.document()->entry(0);
        QCOMPARE(entry.tag(), QStringLiteral("LG"));
        QCOMPARE(entry.authorsLine(), QStringLiteral("M Andriushchenko, N Flammarion"));
        QCOMPARE(entry.link(), QStringLiteral("https://arxiv.org/abs/2210.05337"));
        // The same paper again is not added twice.
        Q_EMIT window.lookupPanel()->papersChosen({paper});
        QCOMPARE(window.document()->entryCount(), 1);
    }

    void problemsAndPreviewFollowTheDigest()
    {
        MainWindow window(newLibrary());
        window.openDigest(makeDigest(2));
        window.checkNow();
        // Untranslated papers: errors in the dock, underlines in the editor for the current paper.
        QVERIFY(window.problemsDock()->errorCount() >= 2);
        window.setCurrentEntry(0);
        QVERIFY(!window.entryEditor()->findings().isEmpty());

        window.document()->setField(0, DigestEntry::Field::ZhTitle, QStringLiteral("标题一"));
        window.document()->setField(0, DigestEntry::Field::ZhSummary, QStringLiteral("摘要,含半角逗号。"));
        QTRY_VERIFY(window.previewDock()->previewText().contains(QStringLiteral("标题一")));
        QTRY_VERIFY(
            std::any_of(window.problemsDock()->findings().cbegin(), window.problemsDock()->findings().cend(),
                        [](const Finding &f) { return f.rule == QLatin1String("ascii-punctuation"); }));
        Finding fix;
        for (const Finding &f : window.problemsDock()->findings()) {
            if (f.rule == QLatin1String("ascii-punctuation") && f.entry == 0)
                fix = f;
        }
        QVERIFY(fix.hasFix);
        Q_EMIT window.problemsDock()->fixRequested(fix);
        QCOMPARE(window.document()->entry(0).zhSummary(), QStringLiteral("摘要，含半角逗号。"));
        QVERIFY(pressUndo(window));
        QCOMPARE(window.document()->entry(0).zhSummary(), QStringLiteral("摘要,含半角逗号。"));
    }

    // File ▸ Export… writes the post and the suggestions learn from the digest at once (its papers are the
    // day's picks), with the training said in the status bar.
    void anExportRetrainsTheSuggestions()
    {
        MainWindow window(libraryWithDigest(2));
        auto *suggestions = window.findChild<SuggestionService *>();
        QVERIFY(suggestions);
        QTRY_VERIFY(!suggestions->isTraining()); // the training at start
        QSignalSpy trained(suggestions, &SuggestionService::trained);
        QStringList written;
        QString error;
        const QString target = m_dir.filePath(QStringLiteral("post.md"));
        QVERIFY2(window.exportTo(QStringLiteral("markdown"), ExportOptions(), target, &written, &error),
                 qPrintable(error));
        QCOMPARE(written, QStringList{target});
        QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 1, 20000);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Suggestions updated."));
    }

    void aLibraryThatCannotBeOpenedIsSaidInADialog()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-library.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("these are notes, not a database\n").repeated(200));
        }
        MainWindow window(path);
        window.show();
        QVERIFY(!window.library());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("libraryErrorBox"))) != nullptr);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->informativeText().contains(path), qPrintable(box->informativeText()));
        QVERIFY(!window.newDigestAction()->isEnabled());
        box->accept();
    }

    void droppedUrlAddsAPaper()
    {
        MainWindow window(newLibrary());
        window.openDigest(makeDigest(2));
        QSignalSpy lookup(&window, &MainWindow::lookupRequested);
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://arxiv.org/abs/2210.06441v2")),
                      QUrl(QStringLiteral("https://arxiv.org/abs/2210.10001"))});
        // Dropped between the two rows of the list (through its filter proxy, as the view does).
        QAbstractItemModel *model = window.paperView()->model();
        QVERIFY(model->canDropMimeData(&mime, Qt::CopyAction, 1, 0, QModelIndex()));
        QVERIFY(model->dropMimeData(&mime, Qt::CopyAction, 1, 0, QModelIndex()));
        QCOMPARE(window.document()->entryCount(), 3);
        QCOMPARE(window.document()->entry(1).arxivId(), QStringLiteral("2210.06441"));
        QCOMPARE(window.document()->entry(1).link(), QStringLiteral("https://arxiv.org/abs/2210.06441"));
        QCOMPARE(window.currentEntry(), 1);
        // The id already in the digest is not added twice; the new one is looked up.
        QCOMPARE(lookup.count(), 1);
        QCOMPARE(lookup.first().first().toStringList(), QStringList{QStringLiteral("2210.06441")});
        QVERIFY(pressUndo(window));
        QCOMPARE(window.document()->entryCount(), 2);
    }

    void deleteRemovesTheSelectedPapersOnlyFromTheList()
    {
        MainWindow window(newLibrary());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDigest(makeDigest(4));
        QTreeView *view = window.paperView();
        view->setFocus();
        view->selectionModel()->select(QItemSelection(view->model()->index(1, 0), view->model()->index(2, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window.selectedEntries(), (QList<int>{1, 2}));
        window.tagSelectedPapers(QStringLiteral("CV"));
        QCOMPARE(window.document()->entry(2).tag(), QStringLiteral("CV"));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(window.document()->entryCount(), 2);
        QCOMPARE(window.document()->entry(1).arxivId(), QStringLiteral("2210.10003"));
        // Delete inside a text field deletes text, not papers.
        FieldEdit *title = window.entryEditor()->fieldEdit(DigestEntry::Field::Title);
        title->setFocus();
        title->moveCursor(QTextCursor::Start);
        QTest::keyClick(title, Qt::Key_Delete);
        QCOMPARE(window.document()->entryCount(), 2);
        QCOMPARE(window.document()->entry(window.currentEntry()).title().size(), 6);
    }

    void filterBoxFiltersTheList()
    {
        MainWindow window(newLibrary());
        window.openDigest(makeDigest(4));
        QTest::keyClicks(window.paperFilter(), QStringLiteral("10002"));
        QCOMPARE(window.paperView()->model()->rowCount(), 1);
    }

    void opensTheLatestDigestAndKeepsWhatIsTyped()
    {
        const QString path = libraryWithDigest(3);
        {
            MainWindow window(path);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.library());
            QCOMPARE(window.document()->entryCount(), 3);
            QCOMPARE(window.saveStateText(), QStringLiteral("Saved"));
            window.setCurrentEntry(1);
            FieldEdit *summary = window.entryEditor()->fieldEdit(DigestEntry::Field::ZhSummary);
            summary->setFocus();
            typeCommitted(summary, QStringLiteral("中文摘要。"));
            FieldEdit *abstract = window.entryEditor()->fieldEdit(DigestEntry::Field::Abstract);
            abstract->setFocus();
            QTest::keyClicks(abstract, QStringLiteral("English."));
            QVERIFY(window.isWindowModified());
            QTRY_COMPARE_WITH_TIMEOUT(window.saveStateText(), QStringLiteral("Saved"), 1500);
            QVERIFY(!window.isWindowModified());
        }
        MainWindow reopened(path);
        QCOMPARE(reopened.document()->entry(1).zhSummary(), QStringLiteral("中文摘要。"));
        QCOMPARE(reopened.document()->entry(1).abstract(), QStringLiteral("English."));
        reopened.setCurrentEntry(1);
        QCOMPARE(reopened.entryEditor()->fieldEdit(DigestEntry::Field::ZhSummary)->text(),
                 QStringLiteral("中文摘要。"));
    }

    void closingSavesWhatIsPending()
    {
        const QString path = libraryWithDigest(2);
        {
            MainWindow window(path);
            window.autosave()->setDelay(60000);
            window.document()->setField(0, DigestEntry::Field::ZhTitle, QStringLiteral("关窗前"));
            window.close();
        }
        auto library = openLibrary(path);
        Digest digest;
        QVERIFY(library->loadDigest(library->latestDigestId(), &digest));
        QCOMPARE(digest.entries().at(0).zhTitle(), QStringLiteral("关窗前"));
    }

    void aConflictFromASecondConnectionOpensTheDialog()
    {
        qint64 digestId = 0;
        const QString path = libraryWithDigest(2, &digestId);
        MainWindow window(path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.autosave()->setDelay(60000);
        auto other = openLibrary(path);
        DigestEntry theirs;
        QVERIFY(other->loadEntry(window.document()->entry(0).id(), &theirs));
        QVERIFY(other
                    ->saveField(theirs.id(), theirs.revision(), DigestEntry::Field::ZhSummary,
                                QStringLiteral("同事的译文"))
                    .saved());
        window.document()->setField(0, DigestEntry::Field::ZhSummary, QStringLiteral("我的译文"));
        window.autosave()->saveNow();
        QCOMPARE(window.saveStateText(), QStringLiteral("Conflict"));
        ConflictDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConflictDialog *>()) != nullptr);
        QCOMPARE(dialog->conflictingFields(), QList<DigestEntry::Field>{DigestEntry::Field::ZhSummary});
        dialog->useBoth();
        dialog->accept();
        QTRY_COMPARE(window.saveStateText(), QStringLiteral("Saved"));
        Digest digest;
        QVERIFY(other->loadDigest(digestId, &digest));
        QCOMPARE(digest.entries().at(0).zhSummary(), QStringLiteral("我的译文\n\n同事的译文"));
    }

    void newDigestForTodayAndTheSwitcher()
    {
        const QString path = libraryWithDigest(2);
        MainWindow window(path);
        QCOMPARE(window.digestSwitcher()->count(), 1);
        window.newDigestAction()->trigger();
        QCOMPARE(window.digestSwitcher()->count(), 2);
        QCOMPARE(window.document()->digest().date(), QDate::currentDate());
        QCOMPARE(window.document()->entryCount(), 0);
        // Back to the older one through the switcher.
        const int older = window.digestSwitcher()->findData(window.digestSwitcher()->itemData(1));
        window.digestSwitcher()->setCurrentIndex(older);
        Q_EMIT window.digestSwitcher()->activated(older);
        QCOMPARE(window.document()->digest().date(), QDate(2026, 11, 28));
        QCOMPARE(window.document()->entryCount(), 2);
    }

    void aDroppedUrlIsStored()
    {
        qint64 digestId = 0;
        const QString path = libraryWithDigest(1, &digestId);
        MainWindow window(path);
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://arxiv.org/abs/2301.01234v3"))});
        QVERIFY(window.paperView()->model()->dropMimeData(&mime, Qt::CopyAction, -1, 0, QModelIndex()));
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
        MainWindow window(path);
        QSignalSpy lookup(&window, &MainWindow::lookupRequested);
        window.addPapers({QStringLiteral("2210.06441")});
        QCOMPARE(lookup.count(), 0);
        const DigestEntry &entry = window.document()->entry(1);
        QCOMPARE(entry.title(), QStringLiteral("How Much Data Are Augmentations Worth?"));
        QCOMPARE(entry.authorsLine(), QStringLiteral("J Geiping, M Goldblum"));
        QCOMPARE(entry.tag(), QStringLiteral("LG"));
        QCOMPARE(entry.version(), 2);

        // Confirming an affiliation remembers it for the paper's authors.
        window.setCurrentEntry(1);
        FieldEdit *affiliations = window.entryEditor()->fieldEdit(DigestEntry::Field::Affiliations);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        affiliations->setFocus();
        affiliations->selectAll();
        QTest::keyClicks(affiliations, QStringLiteral("Google Research"));
        window.entryEditor()->fieldEdit(DigestEntry::Field::Abstract)->setFocus();
        QTRY_VERIFY(window.library()
                        ->rememberedAffiliations(QStringLiteral("Micah Goldblum"))
                        .contains(QStringLiteral("Google Research")));
    }

    void glossaryAndFiguresAreStored()
    {
        const QString path = libraryWithDigest(1);
        {
            MainWindow window(path);
            window.glossary()->addTerm(GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失")));
            window.glossary()->setTerm(0, GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失函数")));
            QImage image(40, 30, QImage::Format_RGB32);
            image.fill(Qt::red);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            Q_EMIT window.imageStrip()->imagesAdded(
                {png, png}, {QStringLiteral("image/png"), QStringLiteral("image/png")});
            QCOMPARE(window.imageStrip()->count(), 2);
            const QVector<qint64> ids = window.imageStrip()->imageIds();
            Q_EMIT window.imageStrip()->imagesRemoved({ids.first()});
            QCOMPARE(window.imageStrip()->imageIds(), QVector<qint64>{ids.last()});
        }
        MainWindow reopened(path);
        QCOMPARE(reopened.glossary()->count(), 1);
        QCOMPARE(reopened.glossary()->term(0).chinese(), QStringLiteral("损失函数"));
        QCOMPARE(reopened.imageStrip()->count(), 1);
    }

    void pastingAnImageIntoATextFieldAddsAFigure()
    {
        const QString path = libraryWithDigest(1);
        MainWindow window(path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FieldEdit *summary = window.entryEditor()->fieldEdit(DigestEntry::Field::ZhSummary);
        summary->setFocus();
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(Qt::blue);
        auto *mime = new QMimeData;
        mime->setImageData(image);
        QApplication::clipboard()->setMimeData(mime);
        QTest::keyClick(summary, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(summary->text(), QString());
        QCOMPARE(window.imageStrip()->count(), 1);
        QCOMPARE(window.library()->images(window.document()->entry(0).id()).size(), 1);
    }

    void aLibraryThatCannotOpenIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-library.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, just text that is long enough to be noticed as such..........");
        file.close();
        MainWindow window(path);
        QVERIFY(!window.library());
        QVERIFY2(window.libraryError().contains(QStringLiteral("not-a-library.sqlite")),
                 qPrintable(window.libraryError()));
        QVERIFY(!window.newDigestAction()->isEnabled());
    }

    void droppedIdsSayWhatWentWrongTheLibraryRefusalIncluded()
    {
        Test::LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/api/query"),
                     Test::LoopbackHttpServer::ok(Test::fixture(QStringLiteral("arxiv/api-one-of-two.xml"))));
        MainWindow window(newLibrary());
        window.arxivService()->lookupClient()->setApiUrl(server.url(QStringLiteral("/api/query")));
        window.arxivService()->scheduler()->setLane(ArxivLane::name(), ArxivLane::lane(10));
        Test::MemoryPaperStore refusing;
        refusing.failWith = QStringLiteral("disk full");
        window.arxivService()->intake()->setStore(&refusing);
        window.newDigestForToday();
        window.addPapers({QStringLiteral("1605.08386"), QStringLiteral("2401.99999")});
        QCOMPARE(window.document()->entryCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!window.document()->entry(0).title().isEmpty(), 10000);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("Not found on arXiv: 2401.99999")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("The library did not keep them: disk full")),
                 qPrintable(message));
        // Dropping them again: the digest has both, nothing is added or looked up.
        window.addPapers({QStringLiteral("1605.08386"), QStringLiteral("2401.99999")});
        QCOMPARE(window.document()->entryCount(), 2);
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     QStringLiteral("Already in this digest: 1605.08386, 2401.99999")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(server.requestCount(), 1);
    }

    void theArxivSideFollowsTheLaunchConfiguration()
    {
        struct Reset
        {
            ~Reset() { LaunchConfig::resetApplication(); }
        } reset;
        LaunchConfig config;
        config.set(SettingsKeys::ArxivApiUrl.name(), QStringLiteral("http://127.0.0.1:1/api/query"));
        config.set(SettingsKeys::ArxivIntervalMs.name(), 1234);
        config.set(SettingsKeys::ArxivListingCategories.name(), QStringList{QStringLiteral("cs.RO")});
        config.set(SettingsKeys::ArxivListingCrossLists.name(), true);
        LaunchConfig::setApplication(config);
        MainWindow window(newLibrary());
        QCOMPARE(window.arxivService()->lookupClient()->apiUrl(),
                 QUrl(QStringLiteral("http://127.0.0.1:1/api/query")));
        QCOMPARE(window.arxivService()->scheduler()->lane(ArxivLane::name()).intervalMs, 1234);
        QCOMPARE(window.lookupPanel()->listingCategories(), QStringList{QStringLiteral("cs.RO")});
        QVERIFY(window.lookupPanel()->findChild<QCheckBox *>(QStringLiteral("crossCheck"))->isChecked());
    }

    // The lookup panel's score threshold is a remembered choice, like the window's other settings.
    void scoreThresholdIsRemembered()
    {
        {
            MainWindow window(newLibrary());
            QCOMPARE(window.lookupPanel()->minScore(), 0);
            window.lookupPanel()->setMinScore(40);
            QCOMPARE(SettingsKeys::SuggestionsMinScore.value(), 40);
        }
        MainWindow again(newLibrary());
        QCOMPARE(again.lookupPanel()->minScore(), 40);
        SettingsKeys::SuggestionsMinScore.setValue(0);
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
