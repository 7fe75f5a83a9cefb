// The drafting workflow through the main window as a person drives it, every click and shortcut counted
// (typing is not), each one a real mouse click or key press on the real widget (a check box where the style
// draws it, the combo box's popup list, the menu bar and its menu): from an empty day to a 10-paper WeChat
// post on the clipboard, against loopback arXiv and drafting servers. Also the offer keys: Ctrl+D on a paper
// with a person's text, Ctrl+Shift+Return accepts, Ctrl+Z takes it back, Esc dismisses.
#include "app/mainwindow.h"
#include "common/guiresources.h"
#include "controllers/draftingcontroller.h"
#include "docks/lookuppanel.h"
#include "docks/previewdock.h"
#include "document/digestdocument.h"
#include "editor/draftsuggestionpanel.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "loopbackhttpserver.h"
#include "services/launchconfig.h"
#include "services/settingskeys.h"
#include "testsupport.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;
using Status = DigestEntry::Status;

namespace {

constexpr int PapersInListing = 12;
constexpr int PapersPicked = 10;

QString paperId(int n)
{
    return QStringLiteral("2611.%1").arg(20001 + n);
}

// Today's listing: new papers in cs.LG, as arXiv's RSS feed has them.
QByteArray listingRss()
{
    QByteArray rss =
        "<?xml version='1.0' encoding='UTF-8'?><rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" version=\"2.0\"><channel>"
        "<title>cs.LG updates on arXiv.org</title>"
        "<pubDate>Mon, 30 Nov 2026 00:00:00 -0500</pubDate>";
    for (int n = 0; n < PapersInListing; ++n) {
        const QByteArray id = paperId(n).toUtf8();
        rss += "<item><title>Sparse Attention Study " + QByteArray::number(n) +
               "</title><link>https://arxiv.org/abs/" + id + "</link><description>arXiv:" + id +
               "v1 Announce Type: new \nAbstract: We show that sparse attention over $k$ heads "
               "scales.</description>"
               "<guid isPermaLink=\"false\">oai:arXiv.org:" +
               id +
               "v1</guid><category>cs.LG</category><arxiv:announce_type>new</arxiv:announce_type>"
               "<dc:creator>Ann Lee, Bo Chen</dc:creator></item>";
    }
    return rss + "</channel></rss>";
}

// The recorded draft's paper (tests/fixtures/llm/entry.json): its math must come back from the model.
QJsonObject recordedPaper()
{
    return QJsonDocument::fromJson(Test::fixture(QStringLiteral("llm/entry.json"))).object();
}

QByteArray xmlText(const QString &key)
{
    return recordedPaper().value(key).toString().toHtmlEscaped().toUtf8();
}

// The API's answer for the picked ids.
QByteArray apiFeed(int count)
{
    QByteArray xml =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
        "xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\"><opensearch:totalResults>" +
        QByteArray::number(count) + "</opensearch:totalResults>";
    for (int n = 0; n < count; ++n)
        xml += "<entry><id>http://arxiv.org/abs/" + paperId(n).toUtf8() + "v1</id><title>" +
               xmlText(QStringLiteral("title")) + "</title><summary>" + xmlText(QStringLiteral("abstract")) +
               "</summary><arxiv:primary_category term=\"cs.CL\"/><author><name>Ann Lee</name></author>"
               "<author><name>Bo Chen</name></author></entry>";
    return xml + "</feed>";
}

Server::Response stream()
{
    Server::Response response;
    response.header("Content-Type", "text/event-stream");
    for (const QByteArray &line : Test::fixture(QStringLiteral("llm/openai-stream.sse")).split('\n')) {
        if (!line.trimmed().isEmpty())
            response.chunks.append(line + "\n\n");
    }
    response.chunkIntervalMs = 2;
    return response;
}

} // namespace

class TestDraftWorkflow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    LaunchConfig m_config; // the loopback servers for arXiv and drafting, as options give them
    int m_actions = 0;

    LaunchConfig launchOn(const QString &library) const
    {
        LaunchConfig config = m_config;
        config.set(SettingsKeys::LibraryLocation.name(), m_dir.filePath(library));
        return config;
    }

    void click(QWidget *widget)
    {
        QVERIFY(widget && widget->isVisible() && widget->isEnabled());
        ++m_actions;
        QTest::mouseClick(widget, Qt::LeftButton);
    }
    void shortcut(QWidget *focus, Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        ++m_actions;
        QTest::keyClick(focus, key, modifiers);
    }
    // A click at `at` inside `widget` (a list's viewport, a menu, the menu bar).
    void clickAt(QWidget *widget, const QPoint &at)
    {
        QVERIFY(widget && widget->isVisible() && widget->rect().contains(at));
        ++m_actions;
        QTest::mouseMove(widget, at);
        QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, at);
    }
    // The menu bar's menu that holds `action`, opened with a click, then the action clicked: two actions.
    void chooseFromMenu(QMainWindow &window, QAction *action)
    {
        QMenuBar *bar = window.menuBar();
        for (QAction *entry : bar->actions()) {
            QMenu *menu = entry->menu();
            if (!menu || !menu->actions().contains(action))
                continue;
            clickAt(bar, bar->actionGeometry(entry).center());
            QTRY_VERIFY(menu->isVisible());
            clickAt(menu, menu->actionGeometry(action).center());
            return;
        }
        QFAIL("no menu holds the action");
    }
    // A click on the check box of `item`'s first column, where the style draws it.
    void clickCheckBox(QTreeWidget *tree, QTreeWidgetItem *item)
    {
        QStyleOptionViewItem option;
        option.initFrom(tree);
        option.rect = tree->visualItemRect(item);
        option.rect.setLeft(tree->header()->sectionViewportPosition(0));
        option.rect.setWidth(tree->header()->sectionSize(0));
        option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
        option.text = item->text(0);
        option.checkState = item->checkState(0);
        const QRect box = tree->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, tree);
        clickAt(tree->viewport(), box.center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-draftworkflow-test"));
        GuiResources::init();
        QSettings().clear();
        m_server = std::make_unique<Server>();
        QVERIFY(m_server->listen());
        m_config.set(SettingsKeys::ArxivApiUrl.name(),
                     m_server->url(QStringLiteral("/api/query")).toString());
        m_config.set(SettingsKeys::ArxivListingUrl.name(), m_server->url(QStringLiteral("/rss/")).toString());
        m_config.set(SettingsKeys::ArxivIntervalMs.name(), 10);
        m_config.set(SettingsKeys::ArxivListingCategories.name(), QStringList{QStringLiteral("cs.LG")});
        m_config.set(SettingsKeys::DraftUrl.name(), m_server->url(QStringLiteral("/v1")).toString());
        m_config.set(SettingsKeys::DraftModel.name(), QStringLiteral("gpt-4o-mini"));
        m_server->route(QStringLiteral("/rss/cs.LG"), Server::ok(listingRss(), "application/rss+xml"));
        m_server->route(QStringLiteral("/api/query"), Server::ok(apiFeed(PapersPicked)));
        m_server->route(QStringLiteral("/v1/chat/completions"), stream());
    }

    void cleanupTestCase() { QSettings().clear(); }

    void fromAnEmptyDayToATenPaperPostOnTheClipboard()
    {
        MainWindow window(launchOn(QStringLiteral("workflow.sqlite")));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        m_actions = 0;

        // A digest for today (Ctrl+N).
        shortcut(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(Test::workspace(window)->currentDigestId() != 0);

        // Today's listing in the lookup dock; pick ten of the twelve, add them.
        auto *lookupDock = window.findChild<QDockWidget *>(QStringLiteral("lookupDock"));
        if (!lookupDock->isVisible())
            chooseFromMenu(window, lookupDock->toggleViewAction()); // View ▸ arXiv Lookup
        QTRY_VERIFY(lookupDock->isVisible());
        LookupPanel *lookup = Test::part<LookupPanel>(window, "lookupPanel");
        click(lookup->findChild<QPushButton *>(QStringLiteral("listingButton")));
        auto *results = lookup->findChild<QTreeWidget *>(QStringLiteral("results"));
        QTRY_COMPARE_WITH_TIMEOUT(results->topLevelItemCount(), PapersInListing, 10000);
        QTRY_VERIFY(!lookup->isBusy());
        for (int n = 0; n < PapersPicked; ++n) {
            results->scrollToItem(results->topLevelItem(n));
            clickCheckBox(results, results->topLevelItem(n));
            QCOMPARE(results->topLevelItem(n)->checkState(0), Qt::Checked);
        }
        click(lookup->findChild<QPushButton *>(QStringLiteral("addSelectedButton")));
        QTRY_COMPARE_WITH_TIMEOUT(Test::document(window)->entryCount(), PapersPicked, 10000);

        // Draft all unfinished (Ctrl+Shift+D); they stream in, four at a time.
        shortcut(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        const auto *drafting = Test::part<DraftingController>(window, "draftingController");
        QVERIFY(drafting->isDrafting());
        QTRY_VERIFY_WITH_TIMEOUT(!drafting->isDrafting(), 20000);
        for (int row = 0; row < PapersPicked; ++row) {
            QVERIFY2(!Test::document(window)->entry(row).zhTitle().isEmpty(),
                     qPrintable(Test::statusBar(window)->draftNote()));
            QCOMPARE(Test::document(window)->entry(row).status(), Status::Translated);
        }

        // Review each with Ctrl+Return (typing fixes would not count).
        window.setCurrentEntry(0);
        FieldEdit *summary =
            Test::part<EntryEditor>(window, "EntryEditor")->fieldEdit(DigestEntry::Field::ZhSummary);
        summary->setFocus();
        for (int n = 0; n < PapersPicked; ++n)
            shortcut(summary, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(Test::document(window)->statusCounts(), (QVector<int>{0, 0, PapersPicked}));
        for (int row = 0; row < PapersPicked; ++row)
            QVERIFY(Test::document(window)->entry(row).draftedBy().isEmpty());

        // The WeChat post: the format (open the box, choose), then Copy.
        PreviewDock *preview = Test::part<PreviewDock>(window, "previewDock");
        auto *formats = preview->findChild<QComboBox *>(QStringLiteral("formats"));
        click(formats);
        QAbstractItemView *list = formats->view();
        QTRY_VERIFY(list->isVisible());
        // With the keys in the open list: a click at an item's place missed once on a loaded machine, while
        // the popup was still being placed.
        const int wechat = formats->findData(QStringLiteral("wechat"));
        for (int step = 0; step < formats->count() && list->currentIndex().row() != wechat; ++step)
            QTest::keyClick(list, list->currentIndex().row() < wechat ? Qt::Key_Down : Qt::Key_Up);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(formats->currentData().toString(), QStringLiteral("wechat"));
        // The preview follows edits after a short pause.
        QTRY_VERIFY(preview->result().text.contains(QStringLiteral("头稀疏注意力")));
        QApplication::clipboard()->clear();
        click(preview->findChild<QPushButton *>(QStringLiteral("copy")));
        const QMimeData *copied = QApplication::clipboard()->mimeData();
        QVERIFY(copied && copied->hasHtml());
        QVERIFY(copied->html().contains(QStringLiteral("头稀疏注意力")));
        QVERIFY(copied->html().contains(paperId(PapersPicked - 1)));

        qInfo("User actions from an empty day to a %d-paper WeChat post on the clipboard: %d", PapersPicked,
              m_actions);
        QVERIFY2(m_actions <= 30, qPrintable(QString::number(m_actions)));
    }

    void offerKeys()
    {
        MainWindow window(launchOn(QStringLiteral("offer.sqlite")));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Digest digest;
        digest.setDate(QDate(2026, 11, 30));
        DigestEntry entry;
        entry.setArxivId(paperId(0));
        entry.setTitle(recordedPaper().value(QStringLiteral("title")).toString());
        entry.setAbstract(recordedPaper().value(QStringLiteral("abstract")).toString());
        entry.setZhTitle(QStringLiteral("我写的标题"));
        entry.setZhSummary(QStringLiteral("我写的摘要"));
        entry.setZhShortTitle(QStringLiteral("我写的"));
        digest.entries().append(entry);
        window.openDigest(digest);
        window.setCurrentEntry(0);
        EntryEditor *editor = Test::part<EntryEditor>(window, "EntryEditor");
        FieldEdit *title = editor->fieldEdit(DigestEntry::Field::ZhTitle);
        title->setFocus();
        DraftSuggestionPanel *panel = editor->draftPanel();
        QAction *acceptDraft = Test::action(window, "acceptDraftAction");

        QTest::keyClick(title, Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(panel->mode(), DraftSuggestionPanel::Mode::Offered, 10000);
        QCOMPARE(Test::document(window)->entry(0).zhTitle(), QStringLiteral("我写的标题"));
        QVERIFY(acceptDraft->isEnabled());

        QTest::keyClick(title, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(Test::document(window)->entry(0).zhTitle().contains(QStringLiteral("头稀疏")));
        QCOMPARE(Test::document(window)->entry(0).draftedBy(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(title->text(), Test::document(window)->entry(0).zhTitle());
        QCOMPARE(panel->mode(), DraftSuggestionPanel::Mode::Hidden);

        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(Test::document(window)->entry(0).zhTitle(), QStringLiteral("我写的标题"));
        QVERIFY(Test::document(window)->entry(0).draftedBy().isEmpty());

        // Drafted again, then dismissed with Esc: the person's text stays.
        QTest::keyClick(title, Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(panel->mode(), DraftSuggestionPanel::Mode::Offered, 10000);
        QTest::keyClick(title, Qt::Key_Escape);
        QCOMPARE(panel->mode(), DraftSuggestionPanel::Mode::Hidden);
        QCOMPARE(Test::document(window)->entry(0).zhTitle(), QStringLiteral("我写的标题"));
        QVERIFY(!acceptDraft->isEnabled());
    }
};

QTEST_MAIN(TestDraftWorkflow)
#include "tst_draftworkflow.moc"
